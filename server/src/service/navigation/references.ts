import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import type { ServiceContext } from '../context';
import { entryPlaces } from '../catalogEntries';
import { codeAt } from './codeAt';
import { sourceDefinitionsOf, targetOf, uniqueLocations, usagesOf } from './codeTarget';

/**
 * Find references from a code in source or from a catalog entry: every use of the code across the
 * workspace (its aliases included) and, with `includeDeclaration`, its catalog entries and the
 * calls that define it in source.
 */
export function findReferences(
  document: TextDocument,
  position: Position,
  includeDeclaration: boolean,
  context: ServiceContext,
): Location[] {
  const at = codeAt(document, position, context);
  if (!at) return [];
  const target = targetOf(at);
  const uses = usagesOf(target, context).map((usage) => ({ uri: usage.uri, range: usage.reference.range }));
  if (!includeDeclaration) return uniqueLocations(uses);
  const declarations = [...target.entries.flatMap(entryPlaces), ...sourceDefinitionsOf(target, context)];
  return uniqueLocations([...uses, ...declarations]);
}
