import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import type { CodeDefinition, CodeReference } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import type { CatalogEntry } from '../../catalog/types';
import { entriesDefinedIn, entryPlaces } from '../catalogEntries';
import type { ServiceContext } from '../context';
import { rangeContains } from '../positions';

/** A code under the cursor, and what it is. */
export type CodeAtPosition =
  /** A use in source: an envelope's code, a class use (`new ForbiddenError()`), a problem body's status. */
  | { origin: 'reference'; code: string; range: Range; reference: CodeReference; catalog: Catalog }
  /** A code-defining call in source (`createError('FORBIDDEN', ...)`) or an error enum member. */
  | { origin: 'definition'; code: string; range: Range; definition: CodeDefinition; catalog: Catalog }
  /** An entry of a catalog file: its JSON or YAML key, its Markdown cell or heading. */
  | { origin: 'catalog'; code: string; range: Range; entry: CatalogEntry; catalog: Catalog };

/** What code, if any, the cursor is on, in a source document or a catalog file. */
export function codeAt(
  document: TextDocument,
  position: Position,
  context: ServiceContext,
): CodeAtPosition | undefined {
  const catalog = context.catalogFor(document.uri);
  if (context.catalogUris().includes(document.uri)) {
    for (const entry of entriesDefinedIn(catalog, document.uri)) {
      const place = entryPlaces(entry).find(
        (p) => p.uri === document.uri && rangeContains(p.range, position),
      );
      if (place) return { origin: 'catalog', code: entry.code, range: place.range, entry, catalog };
    }
    return undefined;
  }
  const model = context.analyze(document);
  const reference = model.references.find((r) => rangeContains(r.range, position));
  if (reference)
    return { origin: 'reference', code: reference.code, range: reference.range, reference, catalog };
  const definition = model.definitions.find((d) => rangeContains(d.range, position));
  if (definition)
    return { origin: 'definition', code: definition.code, range: definition.range, definition, catalog };
  return undefined;
}
