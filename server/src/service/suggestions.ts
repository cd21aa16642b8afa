import type { CatalogEntry } from '../catalog/types';

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
    const distance = editDistance(wanted, entry.code.toLowerCase(), threshold);
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

/**
 * Levenshtein distance with a single rolling row. With `bound`, any distance above it may be
 * answered as `bound + 1`: once a whole row exceeds the bound, no later row can come back under it.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (a === b) return 0;
  const row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    let smallest = row[0];
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      if (row[j] < smallest) smallest = row[j];
    }
    if (smallest > bound) return bound + 1;
  }
  return row[b.length];
}
