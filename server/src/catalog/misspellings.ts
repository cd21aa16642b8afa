import { editDistance } from './editDistance';
import type { CatalogEntry } from './types';

/**
 * The documented code a code defined in source most likely misspells, if any: one edit away
 * (two for codes of twenty characters or more), or the same but for case. Codes shorter than
 * eight characters are left alone: one edit turns `GONE` into `DONE`, a word of its own. A team that documents
 * `unauthorized_share` and defines `UNAUTHORIZED_SHARE = 'unauthorised_share'` in its code enum has
 * a typo, not a second code; further apart, a new code is the likelier reading.
 */
/** The shortest documented code a misspelling is looked for in. */
const MIN_LENGTH = 8;

export function misspelledCode(code: string, documented: readonly CatalogEntry[]): string | undefined {
  const wanted = code.toLowerCase();
  let best: { code: string; distance: number } | undefined;
  for (const entry of documented) {
    if (entry.code === code) return undefined;
    if (entry.code.length < MIN_LENGTH) continue;
    const bound = Math.max(1, Math.floor(entry.code.length / 10));
    if (Math.abs(entry.code.length - code.length) > bound) continue;
    const distance = editDistance(wanted, entry.code.toLowerCase(), bound);
    if (distance > bound) continue;
    if (!best || distance < best.distance || (distance === best.distance && entry.code < best.code)) {
      best = { code: entry.code, distance };
    }
  }
  return best?.code;
}
