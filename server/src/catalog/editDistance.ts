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
