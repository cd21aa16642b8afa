import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { CatalogEntry } from '../catalog/types';
import type { ServiceContext } from './context';
import { referenceAt } from './references';
import { formatStatus } from './statusText';

/** Hover on an error code: the catalog entry's statuses, title, description and where it is defined. */
export function doHover(document: TextDocument, position: Position, context: ServiceContext): Hover | null {
  const model = context.analyze(document);
  const reference = referenceAt(model, position);
  if (!reference) return null;
  const entry = context.catalogFor(document.uri).lookup(reference.code);
  if (!entry) return null;
  return {
    contents: { kind: 'markdown', value: formatEntry(entry) },
    range: reference.range,
  };
}

/** The Markdown that describes a catalog entry. */
export function formatEntry(entry: CatalogEntry): string {
  const statuses = entry.statuses.length > 0 ? entry.statuses.map(formatStatus).join(', ') : 'no status';
  const parts = [`**${entry.code}** · ${statuses}`];
  if (entry.deprecated) {
    parts.push(entry.deprecated === true ? '**Deprecated.**' : `**Deprecated:** ${entry.deprecated}`);
  }
  if (entry.title) parts.push(`*${entry.title}*`);
  const variants = entry.variants?.filter((variant) => variant.description) ?? [];
  if (variants.length > 1) {
    parts.push(
      variants.map((v) => `- ${v.status !== undefined ? `\`${v.status}\` ` : ''}${v.description}`).join('\n'),
    );
  } else if (entry.description) {
    parts.push(entry.description);
  }
  if (entry.docs) parts.push(`[Documentation](${entry.docs})`);
  const line = entry.source.range.start.line + 1;
  parts.push(`Defined in [${fileName(entry.source.uri)}:${line}](${entry.source.uri}#L${line})`);
  return parts.join('\n\n');
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
