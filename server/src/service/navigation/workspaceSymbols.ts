import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { ServiceContext } from '../context';
import { fileNameOf } from '../../workspace/fileKinds';
import { formatStatus } from '../statusText';
import { entriesDefinedIn } from '../catalogEntries';

/**
 * Workspace symbols (Ctrl+T): every code of every catalog file and every code defined in source,
 * whose name holds the query's characters in order, ignoring case (`rnf` finds ROUTE_NOT_FOUND).
 */
export function findWorkspaceSymbols(query: string, context: ServiceContext): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  const seen = new Set<string>();
  const add = (symbol: SymbolInformation) => {
    const key = JSON.stringify(symbol.location);
    if (seen.has(key) || !matchesQuery(symbol.name, query)) return;
    seen.add(key);
    symbols.push(symbol);
  };
  for (const uri of context.catalogUris()) {
    for (const entry of entriesDefinedIn(context.catalogFor(uri), uri)) {
      add({
        name: entry.code,
        kind: SymbolKind.Constant,
        location: { uri, range: entry.source.range },
        containerName: containerOf(uri, entry.statuses),
      });
    }
  }
  for (const model of context.workspaceModels()) {
    for (const definition of model.definitions) {
      add({
        name: definition.code,
        kind: definition.definer === 'enum' ? SymbolKind.EnumMember : SymbolKind.Constant,
        location: { uri: model.uri, range: definition.range },
        containerName: containerOf(model.uri, definition.status === undefined ? [] : [definition.status]),
      });
    }
  }
  return symbols;
}

/** `error-catalog.json · 403 Forbidden`: where the code is and what it sends. */
function containerOf(uri: string, statuses: number[]): string {
  return [fileNameOf(uri), ...(statuses.length > 0 ? [statuses.map(formatStatus).join(', ')] : [])].join(
    ' · ',
  );
}

/** Whether the name holds the query's characters in order, ignoring case. */
function matchesQuery(name: string, query: string): boolean {
  const haystack = name.toLowerCase();
  let from = 0;
  for (const char of query.toLowerCase()) {
    if (char === ' ') continue;
    const found = haystack.indexOf(char, from);
    if (found < 0) return false;
    from = found + 1;
  }
  return true;
}
