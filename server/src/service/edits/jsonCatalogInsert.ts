import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { detectLayout, indentUnit, type TextLayout } from './textLayout';

/** The fields of a new catalog entry, in the order they are written (the canonical format's). */
export interface EntryFields {
  status?: number | number[];
  title?: string;
  description?: string;
  aliases?: string[];
  deprecated?: true | string;
  docs?: string;
}

/** Whether a JSON catalog's text parses the way the loader reads it (no comments, no trailing commas). */
export function jsonParses(text: string): boolean {
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    return false;
  }
  return errors.length === 0;
}

/**
 * The edit that adds `code` under `errors` of a JSON catalog. It only inserts: every other byte of
 * the file stays as written. The new entry takes the file's indentation and line ending, and the
 * layout of its neighbours (one entry per line, or all on one line). Codes kept in alphabetical
 * order stay so; otherwise the new one comes last. An `errors` object is added when the file has
 * none; of two, the first gets the entry, as the loader reads that one. Undefined when the file's
 * root or its `errors` is not an object: nothing is overwritten.
 */
export function insertJsonEntry(
  uri: string,
  text: string,
  code: string,
  entry: EntryFields,
): TextEdit[] | undefined {
  const root = parseTree(text);
  if (root?.type !== 'object') return undefined;
  const layout = detectLayout(text);
  const errors = firstValue(root, 'errors');
  let insertion: Insertion | undefined;
  if (!errors) {
    insertion = insertProperty(
      text,
      root,
      'errors',
      { [code]: entry },
      layout,
      () => (root.children ?? []).length,
    );
  } else if (errors.type === 'object') {
    insertion = insertProperty(text, errors, code, entry, layout, (codes) =>
      isSorted(codes) ? codes.filter((c) => c < code).length : codes.length,
    );
  }
  if (!insertion) return undefined;
  const document = TextDocument.create(uri, 'json', 0, text);
  const start = document.positionAt(insertion.offset);
  const end = document.positionAt(insertion.offset + (insertion.replacing ?? 0));
  return [{ range: { start, end }, newText: insertion.newText }];
}

/**
 * The value of an object's first property named `key`. A file that writes `errors` twice is a
 * `duplicate-key` problem, and the loader reads the first one (`withUniqueKeys`): the new entry
 * goes where it will be read.
 */
export function firstValue(object: Node, key: string): Node | undefined {
  const property = object.children?.find((child) => child.children?.[0]?.value === key);
  return property?.children?.[1];
}

export interface Insertion {
  offset: number;
  newText: string;
  /** How many characters the new text replaces: only the blank space between empty braces. */
  replacing?: number;
}

/** A new `"key": value` in an object, at the index `indexOf` picks among its keys. */
export function insertProperty(
  text: string,
  object: Node,
  key: string,
  value: unknown,
  layout: TextLayout,
  indexOf: (keys: string[]) => number,
): Insertion {
  const properties = object.children ?? [];
  const keys = properties.map((property) => String(property.children?.[0]?.value));
  const index = indexOf(keys);
  const objectIndent = lineIndent(text, object.offset);
  if (properties.length === 0) {
    const indent = objectIndent + indentUnit(layout);
    const written = writeProperty(key, value, indent, layout);
    // `{}` or `{ }` becomes a block holding the one property, its closing brace on its own line.
    const open = object.offset + 1;
    const between = text.slice(open, object.offset + object.length - 1);
    return {
      offset: open,
      replacing: between.length,
      newText: `${layout.eol}${indent}${written}${layout.eol}${objectIndent}`,
    };
  }
  const first = properties[0];
  const onOwnLines = text.slice(lineStart(text, first.offset), first.offset).trim() === '';
  if (!onOwnLines) {
    const written = writeProperty(key, value, undefined, layout);
    if (index < properties.length) return { offset: properties[index].offset, newText: `${written}, ` };
    const last = properties[properties.length - 1];
    return { offset: last.offset + last.length, newText: `, ${written}` };
  }
  const indent = lineIndent(text, first.offset);
  const written = writeProperty(key, value, indent, layout);
  if (index < properties.length) {
    return { offset: properties[index].offset, newText: `${written},${layout.eol}${indent}` };
  }
  const last = properties[properties.length - 1];
  return { offset: last.offset + last.length, newText: `,${layout.eol}${indent}${written}` };
}

/**
 * `"key": value` with the value spread over lines indented from `indent`, or on one line
 * (`{ "status": 404, "title": "..." }`) when `indent` is undefined.
 */
function writeProperty(key: string, value: unknown, indent: string | undefined, layout: TextLayout): string {
  if (indent === undefined) return `${JSON.stringify(key)}: ${oneLine(value)}`;
  const block = JSON.stringify(value, null, indentUnit(layout))
    .split('\n')
    .join(layout.eol + indent);
  return `${JSON.stringify(key)}: ${block}`;
}

function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
  return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = lineStart(text, offset);
  let end = start;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return text.slice(start, end);
}

function isSorted(codes: string[]): boolean {
  return codes.every((code, index) => index === 0 || codes[index - 1] <= code);
}
