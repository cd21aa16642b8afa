import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import { REFERENCE_KINDS } from '../analysis/referenceKinds';
import type { CatalogEntry } from '../catalog/types';
import type { ServiceContext } from './context';
import { definedIn } from './entryLinks';
import { escapeMarkdown } from './markdownEscape';
import { entryOf } from './entryOf';
import { referenceAt } from './references';
import { usagesOf } from './usages';
import { doStatusHover } from './statusHover';
import { formatStatus } from './statusText';
import { doRouteHover } from './routes/routeHover';

/**
 * Hover on an error code: the catalog entry's statuses, title, description and where it is
 * defined. On a status in a carrier: what the status means to the catalog.
 */
export function doHover(document: TextDocument, position: Position, context: ServiceContext): Hover | null {
  const model = context.analyze(document);
  const reference = referenceAt(model, position);
  const catalog = context.catalogFor(document.uri);
  if (!reference || REFERENCE_KINDS[reference.kind].codeIsStatus)
    return doRouteHover(document.uri, position, context, catalog) ?? doStatusHover(model, position, catalog);
  const entry = entryOf(catalog, reference);
  if (!entry) return null;
  return {
    contents: { kind: 'markdown', value: formatEntry(entry, usagesOf(entry, context).length) },
    range: reference.range,
  };
}

/** The Markdown that describes a catalog entry; with `usageCount`, how many places in the workspace use it. */
export function formatEntry(entry: CatalogEntry, usageCount?: number): string {
  const statuses = entry.statuses.length > 0 ? entry.statuses.map(formatStatus).join(', ') : 'no status';
  const parts = [`**${escapeMarkdown(entry.code)}** · ${statuses}`];
  if (entry.deprecated) {
    parts.push(
      entry.deprecated === true ? '**Deprecated.**' : `**Deprecated:** ${escapeMarkdown(entry.deprecated)}`,
    );
  }
  if (entry.title) parts.push(`*${escapeMarkdown(entry.title)}*`);
  const variants = entry.variants?.filter((variant) => variant.description) ?? [];
  if (variants.length > 1) {
    parts.push(
      variants
        .map((v) => `- ${v.status !== undefined ? `\`${v.status}\` ` : ''}${escapeMarkdown(v.description!)}`)
        .join('\n'),
    );
  } else if (entry.description) {
    parts.push(escapeMarkdown(entry.description));
  }
  const docs = entry.docs === undefined ? undefined : documentationLink(entry.docs);
  if (docs) parts.push(`[Documentation](${docs})`);
  parts.push(definedIn(entry));
  if (usageCount !== undefined) parts.push(describeUsages(usageCount));
  return parts.join('\n\n');
}

/**
 * A catalog's `docs` as a Markdown link target, or undefined when it is not a web page: only
 * http(s) URLs and relative links are linked. A catalog is text from the workspace; a
 * `javascript:`, `command:` or `file:` link in it must not become something a click runs or opens,
 * whatever the client renders. Angle brackets keep parentheses inside the target.
 */
export function documentationLink(docs: string): string | undefined {
  const target = docs.trim();
  if (target === '' || /[\s<>]/.test(target)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
  return `<${target}>`;
}

/** `Used in 3 places`. */
function describeUsages(count: number): string {
  if (count === 0) return 'Not used in the workspace.';
  return `Used in ${count} ${count === 1 ? 'place' : 'places'}`;
}
