import type { CatalogEntry } from '../../catalog/types';
import { reasonPhrase } from '../statusText';

/**
 * The message an error written for a catalog entry starts with: the first line of its
 * description, else its title, else `fallback` (a style's sample message), else the reason phrase
 * of its status, else its code.
 */
export function messageOf(entry: CatalogEntry | undefined, fallback?: string | number): string {
  const firstLine = entry?.description
    ?.split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  return (
    firstLine ??
    entry?.title ??
    (fallback === undefined ? undefined : String(fallback)) ??
    (entry?.statuses[0] === undefined ? undefined : reasonPhrase(entry.statuses[0])) ??
    entry?.code ??
    ''
  );
}
