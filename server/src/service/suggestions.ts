import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/types';

/** Suggestions already made per catalog (which never changes once built), by status and code. */
const suggestionsByCatalog = new WeakMap<Catalog, Map<string, string[]>>();
/** A bound on what one catalog remembers: each typed character of an unknown code adds one. */
const MAX_REMEMBERED = 1000;

/**
 * `nearestCodes` over a catalog's entries, remembered: every keystroke validates the document
 * again, and with it each unknown code it holds, not only the one being typed.
 */
export function suggestCodes(catalog: Catalog, code: string, status?: number): string[] {
  let remembered = suggestionsByCatalog.get(catalog);
  if (!remembered) suggestionsByCatalog.set(catalog, (remembered = new Map()));
  const key = `${status ?? ''} ${code}`;
  let suggestions = remembered.get(key);
  if (suggestions === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    suggestions = nearestCodes(code, catalog.entries(), status);
    remembered.set(key, suggestions);
  }
  return suggestions;
}

/**
 * Up to `limit` catalog codes closest to a misspelt one by edit distance, ignoring case; codes with
 * the status the response sends come first among equals.
 */
export function nearestCodes(code: string, entries: CatalogEntry[], status?: number, limit = 3): string[] {
  const wanted = code.toLowerCase();
  const threshold = Math.max(2, Math.floor(wanted.length / 3));
  const candidates: Array<{ code: string; distance: number; sameStatus: boolean }> = [];
  // Runs on every keystroke in an unknown code: most of a catalog is ruled out by length alone.
  for (const entry of entries) {
    if (Math.abs(entry.code.length - wanted.length) > threshold) continue;
    const distance = editDistance(wanted, lowerCase(entry), threshold);
    if (distance > threshold) continue;
    candidates.push({
      code: entry.code,
      distance,
      sameStatus: status !== undefined && entry.statuses.includes(status),
    });
  }
  return candidates
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(b.sameStatus) - Number(a.sameStatus) ||
        a.code.localeCompare(b.code),
    )
    .slice(0, limit)
    .map((candidate) => candidate.code);
}

/** Each entry's code in lower case, made once: every keystroke in an unknown code reads them all. */
const lowerCodes = new WeakMap<CatalogEntry, string>();

function lowerCase(entry: CatalogEntry): string {
  let lower = lowerCodes.get(entry);
  if (lower === undefined) lowerCodes.set(entry, (lower = entry.code.toLowerCase()));
  return lower;
}

/** The row the distance is computed in, grown as needed and reused. */
let scratch = new Int32Array(64);

/**
 * Levenshtein distance with a single rolling row. With `bound`, any distance above it may be
 * answered as `bound + 1`: once a whole row exceeds the bound, no later row can come back under it.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (a === b) return 0;
  if (scratch.length <= b.length) scratch = new Int32Array(b.length * 2 + 1);
  const row = scratch;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    let diagonal = row[0];
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      const substitute = diagonal + (char === b.charCodeAt(j - 1) ? 0 : 1);
      const insertOrDelete = (above < row[j - 1] ? above : row[j - 1]) + 1;
      const cell = substitute < insertOrDelete ? substitute : insertOrDelete;
      row[j] = cell;
      diagonal = above;
      if (cell < smallest) smallest = cell;
    }
    if (smallest > bound) return bound + 1;
  }
  return row[b.length];
}
