import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import { REFERENCE_KINDS } from '../../analysis/referenceKinds';
import type { ServiceContext } from '../context';
import { sameRange } from '../catalogEntries';
import { codeAt } from './codeAt';
import { distinctLocations, sourceDefinitionsOf, targetOf, uniqueLocations } from './codeTarget';

/**
 * Go to definition from a code: its catalog entries (the JSON or YAML key, the Markdown row or
 * heading) and the calls that define it in source (`createError('FORBIDDEN', ...)`), the one in
 * force first. From a catalog entry, the code's other definitions.
 */
export function findDefinition(
  document: TextDocument,
  position: Position,
  context: ServiceContext,
): Location[] {
  const at = codeAt(document, position, context);
  if (!at || (at.origin === 'reference' && REFERENCE_KINDS[at.reference.kind].codeIsStatus)) return [];
  const target = targetOf(at);
  const inCatalogs = target.entries.map((entry) => ({ uri: entry.source.uri, range: entry.source.range }));
  const inSources = uniqueLocations(sourceDefinitionsOf(target, context));
  const here = (location: Location) => location.uri === document.uri && sameRange(location.range, at.range);
  return distinctLocations([...inCatalogs, ...inSources]).filter((location) => !here(location));
}
