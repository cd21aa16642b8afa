import type { CatalogEntry } from '../catalog/types';

/**
 * Up to `limit` catalog codes closest to a misspelt one by edit distance, ignoring case; codes with
 * the status the response sends come first among equals.
 */
export function nearestCodes(code: string, entries: CatalogEntry[], status?: number, limit = 3): string[] {
  const wanted = code.toLowerCase();
  const threshold = Math.max(2, Math.floor(wanted.length / 3));
  return entries
    .map((entry) => ({
      code: entry.code,
      distance: editDistance(wanted, entry.code.toLowerCase()),
      sameStatus: status !== undefined && entry.statuses.includes(status),
    }))
    .filter((candidate) => candidate.distance <= threshold)
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(b.sameStatus) - Number(a.sameStatus) ||
        a.code.localeCompare(b.code),
    )
    .slice(0, limit)
    .map((candidate) => candidate.code);
}

/** Levenshtein distance with a single rolling row. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
