import type { CarrierExtension, EnvelopeExtension } from '../catalog/types';
import { envelopeTable, type EnvelopeCondition, type EnvelopeStyle, type PropertyPath } from './envelopes';
import { extensionCache } from './extensionCache';
import { carrierTable, CODE_DEFINERS } from './carriers';
import { isErrorEnumName } from './definitions';
import { MAX_CODE_LENGTH } from './codeShape';

/** What else than the built-in tables the prefilter must account for. */
interface PrefilterOptions {
  envelopes?: EnvelopeExtension[];
  carriers?: CarrierExtension[];
  /**
   * Class names defined elsewhere in the workspace (`ForbiddenError`): a file that only writes
   * `new ForbiddenError()` holds a reference without writing its code.
   */
  classNames?: Iterable<string>;
}

/**
 * Whether a document may hold a code reference or definition, decided on its text without parsing
 * it, so the CLI and the index skip most files at the cost of a few `indexOf` scans.
 *
 * It answers "no" only when the analyser could not find anything: every reference the analyser
 * reports needs, in the text,
 * - for an envelope: each key of its row's code path written as a property (`code:`, `'code' :`),
 *   since the analyser only follows object literals; `code?: string` in a type is no property;
 * - for a carrier that takes the code in an argument (`sendError(res, 'X')`): the callee's name;
 * - for a definition: the definer's name (`createError`), or `enum` followed by an error enum's
 *   name; a class reference in the same file needs its definition, so the same;
 * - for a class defined in another file: `new` and its name, when `classNames` is given.
 *
 * It does not tell comments from code: a key in a comment costs a parse, never a missed reference.
 *
 * With `knownCodes`, it answers whether the document may reference one of those codes: one of
 * them must also appear quoted (`'X'`, `"X"`, `` `X` ``), as every envelope, carrier and
 * definition writes it, unless a class name is present. A numeric code (a status-only catalog's
 * `404`) may be written as `StatusCodes.NOT_FOUND`: with one among them, codes do not narrow.
 */
export function mayContainReferences(
  text: string,
  knownCodes?: Iterable<string>,
  options: PrefilterOptions = {},
): boolean {
  if (constructsOneOf(text, options.classNames)) return true;
  if (!hasShape(text, options)) return false;
  if (knownCodes === undefined) return true;
  const codes = new Set(knownCodes);
  for (const code of codes) if (isNumeric(code)) return true;
  return quotesOneOf(text, codes);
}

function constructsOneOf(text: string, classNames: Iterable<string> | undefined): boolean {
  if (classNames === undefined) return false;
  const names = classNames instanceof Set ? (classNames as ReadonlySet<string>) : new Set(classNames);
  if (names.size === 0) return false;
  const constructed = constructedNames(text);
  return constructed === undefined || constructed.some((name) => names.has(name));
}

/**
 * The names a document constructs with `new` (`new ForbiddenError()`, `new (ForbiddenError)()`),
 * which is the only way the analyser reads a class as a reference: a file that constructs none
 * of the workspace's error classes need not be parsed for them. Undefined when a construction is
 * written in a way this scan does not follow (an escape in the name, a type assertion), so the
 * caller parses the file rather than miss a use. Comments and strings are not told from code: a
 * `new X` in a comment costs a parse, never a missed reference.
 */
export function constructedNames(text: string): string[] | undefined {
  const names: string[] = [];
  for (let at = text.indexOf('new'); at >= 0; at = text.indexOf('new', at + 1)) {
    if (isNameChar(text[at - 1]) || isNameChar(text[at + 3])) continue;
    let i = skipTrivia(text, at + 3);
    while (text[i] === '(') i = skipTrivia(text, i + 1);
    const start = i;
    while (isNameChar(text[i])) i++;
    // `new X\u0059()` names a class this scan cannot spell; `new (<T>X)()` asserts a type first.
    if (text[i] === '\\' || (i === start && text[i] === '<')) return undefined;
    if (i > start) names.push(text.slice(start, i));
  }
  return names;
}

/** The offset after white space and comments from `at`. */
function skipTrivia(text: string, at: number): number {
  let i = at;
  for (;;) {
    if (isBlank(text[i]) || isOtherSpace(text[i])) i++;
    else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else return i;
  }
}

/** A character of an identifier: not white space, which `isIdentifierChar` lets through above ASCII. */
function isNameChar(char: string | undefined): boolean {
  return isIdentifierChar(char) && !isOtherSpace(char);
}

/** White space TypeScript skips besides spaces, tabs and line ends. */
function isOtherSpace(char: string | undefined): boolean {
  return (
    char === '\v' ||
    char === '\f' ||
    char === '\u00a0' ||
    char === '\u0085' ||
    char === '\u1680' ||
    (char !== undefined && char >= '\u2000' && char <= '\u200b') ||
    char === '\u2028' ||
    char === '\u2029' ||
    char === '\u202f' ||
    char === '\u205f' ||
    char === '\u3000' ||
    char === '\ufeff'
  );
}

/**
 * Whether the text holds `'X'`, `"X"` or `` `X` `` for an X of `codes`, in one pass. Each quote
 * character is tried as an opening one, without pairing quotes up: an apostrophe in a comment
 * cannot make a later code go unseen.
 */
function quotesOneOf(text: string, codes: ReadonlySet<string>): boolean {
  if (codes.size === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const quote = text[i];
    if (quote !== "'" && quote !== '"' && quote !== '`') continue;
    let end = i + 1;
    while (end < text.length && end - i <= MAX_CODE_LENGTH && text[end] !== quote && !isBlank(text[end]))
      end++;
    if (text[end] === quote && codes.has(text.slice(i + 1, end))) return true;
  }
  return false;
}

/** What the text must show for each table row, derived once per set of extensions. */
interface ShapeSpec {
  envelopes: EnvelopeShape[];
  /** Carriers that take the code in an object argument (`ctx.throw(403, msg, { code })`). */
  codeObjects: CodeObjectShape[];
  /** Names of carriers that take the code in an argument, and of code definers. */
  callNames: string[];
}

/**
 * The keys a row's literal must write: those of its code path and of the conditions that need a
 * value, and, of its alternative conditions, every key of one. A flat `{ code, message }` needs a
 * message or a status besides the code, so `{ code: 'USD' }` alone costs no parse.
 */
interface EnvelopeShape {
  /** Keys written `key: value`: the steps to a string code, whose value must be a literal there. */
  properties: string[];
  /** Keys that may also be shorthand (`{ status }` naming a constant): conditions, a status code. */
  values: string[];
  anyOf: string[][];
}

/** A carrier's name, as a callee or as a method (`.throw`), and the keys of its code object. */
interface CodeObjectShape {
  callees: string[];
  methods: string[];
  keys: string[];
}

const shapeSpec = extensionCache((envelopes, carriers): ShapeSpec => ({
  envelopes: envelopeTable(envelopes).map(envelopeShape),
  codeObjects: carrierTable(carriers)
    .filter((row) => row.codeObjectArguments !== undefined && row.codeObjectArguments.length > 0)
    .map((row) => ({
      callees: (row.callees ?? []).map(lastSegment),
      methods: [...(row.methods ?? [])],
      keys: keysOf(row.codeObjectPath ?? ['code']),
    })),
  callNames: [
    ...carrierTable(carriers)
      .filter((row) => row.codeArgument !== undefined)
      .flatMap((row) => [...(row.callees ?? []), ...(row.methods ?? [])]),
    ...CODE_DEFINERS.flatMap((definer) => definer.callees),
  ].map(lastSegment),
}));

function envelopeShape(row: EnvelopeStyle): EnvelopeShape {
  // `not-string` holds of an absent value: only the other tests need their path written.
  const needsValue = (condition: EnvelopeCondition) => condition.test !== 'not-string';
  const path = keysOf(row.codePath);
  const last = row.codeIs === 'status' ? path.splice(-1) : [];
  const conditions = (row.conditions ?? []).filter(needsValue).flatMap((condition) => keysOf(condition.path));
  return {
    properties: path,
    values: [...last, ...conditions],
    anyOf:
      row.anyOf && row.anyOf.every(needsValue) ? row.anyOf.map((condition) => keysOf(condition.path)) : [],
  };
}

function hasShape(text: string, options: PrefilterOptions): boolean {
  const spec = shapeSpec(options.envelopes, options.carriers);
  // Rows share keys (`code`, `error`, `status`): each is looked for once per document.
  const properties = new Map<string, boolean>();
  const property = (key: string) => remember(properties, key, () => hasPropertyKey(text, key));
  const values = new Map<string, boolean>();
  const value = (key: string) => remember(values, key, () => property(key) || hasShorthandKey(text, key));
  for (const shape of spec.envelopes) {
    if (!shape.properties.every(property) || !shape.values.every(value)) continue;
    if (shape.anyOf.length === 0 || shape.anyOf.some((keys) => keys.every(value))) return true;
  }
  for (const shape of spec.codeObjects) {
    // The keys first: one search, where the names (thirty-odd `boom` methods) are as many.
    if (!shape.keys.every(property)) continue;
    const called =
      shape.callees.some((name) => containsWord(text, name)) ||
      shape.methods.some((name) => hasMethodName(text, name));
    if (called) return true;
  }
  if (spec.callNames.some((name) => containsWord(text, name))) return true;
  return hasErrorEnum(text) || hasWrapperOrStatusMap(text);
}

/**
 * A class that keeps a code it is given (`this.code = code`), which other files construct, or a
 * map or switch between codes and statuses (`not_found: 404`, `[ErrorCode.X]: HttpStatus.NOT_FOUND`,
 * `return 404`, `case HttpStatus.NOT_FOUND:`): the analyser reads both as the workspace's error
 * vocabulary.
 */
function hasWrapperOrStatusMap(text: string): boolean {
  if (text.includes('this.code') || text.includes('this.errorCode')) return true;
  return STATUS_VALUE.test(text);
}

/**
 * An error status written as a map's value (`key: 404,`, up to the comma, brace or line end that
 * ends an entry, unlike a conditional's `: 500;`), returned by a case (`return 404`) or a case's label.
 */
const STATUS_VALUE =
  /(?::\s*(?:[45]\d\d|(?:HttpStatus|StatusCodes|HttpStatusCode)\.[A-Z_]+)\s*[,}\r\n])|\b(?:return|case)\s+(?:[45]\d\d\b|(?:HttpStatus|StatusCodes|HttpStatusCode)\.[A-Z])/;

function remember(answers: Map<string, boolean>, key: string, find: () => boolean): boolean {
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = find()));
  return answer;
}

/** `.name` with white space or `?` allowed before the name: a method the carrier table matches. */
function hasMethodName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (isIdentifierChar(text[at - 1]) || isIdentifierChar(text[at + name.length])) continue;
    let i = at - 1;
    while (i >= 0 && (isBlank(text[i]) || isOtherSpace(text[i]))) i--;
    if (text[i] === '.') return true;
  }
  return false;
}

function keysOf(path: PropertyPath): string[] {
  return path.filter((segment) => segment !== '[]');
}

function lastSegment(dotted: string): string {
  const dot = dotted.lastIndexOf('.');
  return dot < 0 ? dotted : dotted.slice(dot + 1);
}

function isNumeric(code: string): boolean {
  return code.length > 0 && [...code].every((char) => char >= '0' && char <= '9');
}

function isIdentifierChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  return (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z') ||
    (char >= '0' && char <= '9') ||
    char === '_' ||
    char === '$' ||
    char > '\u007f'
  );
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/**
 * Whether `found` holds at the end offset of some occurrence of `word` not inside a longer
 * identifier. A plain loop rather than a generator: it runs over every file of the workspace.
 */
function someWordEnd(text: string, word: string, found: (end: number) => boolean): boolean {
  if (word.length === 0) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!isIdentifierChar(text[at - 1]) && !isIdentifierChar(text[end]) && found(end)) return true;
  }
  return false;
}

function containsWord(text: string, word: string): boolean {
  return someWordEnd(text, word, () => true);
}

/**
 * `key:`, `'key':`, `"key" :`, `['key']:`: the key of a property assignment, which follows `{`,
 * `,` or `[`. So a parameter (`(error: Error)`), a value in a conditional (`ok ? status : 500`)
 * and a case (`case status:`) do not make a literal look written.
 */
function hasPropertyKey(text: string, key: string): boolean {
  return someWordEnd(text, key, (end) => {
    const quoted = text[end] === '"' || text[end] === "'" || text[end] === '`';
    let i = quoted ? end + 1 : end;
    if (text[i] === ']') i++;
    while (isBlank(text[i])) i++;
    return text[i] === ':' && opensProperty(text, end - key.length - (quoted ? 2 : 1));
  });
}

/** `{ key }`, `{ a, key, b }`: a shorthand property, or anything written like one. */
function hasShorthandKey(text: string, key: string): boolean {
  return someWordEnd(text, key, (end) => {
    let after = end;
    while (isBlank(text[after]) || isOtherSpace(text[after])) after++;
    if (text[after] !== ',' && text[after] !== '}' && text[after] !== '/') return false;
    return opensProperty(text, end - key.length - 1);
  });
}

/**
 * Whether what ends at `at` may come right before a property of an object literal: `{`, `,` or
 * `[` after white space. A comment in between, or a `//` earlier on the line (it may be a comment
 * or sit in a string), leaves it open: the answer errs towards a parse.
 */
function opensProperty(text: string, at: number): boolean {
  let i = at;
  while (i >= 0 && (isBlank(text[i]) || isOtherSpace(text[i]))) i--;
  if (i < 0) return false;
  if (text[i] === '{' || text[i] === ',' || text[i] === '[') return true;
  if (text[i] === '/') return true;
  const lineStart = Math.max(text.lastIndexOf('\n', i), text.lastIndexOf('\r', i)) + 1;
  const comment = text.indexOf('//', lineStart);
  return comment >= 0 && comment < i;
}

/** `enum ErrorCode`: an enum whose name makes its string members definitions. */
function hasErrorEnum(text: string): boolean {
  return someWordEnd(text, 'enum', (end) => {
    let i = end;
    while (isBlank(text[i])) i++;
    const start = i;
    while (isIdentifierChar(text[i])) i++;
    return i > start && isErrorEnumName(text.slice(start, i));
  });
}
