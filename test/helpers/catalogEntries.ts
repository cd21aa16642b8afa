import type { CatalogEntry } from '../../server/src/catalog/types';

/** An entry of a JSON catalog file, at its start: what tests of suggestions and indexes build on. */
export function jsonEntry(code: string, statuses: number[], uri = 'file:///c.json'): CatalogEntry {
  return {
    code,
    statuses,
    aliases: [],
    source: {
      uri,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      format: 'json',
    },
  };
}
