import { applyEdits, modify, parseTree, type FormattingOptions, type Node } from 'jsonc-parser';
import { isMap, parseDocument } from 'yaml';

/** An entry to write into a canonical catalog. */
export interface NewEntry {
  code: string;
  statuses: number[];
  title?: string;
  description?: string;
  aliases?: string[];
  deprecated?: true | string;
  docs?: string;
}

/** Catalog formats the client can add entries to without losing what the file already says. */
export type EditableFormat = 'json' | 'yaml';

export type AddEntriesResult =
  | { text: string; added: string[]; skipped: string[]; error?: undefined }
  | { error: string; text?: undefined };

/** The format of a catalog file by its name, when entries can be added to it. */
export function editableFormat(uri: string): EditableFormat | undefined {
  const name = uri.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  return undefined;
}

/**
 * Adds entries under `errors` of a canonical catalog (creating it when the text is empty),
 * keeping comments and formatting. A code the catalog already has is skipped, never overwritten.
 */
export function addEntries(
  text: string,
  format: EditableFormat,
  entries: readonly NewEntry[],
  formatting: FormattingOptions = { insertSpaces: true, tabSize: 2 },
): AddEntriesResult {
  return format === 'json' ? addToJson(text, entries, formatting) : addToYaml(text, entries);
}

function addToJson(
  text: string,
  entries: readonly NewEntry[],
  formatting: FormattingOptions,
): AddEntriesResult {
  const unit = formatting.insertSpaces ? ' '.repeat(formatting.tabSize ?? 2) : '\t';
  const added: string[] = [];
  const skipped: string[] = [];
  let next = text;
  for (const entry of entries) {
    const root: Node | undefined = next.trim() === '' ? undefined : parseTree(next);
    if (next.trim() !== '' && root?.type !== 'object') return { error: 'The catalog is not a JSON object.' };
    const errors = root?.children?.find((property) => property.children?.[0]?.value === 'errors')
      ?.children?.[1];
    if (errors && errors.type !== 'object') return { error: 'The catalog\u2019s "errors" is not an object.' };
    if (errors?.children?.some((property) => property.children?.[0]?.value === entry.code)) {
      skipped.push(entry.code);
      continue;
    }
    if (errors) next = insertProperty(next, errors, entry, unit);
    else {
      // No `errors` yet: let the JSON editor place it; it only formats what it inserts.
      const value = { [entry.code]: entryValue(entry) };
      next = applyEdits(next, modify(next, ['errors'], value, { formattingOptions: formatting }));
    }
    added.push(entry.code);
  }
  return { text: next, added, skipped };
}

/** Inserts `"CODE": {...}` as the last property of `errors`, indented like its siblings. */
function insertProperty(text: string, errors: Node, entry: NewEntry, unit: string): string {
  const last = errors.children?.at(-1);
  const indent = last ? lineIndent(text, last.offset) : lineIndent(text, errors.offset) + unit;
  const value = JSON.stringify(entryValue(entry), null, unit).replace(/\n/g, `\n${indent}`);
  const property = `${JSON.stringify(entry.code)}: ${value}`;
  if (last) {
    const end = last.offset + last.length;
    return `${text.slice(0, end)},\n${indent}${property}${text.slice(end)}`;
  }
  const open = errors.offset + 1;
  const close = errors.offset + errors.length - 1;
  return `${text.slice(0, open)}\n${indent}${property}\n${lineIndent(text, errors.offset)}${text.slice(close)}`;
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function addToYaml(text: string, entries: readonly NewEntry[]): AddEntriesResult {
  const document = parseDocument(text);
  if (document.errors.length > 0)
    return { error: `The catalog does not parse: ${document.errors[0].message}` };
  if (document.contents !== null && !isMap(document.contents))
    return { error: 'The catalog is not a YAML mapping.' };
  const errors = document.get('errors', true);
  if (errors !== undefined && errors !== null && !isMap(errors))
    return { error: 'The catalog\u2019s errors is not a mapping.' };
  const added: string[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (document.hasIn(['errors', entry.code])) {
      skipped.push(entry.code);
      continue;
    }
    document.setIn(['errors', entry.code], document.createNode(entryValue(entry)));
    added.push(entry.code);
  }
  return { text: added.length > 0 ? document.toString() : text, added, skipped };
}

/** The canonical shape: one status as a number, several as an array, none left out. */
function entryValue(entry: NewEntry): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  if (entry.statuses.length === 1) value.status = entry.statuses[0];
  else if (entry.statuses.length > 1) value.status = entry.statuses;
  if (entry.title) value.title = entry.title;
  if (entry.description) value.description = entry.description;
  if (entry.aliases && entry.aliases.length > 0) value.aliases = entry.aliases;
  if (entry.deprecated !== undefined) value.deprecated = entry.deprecated;
  if (entry.docs) value.docs = entry.docs;
  return value;
}
