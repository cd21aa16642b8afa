import type { CarrierExtension, EnvelopeExtension } from '../catalog/types';
import { envelopeTable, type PropertyPath } from './envelopes';
import { extensionCache } from './extensionCache';
import { carrierTable, CODE_DEFINERS } from './carriers';
import { isErrorEnumName } from './definitions';
import { MAX_CODE_LENGTH } from './codeShape';

/** What else than the built-in tables the prefilter must account for. */
export interface PrefilterOptions {
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
 * - for a class defined in another file: its name, when `classNames` is given.
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
  const classNames = [...(options.classNames ?? [])];
  if (classNames.some((name) => containsWord(text, name))) return true;
  if (!hasShape(text, options)) return false;
  if (knownCodes === undefined) return true;
  const codes = new Set(knownCodes);
  for (const code of codes) if (isNumeric(code)) return true;
  return quotesOneOf(text, codes);
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
  /** Per envelope row, the keys of its code path. */
  envelopeKeys: string[][];
  /** Names of carriers that take the code in an argument, and of code definers. */
  callNames: string[];
}

const shapeSpec = extensionCache((envelopes, carriers): ShapeSpec => ({
  envelopeKeys: envelopeTable(envelopes).map((row) => keysOf(row.codePath)),
  callNames: [
    ...carrierTable(carriers)
      .filter((row) => row.codeArgument !== undefined)
      .flatMap((row) => [...(row.callees ?? []), ...(row.methods ?? [])]),
    ...CODE_DEFINERS.flatMap((definer) => definer.callees),
  ].map(lastSegment),
}));

function hasShape(text: string, options: PrefilterOptions): boolean {
  const spec = shapeSpec(options.envelopes, options.carriers);
  if (spec.envelopeKeys.some((keys) => keys.every((key) => hasPropertyKey(text, key)))) return true;
  if (spec.callNames.some((name) => containsWord(text, name))) return true;
  return hasErrorEnum(text);
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

/** Each occurrence of `word` not inside a longer identifier, as its end offset. */
function* wordEnds(text: string, word: string): Generator<number> {
  if (word.length === 0) return;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!isIdentifierChar(text[at - 1]) && !isIdentifierChar(text[end])) yield end;
  }
}

function containsWord(text: string, word: string): boolean {
  return !wordEnds(text, word).next().done;
}

/** `key:`, `'key':`, `"key" :`, `['key']:`: the key of a property assignment. */
function hasPropertyKey(text: string, key: string): boolean {
  for (let i of wordEnds(text, key)) {
    if (text[i] === '"' || text[i] === "'" || text[i] === '`') i++;
    if (text[i] === ']') i++;
    while (isBlank(text[i])) i++;
    if (text[i] === ':') return true;
  }
  return false;
}

/** `enum ErrorCode`: an enum whose name makes its string members definitions. */
function hasErrorEnum(text: string): boolean {
  for (let i of wordEnds(text, 'enum')) {
    while (isBlank(text[i])) i++;
    const start = i;
    while (isIdentifierChar(text[i])) i++;
    if (i > start && isErrorEnumName(text.slice(start, i))) return true;
  }
  return false;
}
