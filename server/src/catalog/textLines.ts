import { createScanner, type Node, type ParseError, parseTree, SyntaxKind } from 'jsonc-parser';
import type { Span } from './statements';

/** A line of a plain-text document, without its line break. */
export interface TextLine {
  text: string;
  start: number;
}

/** Splits a text into lines in one pass, whatever its line breaks. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    lines.push({ text: text.slice(start, end), start });
    if (end >= text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}

/**
 * The text with every character of the spans but line breaks turned into spaces: a parser then
 * skips what they held, and every offset, line and column of the rest stays as it was.
 */
export function blankSpans(text: string, spans: readonly Span[]): string {
  const pieces: string[] = [];
  let copied = 0;
  for (const { start, end } of spans) {
    pieces.push(text.slice(copied, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    copied = end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** An example response longer than this is not an example; stopping there keeps the scan linear. */
const MAX_EXAMPLE_LENGTH = 64 * 1024;

/** A JSON value written in running text, as documentation shows an example response. */
interface JsonExample {
  root: Node;
  /** Offsets of the whole example in the document; the root's offsets are relative to `span.start`. */
  span: Span;
}

/**
 * Reads the JSON object that starts at `start` (a `{`): the tokens are scanned to the matching
 * brace, then that slice is parsed. An example that does not close ends at a blank line, at a
 * line `endsExample` refuses (a status heading), or after MAX_EXAMPLE_LENGTH. `end` is where the
 * scan stopped, example or not: the caller resumes there, so no text is scanned twice.
 */
export function readJsonExample(
  text: string,
  start: number,
  endsExample: (line: string) => boolean = () => false,
): { example?: JsonExample; end: number } {
  const scanner = createScanner(text, false);
  scanner.setPosition(start);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    const end = scanner.getTokenOffset() + scanner.getTokenLength();
    if (end - start > MAX_EXAMPLE_LENGTH) return { end };
    if (token === SyntaxKind.LineBreakTrivia) {
      const next = text.slice(end, lineEnd(text, end));
      if (next.trim() === '' || endsExample(next.trim())) return { end };
    } else if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) depth++;
    else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) depth--;
    if (depth === 0) {
      const errors: ParseError[] = [];
      const root = parseTree(text.slice(start, end), errors);
      return root && errors.length === 0 ? { example: { root, span: { start, end } }, end } : { end };
    }
  }
  return { end: text.length };
}

function lineEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

/** The fields an example shows about its code, found in the object that holds `"code"`. */
export interface ExampleFields {
  code: string;
  /** Where the code's characters are, without quotes, in the document. */
  codeSpan: Span;
  message?: string;
  status?: number;
}

/** Finds the object nearest the top that holds a string `"code"`, and reads its siblings. */
export function findExampleFields(example: JsonExample): ExampleFields | undefined {
  const pending: Node[] = [example.root];
  while (pending.length > 0) {
    const node = pending.shift()!;
    if (node.type === 'object') {
      const fields = readFields(node, example.span.start);
      if (fields) return fields;
    }
    for (const child of node.children ?? []) {
      if (child.type === 'property' && child.children?.[1]) pending.push(child.children[1]);
      else if (child.type !== 'property') pending.push(child);
    }
  }
  return undefined;
}

function readFields(object: Node, base: number): ExampleFields | undefined {
  const property = (name: string) =>
    object.children?.find((p) => p.children?.[0].value === name)?.children?.[1];
  const code = property('code');
  if (code?.type !== 'string' || String(code.value).trim() === '') return undefined;
  const fields: ExampleFields = {
    code: code.value as string,
    codeSpan: { start: base + code.offset + 1, end: base + code.offset + code.length - 1 },
  };
  const message = property('message');
  if (message?.type === 'string') fields.message = message.value as string;
  const status = property('status') ?? property('statusCode');
  if (status?.type === 'number') fields.status = status.value as number;
  return fields;
}
