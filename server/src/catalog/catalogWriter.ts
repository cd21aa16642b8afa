import type { CatalogEntry, CatalogLoadResult, EntryVariant } from './types';

/** What a written catalog states besides its entries. */
interface CatalogWriteOptions {
  /** Written as `$schema`, so editors validate the file (a path or URL of error-catalog.schema.json). */
  schema?: string;
  /** `statuses` for a status-only catalog (seed 004). */
  kind?: CatalogLoadResult['kind'];
  envelope?: string[];
}

/**
 * Writes entries as a canonical catalog (JSON, 2-space indent, final newline), for an imported
 * catalog the user reviews before keeping it. The format has one description per code, so a code
 * whose variants describe it differently gets them as a list, each under its status.
 */
export function writeCatalogJson(entries: CatalogEntry[], options: CatalogWriteOptions = {}): string {
  const catalog = new Map<string, unknown>();
  if (options.schema) catalog.set('$schema', options.schema);
  if (options.kind === 'statuses') catalog.set('kind', 'statuses');
  // A Map, not an object: `toString` or `constructor` would read as already written, and integer
  // codes (`404`) would be moved ahead of the others.
  const errors = new Map<string, unknown>();
  for (const entry of entries) if (!errors.has(entry.code)) errors.set(entry.code, toCanonicalEntry(entry));
  catalog.set('errors', errors);
  if (options.envelope && options.envelope.length > 0) {
    catalog.set('envelope', options.envelope.length === 1 ? options.envelope[0] : options.envelope);
  }
  return `${writeJson(catalog, '')}\n`;
}

/** JSON with a 2-space indent, as JSON.stringify writes it, but a Map's keys keep their order. */
function writeJson(value: unknown, indent: string): string {
  if (!(value instanceof Map)) return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
  if (value.size === 0) return '{}';
  const inner = `${indent}  `;
  const members = [...value].map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${writeJson(item, inner)}`,
  );
  return `{\n${members.join(',\n')}\n${indent}}`;
}

function toCanonicalEntry(entry: CatalogEntry): Record<string, unknown> {
  const written: Record<string, unknown> = {};
  if (entry.statuses.length === 1) written.status = entry.statuses[0];
  else if (entry.statuses.length > 1) written.status = entry.statuses;
  if (entry.title !== undefined) written.title = entry.title;
  const description = describeVariants(entry) ?? entry.description;
  if (description !== undefined) written.description = description;
  if (entry.message !== undefined) written.message = entry.message;
  if (entry.aliases.length > 0) written.aliases = entry.aliases;
  if (entry.deprecated !== undefined) written.deprecated = entry.deprecated;
  if (entry.docs !== undefined) written.docs = entry.docs;
  return written;
}

/** `- **403 Access Denied**: ...` per variant, when the variants do not share one description. */
function describeVariants(entry: CatalogEntry): string | undefined {
  const variants = entry.variants ?? [];
  const distinct = new Set(variants.map((variant) => variant.description));
  if (distinct.size <= 1) return undefined;
  return variants.map(describeVariant).join('\n');
}

function describeVariant(variant: EntryVariant): string {
  const heading = [variant.status, variant.title].filter((part) => part !== undefined).join(' ');
  const text = variant.description ?? '';
  return heading ? `- **${heading}**: ${text}` : `- ${text}`;
}
