import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/types';
import { editDistance } from '../catalog/editDistance';
import { codeIndexOf } from './codeIndex';

/** Suggestions already made per catalog (which never changes once built), by status and code. */
const suggestionsByCatalog = new WeakMap<Catalog, Map<string, string[]>>();
/** A bound on what one catalog remembers: each typed character of an unknown code adds one. */
const MAX_REMEMBERED = 1000;

/**
 * `nearestCodes` over a catalog's entries, remembered: every keystroke validates the document
 * again, and with it each unknown code it holds, not only the one being typed. The search runs on
 * the catalog's code index, which answers the same without measuring every entry: a catalog of
 * 50,000 codes took 150 ms per unknown code.
 */
export function suggestCodes(catalog: Catalog, code: string, status?: number): string[] {
  let remembered = suggestionsByCatalog.get(catalog);
  if (!remembered) suggestionsByCatalog.set(catalog, (remembered = new Map()));
  const key = `${status ?? ''} ${code}`;
  let suggestions = remembered.get(key);
  if (suggestions === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    suggestions = codeIndexOf(catalog).nearest(code, status);
    remembered.set(key, suggestions);
  }
  return suggestions;
}

/**
 * Up to `limit` catalog codes closest to a misspelt one by edit distance, ignoring case; codes with
 * the status the response sends come first among equals. This measures every entry: the code index
 * (`CodeIndex.nearest`) gives the same answer on a whole catalog, and is checked against it.
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
