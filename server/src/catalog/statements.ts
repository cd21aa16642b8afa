import type { CatalogEntry, CatalogFormat, EntryVariant } from './types';
import type { OffsetMapper } from './positions';

/** Offsets into the document text, converted to a range only when an entry is built. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One place where a document states a code: a table row, a heading, a JSON example. Documents may
 * state a code several times (seed 002 gives AccessDeniedError two rows), so statements are
 * collected first and merged into entries afterwards.
 */
export interface CodeStatement {
  code: string;
  /** Where the code is written. */
  span: Span;
  status?: number;
  title?: string;
  description?: string;
  /** A message the document shows with the code (an example response's `message`). */
  message?: string;
}

/**
 * Merges statements into entries, one per code, in the order codes first appear. Statuses are
 * united; title, description and message come from the first statement that has them; every statement is
 * kept as a variant when there are several.
 */
export function mergeStatements(
  statements: CodeStatement[],
  uri: string,
  format: CatalogFormat,
  mapper: OffsetMapper,
): CatalogEntry[] {
  const byCode = new Map<string, CodeStatement[]>();
  for (const statement of statements) {
    const group = byCode.get(statement.code);
    if (group) group.push(statement);
    else byCode.set(statement.code, [statement]);
  }
  return [...byCode.values()].map((group) => toEntry(group, uri, format, mapper));
}

function toEntry(
  group: CodeStatement[],
  uri: string,
  format: CatalogFormat,
  mapper: OffsetMapper,
): CatalogEntry {
  const [first] = group;
  const entry: CatalogEntry = {
    code: first.code,
    statuses: [...new Set(group.flatMap((s) => (s.status === undefined ? [] : [s.status])))],
    aliases: [],
    source: { uri, range: mapper.range(first.span.start, first.span.end), format },
  };
  const title = group.find((s) => s.title !== undefined)?.title;
  const description = group.find((s) => s.description !== undefined)?.description;
  if (title !== undefined) entry.title = title;
  if (description !== undefined) entry.description = description;
  const message = group.find((s) => s.message !== undefined)?.message;
  if (message !== undefined) entry.message = message;
  if (group.length > 1) entry.variants = group.map((statement) => toVariant(statement, mapper));
  return entry;
}

function toVariant(statement: CodeStatement, mapper: OffsetMapper): EntryVariant {
  const variant: EntryVariant = { range: mapper.range(statement.span.start, statement.span.end) };
  if (statement.status !== undefined) variant.status = statement.status;
  if (statement.title !== undefined) variant.title = statement.title;
  if (statement.description !== undefined) variant.description = statement.description;
  return variant;
}
