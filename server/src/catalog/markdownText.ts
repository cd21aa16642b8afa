import type { Node, Parent, PhrasingContent } from 'mdast';
import type { ProblemCode } from './problems';
import type { ProblemSeverity } from './types';
import type { Span } from './statements';

/** Records a problem at a span of the document; the Markdown readers never build ranges themselves. */
export type ReportProblem = (
  code: ProblemCode,
  message: string,
  span: Span,
  severity?: ProblemSeverity,
) => void;

/** The offsets a node covers in the source. */
export function spanOf(node: Node): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/**
 * The span of a parent's content: a GFM table cell's own position includes its pipe and padding,
 * its children do not. Undefined for an empty cell.
 */
export function contentSpan(parent: Parent): Span | undefined {
  const { children } = parent;
  if (children.length === 0) return undefined;
  return { start: spanOf(children[0]).start, end: spanOf(children[children.length - 1]).end };
}

/** The text a reader sees: markup dropped, code spans kept as their content. */
export function plainText(node: Node): string {
  if ((node.type === 'text' || node.type === 'inlineCode') && 'value' in node) return String(node.value);
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node as Parent).children.map(plainText).join('');
  return '';
}

/** A code as written in a cell or a heading. */
export interface WrittenCode {
  code: string;
  span: Span;
}

/**
 * The codes of a table cell or heading: each code span when the rest is only separators
 * (`` `access_denied` | `insufficient_scope` ``), otherwise the plain text as one code. Undefined
 * when the content is neither (prose, or a plain text with spaces).
 */
export function readWrittenCodes(children: PhrasingContent[], source: string): WrittenCode[] | undefined {
  const codeSpans = children.filter((child) => child.type === 'inlineCode');
  if (codeSpans.length > 0) {
    const onlySeparators = children.every((child) => child.type === 'inlineCode' || isSeparatorText(child));
    if (!onlySeparators) return undefined;
    return codeSpans.map((child) => ({ code: child.value, span: innerSpan(child, child.value, source) }));
  }
  const text = children.map(plainText).join('').trim();
  if (text === '' || /\s/.test(text)) return undefined;
  const content = { start: spanOf(children[0]).start, end: spanOf(children[children.length - 1]).end };
  return [{ code: text, span: findIn(source, text, content.start, content.end) ?? content }];
}

/** Words docs put between two codes in one heading or cell. */
function isSeparatorText(node: PhrasingContent): boolean {
  if (node.type !== 'text') return false;
  return node.value
    .split(/[\s|,/&]+/)
    .every((word) => word === '' || word.toLowerCase() === 'or' || word.toLowerCase() === 'and');
}

/** A code span's characters without its backticks. */
function innerSpan(node: Node, value: string, source: string): Span {
  const outer = spanOf(node);
  return findIn(source, value, outer.start, outer.end) ?? outer;
}

/**
 * Where `text` occurs in the source from `from` on (before `until`). The parsed value and the source
 * differ only by markup around it, so the first occurrence is the written one; undefined when
 * escapes make them differ.
 */
export function findIn(source: string, text: string, from: number, until: number): Span | undefined {
  // Searching a slice bounds the work by the node's size: a miss never scans the rest of the file.
  const start = source.slice(from, until).indexOf(text);
  return start < 0 ? undefined : { start: from + start, end: from + start + text.length };
}

/** Heuristic for a heading without code spans: `FORBIDDEN`, `not_found`, `NotFoundError`. */
export function looksLikeCode(text: string): boolean {
  if (text.length < 2 || /\s/.test(text) || !/[A-Za-z]/.test(text)) return false;
  return /[_.:-]/.test(text) || text === text.toUpperCase() || /[a-z][A-Z]/.test(text);
}
