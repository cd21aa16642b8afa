import ts from './typescript';
import type { Position, Range } from 'vscode-languageserver-types';
import { defuseAsyncLookaheads } from './asyncLookahead';
import { sourceDialectOf, type SourceDialect } from '../workspace/fileKinds';

/** Read once: the typescript module exposes its members through getters, costly per node. */
export const SyntaxKind = ts.SyntaxKind;

/** The script kind of each source dialect. */
const SCRIPT_KINDS: Readonly<Record<SourceDialect, ts.ScriptKind>> = {
  ts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  js: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
};

/**
 * The script kind of a document, from the extension of its URI or path; anything else is read as
 * TypeScript (the widest grammar).
 */
export function scriptKindOf(uri: string): ts.ScriptKind {
  let end = uri.length;
  for (const mark of ['?', '#']) {
    const at = uri.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  const dialect = sourceDialectOf(uri.slice(0, end));
  return dialect ? SCRIPT_KINDS[dialect] : ts.ScriptKind.TS;
}

/**
 * Parses a document, syntax only. `setParentNodes` so analysis can climb from a node to its
 * context. JSDoc comments are left unparsed: nothing reads them, and on real repositories their
 * parse was 10-25% of the parse.
 */
export function parseSource(uri: string, text: string): ts.SourceFile {
  return ts.createSourceFile(
    uri,
    defuseAsyncLookaheads(text),
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    true,
    scriptKindOf(uri),
  );
}

/** The LSP range of `[start, end)` offsets. TypeScript counts UTF-16 units, as LSP does. */
export function offsetRange(sourceFile: ts.SourceFile, start: number, end: number): Range {
  const starts = lspLineStarts(sourceFile);
  return { start: offsetPosition(starts, start), end: offsetPosition(starts, end) };
}

/**
 * Line starts counted the LSP way: only `\r\n`, `\r` and `\n` end a line. TypeScript's own line map
 * also ends lines at U+2028 and U+2029, which would shift every range after one of them.
 */
const lineStartsCache = new WeakMap<ts.SourceFile, number[]>();

function lspLineStarts(sourceFile: ts.SourceFile): number[] {
  let starts = lineStartsCache.get(sourceFile);
  if (!starts) {
    starts = lineStartsOf(sourceFile.text);
    lineStartsCache.set(sourceFile, starts);
  }
  return starts;
}

/**
 * The offsets where lines start. It runs on every version of a document: when each `\r` is part of
 * a `\r\n`, as in almost every file, the line breaks are found by the native `indexOf`, several
 * times faster than by character.
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (onlyCrlf(text)) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 13 /* \r */ && text.charCodeAt(i + 1) === 10 /* \n */) i++;
    if (char === 13 || char === 10) starts.push(i + 1);
  }
  return starts;
}

/** Whether every `\r` of the text is followed by `\n`: then each line ends with a `\n`. */
function onlyCrlf(text: string): boolean {
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) return false;
  }
  return true;
}

function offsetPosition(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** The range of a node, without its leading trivia. */
export function nodeRange(sourceFile: ts.SourceFile, node: ts.Node): Range {
  return offsetRange(sourceFile, node.getStart(sourceFile), node.getEnd());
}

/** The range of a string literal's characters, without its quotes. */
export function stringContentRange(sourceFile: ts.SourceFile, literal: ts.StringLiteralLike): Range {
  const start = literal.getStart(sourceFile);
  const end = literal.getEnd();
  // An unterminated literal (while typing) has no closing quote to leave out.
  const closed = end - start >= 2 && sourceFile.text[end - 1] === sourceFile.text[start];
  return offsetRange(sourceFile, start + 1, closed ? end - 1 : end);
}

type Wrapper =
  | ts.ParenthesizedExpression
  | ts.AsExpression
  | ts.SatisfiesExpression
  | ts.NonNullExpression
  | ts.TypeAssertion;

/** Whether a node wraps a value without changing it: parentheses, `as`, `satisfies`, `!`, `<T>x`. */
function isWrapper(node: ts.Node): node is Wrapper {
  // One read of `kind`: these run for most nodes of every analysis.
  switch (node.kind) {
    case SyntaxKind.ParenthesizedExpression:
    case SyntaxKind.AsExpression:
    case SyntaxKind.SatisfiesExpression:
    case SyntaxKind.NonNullExpression:
    case SyntaxKind.TypeAssertionExpression:
      return true;
    default:
      return false;
  }
}

/** Strips the wrappers that do not change a value: parentheses, `as`, `satisfies`, `!`, `<T>x`. */
export function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (isWrapper(current)) current = current.expression;
  return current;
}

/** The node whose parent is not a value-preserving wrapper of `node`. */
export function outermostWrapper(node: ts.Node): ts.Node {
  let current = node;
  while (current.parent && isWrapper(current.parent)) current = current.parent;
  return current;
}

/** The last name of a callee (`json` in `res.status(404).json`), cheaper than its dotted name. */
export function calleeName(node: ts.Expression): string | undefined {
  const inner = unwrap(node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text;
  return undefined;
}

/**
 * The name node a call or construction is made by: `NotFoundException`, `notFound` of
 * `Boom.notFound`; undefined for a dynamic callee.
 */
export function calleeNameNode(node: ts.Expression): ts.Identifier | undefined {
  const inner = unwrap(node);
  if (ts.isIdentifier(inner)) return inner;
  if (ts.isPropertyAccessExpression(inner) && ts.isIdentifier(inner.name)) return inner.name;
  return undefined;
}

/** A string literal without substitutions (`'x'`, `"x"`, `` `x` ``), else undefined. */
export function asStringLiteral(node: ts.Expression | undefined): ts.StringLiteralLike | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner : undefined;
}

/**
 * The alternatives an expression may take: both branches of `cond ? 'A' : 'B'`, the expression
 * itself otherwise. Each branch is a code position of its own.
 */
export function branches(node: ts.Expression): ts.Expression[] {
  const inner = unwrap(node);
  if (ts.isConditionalExpression(inner)) return [...branches(inner.whenTrue), ...branches(inner.whenFalse)];
  return [inner];
}

/** The static name of a property (`a`, `'a'`, `"a"`, `1`), else undefined (computed keys are dynamic). */
export function propertyNameText(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) {
    return name.text;
  }
  if (ts.isComputedPropertyName(name)) {
    const literal = asStringLiteral(name.expression);
    return literal?.text;
  }
  return undefined;
}

/**
 * The value written for `key` in an object literal: the initializer of `key: value`, or the
 * identifier of a shorthand `{ key }`. The last one wins, as at run time.
 */
export function propertyValue(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  let value: ts.Expression | undefined;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === key) {
      value = property.initializer;
    } else if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) {
      value = property.name;
    }
  }
  return value;
}

/** The callee's dotted name as written: `res.status`, `Boom.forbidden`, `createError`; undefined when dynamic. */
export function dottedName(node: ts.Expression): string | undefined {
  const inner = unwrap(node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (inner.kind === SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(inner)) {
    const left = dottedName(inner.expression);
    return left === undefined ? undefined : `${left}.${inner.name.text}`;
  }
  return undefined;
}

/** Whether a node starts a new function scope (statements after it belong to another body). */
export function isFunctionBoundary(node: ts.Node): boolean {
  return ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
}
