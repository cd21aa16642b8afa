import type { StringNode } from '../catalogNode';
import type { CatalogEntry, EntryVariant } from '../types';

/** One place an OpenAPI document writes a code, with what the place says of it. */
export interface CodeOccurrence {
  code: StringNode;
  uri: string;
  /** The status of the response it is written under; undefined in a shared schema or a `default`. */
  status?: number;
  /** The response's description. */
  description?: string;
  /** The message of the example body it is written in. */
  message?: string;
}

/**
 * One entry per code. The entry is defined where the code is first written under a status (an
 * example of a `404` response tells more than a shared `enum`), else where it is first written;
 * every status it is written under is one of its statuses, and the other places are its mentions.
 */
export function entriesOf(occurrences: readonly CodeOccurrence[]): CatalogEntry[] {
  const byCode = new Map<string, CodeOccurrence[]>();
  for (const occurrence of occurrences) {
    const list = byCode.get(occurrence.code.value);
    if (list) list.push(occurrence);
    else byCode.set(occurrence.code.value, [occurrence]);
  }
  return [...byCode.entries()].map(([code, list]) => entryOf(code, list));
}

function entryOf(code: string, list: CodeOccurrence[]): CatalogEntry {
  const source = list.find((occurrence) => occurrence.status !== undefined) ?? list[0];
  const firstByStatus = new Map<number, CodeOccurrence>();
  for (const occurrence of list) {
    if (occurrence.status !== undefined && !firstByStatus.has(occurrence.status))
      firstByStatus.set(occurrence.status, occurrence);
  }
  const entry: CatalogEntry = {
    code,
    statuses: [...firstByStatus.keys()],
    aliases: [],
    source: { uri: source.uri, range: source.code.contentRange, format: 'openapi' },
  };
  const description = source.description ?? list.find((occurrence) => occurrence.description)?.description;
  if (description) entry.description = description;
  const message = source.message ?? list.find((occurrence) => occurrence.message)?.message;
  if (message) entry.message = message;
  if (firstByStatus.size > 1) entry.variants = [...firstByStatus.values()].map(variantOf);
  const seen = new Set([placeKey(source.uri, source.code)]);
  const mentions: CatalogEntry['mentions'] = [];
  for (const occurrence of list) {
    const key = placeKey(occurrence.uri, occurrence.code);
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ uri: occurrence.uri, range: occurrence.code.contentRange });
  }
  if (mentions.length > 0) entry.mentions = mentions;
  return entry;
}

function variantOf(occurrence: CodeOccurrence): EntryVariant {
  const variant: EntryVariant = { status: occurrence.status, range: occurrence.code.contentRange };
  if (occurrence.description) variant.description = occurrence.description;
  return variant;
}

/** A `$ref` read from several operations reaches the same node: one place, however often reached. */
function placeKey(uri: string, node: StringNode): string {
  const { start } = node.contentRange;
  return `${uri}#${start.line}:${start.character}`;
}
