import type { Hover, Position } from 'vscode-languageserver-types';
import type { SourceModel, StatusSite } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import { definedIn } from './entryLinks';
import { escapeMarkdown } from './markdownEscape';
import { rangeContains } from './positions';
import { formatStatus, reasonPhrase } from './statusText';

/** The status written in a carrier under the cursor (`res.status(429)`, `HttpStatus.FORBIDDEN`), if any. */
function statusSiteAt(model: SourceModel, position: Position): StatusSite | undefined {
  return model.statuses.find((site) => rangeContains(site.range, position));
}

/**
 * Hover on a status in a carrier: its reason phrase and the catalog codes sent with it, or, under a
 * status-only catalog, the API's own description of the status.
 */
export function doStatusHover(model: SourceModel, position: Position, catalog: Catalog): Hover | null {
  const site = statusSiteAt(model, position);
  if (!site) return null;
  return { contents: { kind: 'markdown', value: describeStatus(site.value, catalog) }, range: site.range };
}

/** The Markdown that describes a status against a catalog. */
export function describeStatus(status: number, catalog: Catalog): string {
  const parts = [`**${formatStatus(status)}**`];
  if (catalog.statusOnly) {
    const entry = catalog.lookup(String(status));
    if (!entry) {
      parts.push('The API does not document this status.');
      return parts.join('\n\n');
    }
    // The seed's reason-phrase column usually repeats the standard phrase; only a different one says more.
    if (entry.title && entry.title !== reasonPhrase(status)) parts.push(`*${escapeMarkdown(entry.title)}*`);
    if (entry.description) parts.push(escapeMarkdown(entry.description));
    parts.push(definedIn(entry));
    return parts.join('\n\n');
  }
  const codes = catalog.entriesWithStatus(status);
  parts.push(
    codes.length > 0
      ? `Catalog codes with this status: ${codes.map((entry) => `\`${entry.code}\``).join(', ')}`
      : 'No catalog code has this status.',
  );
  return parts.join('\n\n');
}
