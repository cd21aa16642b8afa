import { isMap, isScalar, parseDocument, stringify, type Document, type YAMLMap } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { EntryFields } from './jsonCatalogInsert';
import { detectLayout, type TextLayout } from './textLayout';

/** The YAML catalog's document as the loader reads it (`core` schema), or undefined when it does not parse. */
export function parseYamlCatalog(text: string): Document | undefined {
  try {
    const document = parseDocument(text, { schema: 'core', prettyErrors: false, uniqueKeys: false });
    return document.errors.length === 0 ? document : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The edit that adds `code` under `errors` of a YAML catalog. The parser's Document finds where the
 * entries are and `stringify` writes the new one; the edit only inserts, so every comment, blank
 * line, quoting style and key order of the file stays as written. Undefined when the file's root or
 * its `errors` is not a mapping.
 */
export function insertYamlEntry(
  uri: string,
  text: string,
  code: string,
  entry: EntryFields,
): TextEdit[] | undefined {
  const document = parseYamlCatalog(text);
  if (!document) return undefined;
  const layout = detectLayout(text);
  const root = document.contents;
  if (root !== null && !isMap(root)) return undefined;
  const errors = root?.get('errors', true);
  let insertion: { offset: number; newText: string } | undefined;
  if (isMap(errors) && errors.flow) {
    insertion = flowInsertion(text, errors, code, entry);
  } else if (isMap(errors) && errors.items.length > 0) {
    insertion = blockInsertion(text, errors, code, entry, layout);
  } else if (errors === undefined || (isScalar(errors) && errors.value === null)) {
    insertion = newErrorsInsertion(text, root, code, entry, layout);
  }
  if (!insertion) return undefined;
  const lines = TextDocument.create(uri, 'yaml', 0, text);
  const position = lines.positionAt(insertion.offset);
  return [{ range: { start: position, end: position }, newText: insertion.newText }];
}

/** `CODE:` and the entry's fields below it, each line prefixed by `indent` (YAML indents with spaces only). */
function entryLines(code: string, entry: EntryFields, indent: string, layout: TextLayout): string {
  return stringify({ [code]: entry }, { indent: layout.indentSize })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => indent + line + layout.eol)
    .join('');
}

/** After the line that ends the last entry, at the column of the entries' keys. */
function blockInsertion(
  text: string,
  errors: YAMLMap,
  code: string,
  entry: EntryFields,
  layout: TextLayout,
): { offset: number; newText: string } | undefined {
  const first = errors.items[0];
  const last = errors.items[errors.items.length - 1];
  const keyStart = isScalar(first.key) ? first.key.range?.[0] : undefined;
  const lastEnd =
    (isScalar(last.value) || isMap(last.value) ? last.value.range?.[1] : undefined) ?? keyEnd(last.key);
  if (keyStart === undefined || lastEnd === undefined) return undefined;
  const indent = text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
  if (indent.trim() !== '') return undefined; // entries that do not start their own line
  const offset = afterOwnComments(text, text.indexOf('\n', Math.max(lastEnd - 1, 0)), indent.length);
  if (offset < 0)
    return { offset: text.length, newText: layout.eol + entryLines(code, entry, indent, layout) };
  return { offset, newText: entryLines(code, entry, indent, layout) };
}

/**
 * The start of the line after `lineEnd`, past the comment lines indented deeper than the entries'
 * keys: those belong to the last entry. -1 when the text ends without a line break.
 */
export function afterOwnComments(text: string, lineEnd: number, keyIndent: number): number {
  if (lineEnd < 0) return -1;
  let offset = lineEnd + 1;
  while (offset < text.length) {
    const next = text.indexOf('\n', offset);
    const line = text.slice(offset, next < 0 ? text.length : next);
    const body = line.trimStart();
    if (!body.startsWith('#') || line.length - body.length <= keyIndent || next < 0) break;
    offset = next + 1;
  }
  return offset;
}

/** `errors: { A: {...} }`: a flow entry before the closing brace. */
function flowInsertion(
  text: string,
  errors: YAMLMap,
  code: string,
  entry: EntryFields,
): { offset: number; newText: string } | undefined {
  const end = errors.range?.[1];
  if (end === undefined) return undefined;
  const close = text.lastIndexOf('}', end);
  if (close < 0) return undefined;
  const written = stringify({ [code]: entry }, { collectionStyle: 'flow' }).trim();
  const inner = written.slice(1, -1).trim();
  const separator = errors.items.length > 0 ? ', ' : ' ';
  const before = text.slice(0, close).trimEnd();
  return { offset: before.length, newText: `${separator}${inner}${errors.items.length > 0 ? '' : ' '}` };
}

/** No `errors` yet (or an empty one): an `errors:` mapping at the end of the document. */
function newErrorsInsertion(
  text: string,
  root: YAMLMap | null,
  code: string,
  entry: EntryFields,
  layout: TextLayout,
): { offset: number; newText: string } | undefined {
  const unit = ' '.repeat(layout.indentSize);
  const existing = root?.items.find((pair) => isScalar(pair.key) && pair.key.value === 'errors');
  if (existing) {
    // `errors:` with nothing after it: the entry goes on the next line.
    const keyEnd = isScalar(existing.key) ? existing.key.range?.[1] : undefined;
    const value = existing.value;
    const written = isScalar(value) && value.range != null && value.range[0] !== value.range[1];
    if (keyEnd === undefined || written) return undefined; // `errors: ~` is left alone
    const lineEnd = text.indexOf('\n', keyEnd);
    const body = entryLines(code, entry, unit, layout);
    return lineEnd < 0
      ? { offset: text.length, newText: layout.eol + body }
      : { offset: lineEnd + 1, newText: body };
  }
  const separator = text.length === 0 || text.endsWith('\n') ? '' : layout.eol;
  return {
    offset: text.length,
    newText: `${separator}errors:${layout.eol}${entryLines(code, entry, unit, layout)}`,
  };
}

function keyEnd(key: unknown): number | undefined {
  return isScalar(key) ? key.range?.[1] : undefined;
}
