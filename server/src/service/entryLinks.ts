import { escapeMarkdown } from './markdownEscape';
import type { CatalogEntry } from '../catalog/types';
import { fileNameOf } from '../workspace/fileKinds';

/** `Defined in [error-catalog.json:3](…#L3)`: a link to the catalog file and line of an entry. */
export function definedIn(entry: CatalogEntry): string {
  const line = entry.source.range.start.line + 1;
  // The URI is percent-encoded but may hold parentheses: angle brackets keep it one target.
  return `Defined in [${escapeMarkdown(fileNameOf(entry.source.uri))}:${line}](<${entry.source.uri}#L${line}>)`;
}
