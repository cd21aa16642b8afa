import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Catalog } from '../../server/src/catalog/catalog';
import type { CatalogEntry } from '../../server/src/catalog/types';
import type { ServiceContext } from '../../server/src/service/context';

export const STATUS_CATALOG_URI = 'file:///workspace/docs/errors.md';

/**
 * A status-only catalog (the shape of seed 004: each entry is a status, its code the number), as
 * a loader hands it over, with the line of each row.
 */
export function statusOnlyCatalog(
  rows: Array<[status: number, title: string, description: string]>,
): Catalog {
  const entries: CatalogEntry[] = rows.map(([status, title, description], i) => ({
    code: String(status),
    statuses: [status],
    title,
    description,
    aliases: [],
    source: {
      uri: STATUS_CATALOG_URI,
      range: { start: { line: 7 + i, character: 2 }, end: { line: 7 + i, character: 5 } },
      format: 'markdown',
    },
  }));
  return Catalog.from([
    { uri: STATUS_CATALOG_URI, result: { entries, problems: [], kind: 'statuses', parsed: true } },
  ]);
}

/** A context whose every document is governed by `catalog`. */
export function contextWithCatalog(base: ServiceContext, catalog: Catalog): ServiceContext {
  return {
    catalogFor: () => catalog,
    analyze: (document: TextDocument) => base.analyze(document),
    usages: (code) => base.usages(code),
    workspaceModels: () => base.workspaceModels(),
  };
}
