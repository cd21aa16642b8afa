import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { isMap, isNode, isScalar } from 'yaml';
import type { CatalogEntry } from '../../catalog/types';
import type { ServiceContext } from '../context';
import { parseYamlCatalog } from '../edits/yamlCatalogInsert';
import { formatStatus } from '../statusText';
import { entriesDefinedIn } from '../catalogEntries';

/**
 * The outline of a catalog file: one symbol per code, with its statuses as detail. In JSON and YAML
 * a symbol spans the whole entry, so the outline follows the cursor through its fields.
 */
export function findDocumentSymbols(document: TextDocument, context: ServiceContext): DocumentSymbol[] {
  if (!context.catalogUris().includes(document.uri)) return [];
  const entries = entriesDefinedIn(context.catalogFor(document.uri), document.uri);
  const extentOf = entryExtents(document);
  return Array.from(entries, (entry) => {
    const selectionRange = entry.source.range;
    const symbol: DocumentSymbol = {
      name: entry.code,
      kind: SymbolKind.Constant,
      range: extentOf(entry) ?? selectionRange,
      selectionRange,
    };
    if (entry.statuses.length > 0) symbol.detail = entry.statuses.map(formatStatus).join(', ');
    if (entry.deprecated) symbol.tags = [1];
    return symbol;
  });
}

/** The range of a whole entry (key and value) in a JSON or YAML catalog; undefined elsewhere. */
function entryExtents(document: TextDocument): (entry: CatalogEntry) => Range | undefined {
  const text = document.getText();
  const span = (start: number, end: number): Range => ({
    start: document.positionAt(start),
    end: document.positionAt(end),
  });
  const format = (entry: CatalogEntry) => entry.source.format;
  let json: ReturnType<typeof parseTree> | null = null;
  let yaml: ReturnType<typeof parseYamlCatalog> | null = null;
  return (entry) => {
    if (format(entry) === 'json') {
      json ??= parseTree(text);
      const value = json && findNodeAtLocation(json, ['errors', entry.code]);
      const property = value?.parent;
      return property ? span(property.offset, property.offset + property.length) : undefined;
    }
    if (format(entry) === 'yaml') {
      yaml ??= parseYamlCatalog(text);
      const errors = yaml?.get('errors', true);
      if (!isMap(errors)) return undefined;
      const pair = errors.items.find((item) => isScalar(item.key) && item.key.value === entry.code);
      const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
      let end = isNode(pair?.value) ? pair.value.range?.[1] : undefined;
      if (start === undefined || end === undefined) return undefined;
      // A block mapping's range runs to the next line; the entry ends at its last character.
      while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r' || text[end - 1] === ' '))
        end--;
      return span(start, end);
    }
    return undefined;
  };
}
