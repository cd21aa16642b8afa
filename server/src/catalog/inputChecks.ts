import type { CatalogLoadResult, CatalogProblem } from './types';
import { makeProblem, ProblemCodes } from './problems';
import { createOffsetMapper, DOCUMENT_START, type OffsetMapper } from './positions';

const REPLACEMENT_CHARACTER = '\uFFFD';
const MIB = 1024 * 1024;

/**
 * The largest catalogs read, in characters. Real catalogs are a few kilobytes; far larger inputs
 * are mistakes, and refusing them keeps the language server answering. The Markdown parser is
 * the slowest, so documentation gets the lower limit.
 */
export const MAX_CANONICAL_CATALOG_LENGTH = 4 * MIB;
export const MAX_DOCUMENTATION_LENGTH = MIB / 2;

/**
 * Leading whitespace, `>` and list markers a line may open with. The Markdown and YAML parsers
 * spend time quadratic in nesting depth; no catalog nests anywhere near this deep.
 */
const MAX_LINE_NESTING = 64;

/**
 * Open `{` and `[`, or indicators chained on one line, a YAML document may nest. The yaml parser
 * recurses per level; near the end of the stack V8 may fail to compile a regular expression and
 * end the process outright (a fatal "out of memory", no exception to catch, no V8 flag that
 * avoids it): a second load of 1,000 nested `{` did so. The parser must never get that deep.
 */
export const MAX_FLOW_NESTING = 64;

/** How much of the start is sampled for control characters when deciding a file is binary. */
const BINARY_SAMPLE_LENGTH = 8192;
/** Share of control or replacement characters in the sample above which the file is binary. */
const BINARY_RATIO = 0.1;

interface InputLimits {
  maxLength: number;
  /** Whether the format nests by line prefix (Markdown, YAML) and needs the nesting guard. */
  limitNesting: boolean;
  /** Whether the format nests by `{` and `[` (YAML flow collections) and needs that guard too. */
  limitFlowNesting?: boolean;
}

/**
 * Runs a loader's parse inside the checks every loader shares: too large, binary, empty, nested
 * too deeply, invalid UTF-8 (a warning), and a failure of the parser itself. Bad input thus always
 * yields a result with a problem, never an exception. `parsed: false` keeps the last good version.
 */
export function loadGuarded(
  text: string,
  limits: InputLimits,
  read: (mapper: OffsetMapper) => CatalogLoadResult,
): CatalogLoadResult {
  if (text.length > limits.maxLength) return unread(tooLargeProblem(text.length, limits.maxLength));
  let mapper: OffsetMapper | undefined;
  const getMapper = () => (mapper ??= createOffsetMapper(text));
  const binary = findBinaryContent(text);
  if (binary !== undefined) return unread(binaryProblem(getMapper(), binary));
  if (text.trim() === '') return emptyCatalogResult();
  const deepLine = limits.limitNesting ? findDeeplyNestedLine(text) : undefined;
  if (deepLine !== undefined) return unread(nestingProblem(getMapper().range(deepLine, deepLine)));
  const deepFlow = limits.limitFlowNesting ? findDeepFlowCollection(text) : undefined;
  if (deepFlow !== undefined) return unread(nestingProblem(getMapper().range(deepFlow, deepFlow + 1)));
  let result: CatalogLoadResult;
  try {
    result = read(getMapper());
  } catch (error) {
    // A parser recurses per nesting level: absurd input can still exhaust the stack.
    if (error instanceof RangeError) return unread(nestingProblem(DOCUMENT_START));
    return unread(
      makeProblem(ProblemCodes.unreadableCatalog, `The catalog could not be read: ${error}`, DOCUMENT_START),
    );
  }
  const encoding = findEncodingProblem(text, getMapper());
  if (encoding) result.problems.unshift(encoding);
  return result;
}

function unread(problem: CatalogProblem): CatalogLoadResult {
  return { entries: [], problems: [problem], kind: 'codes', parsed: false };
}

/** The result for a document that holds nothing (or only comments): valid, but defines no code. */
export function emptyCatalogResult(): CatalogLoadResult {
  const problem = makeProblem(
    ProblemCodes.emptyCatalog,
    'The catalog file is empty: it defines no error codes.',
    DOCUMENT_START,
    'warning',
  );
  return { entries: [], problems: [problem], kind: 'codes', parsed: true };
}

function tooLargeProblem(length: number, maxLength: number): CatalogProblem {
  const size = (n: number) => `${(n / MIB).toFixed(1)} MB`;
  return makeProblem(
    ProblemCodes.fileTooLarge,
    `This catalog is ${size(length)}; catalogs over ${size(maxLength)} are not read. Split it into several files (a root catalog can \`include\` them).`,
    DOCUMENT_START,
  );
}

function binaryProblem(mapper: OffsetMapper, offset: number): CatalogProblem {
  return makeProblem(
    ProblemCodes.binaryContent,
    'This file holds binary data, not a text catalog; it was not read.',
    mapper.range(offset, offset + 1),
  );
}

function nestingProblem(range: CatalogProblem['range']): CatalogProblem {
  return makeProblem(ProblemCodes.nestingTooDeep, 'The catalog nests too deeply to be read.', range);
}

/**
 * A text catalog never holds NUL, and decoded binary data is mostly control and replacement
 * characters. Returns the offset of the first offending character when the file is binary.
 */
function findBinaryContent(text: string): number | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return nul;
  const sampleLength = Math.min(text.length, BINARY_SAMPLE_LENGTH);
  let suspicious = 0;
  let first: number | undefined;
  for (let i = 0; i < sampleLength; i++) {
    const code = text.charCodeAt(i);
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
    if (control || code === 0xfffd) {
      suspicious++;
      first ??= i;
    }
  }
  return suspicious > sampleLength * BINARY_RATIO ? first : undefined;
}

/** The offset of the first line whose nesting prefix exceeds MAX_LINE_NESTING, in one pass. */
function findDeeplyNestedLine(text: string): number | undefined {
  let lineStart = 0;
  while (lineStart < text.length) {
    if (nestingPrefixLength(text, lineStart) > MAX_LINE_NESTING) return lineStart;
    const next = text.indexOf('\n', lineStart);
    if (next < 0) return undefined;
    lineStart = next + 1;
  }
  return undefined;
}

/**
 * The offset where a YAML document nests past MAX_FLOW_NESTING without indentation: a `{` or `[`
 * opened that deep, or that many indicators (`- `, `? `, `: `) chained on one line (`? - ? - ...`,
 * `"a": "a": ...`), each of which the parser recurses into. Quoted scalars and comments are
 * skipped; one pass.
 */
function findDeepFlowCollection(text: string): number | undefined {
  let depth = 0;
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (character === '{' || character === '[') {
      if (++depth > MAX_FLOW_NESTING) return i;
    } else if (character === '}' || character === ']') {
      depth = Math.max(0, depth - 1);
    } else if (character === '\n') {
      indicators = 0;
    } else if ((character === '-' || character === '?' || character === ':') && isIndicator(text, i)) {
      if (++indicators > MAX_FLOW_NESTING) return i;
    } else if (character === '#' && (i === 0 || ' \t\n\r'.includes(text[i - 1]))) {
      i = endOfLine(text, i) - 1;
    } else if ((character === '"' || character === "'") && startsScalar(text, i)) {
      i = endOfQuoted(text, i);
    }
  }
  return undefined;
}

/** `-`, `?` or `:` followed by white space or the end of the line: a YAML indicator, not text. */
function isIndicator(text: string, at: number): boolean {
  const next = text[at + 1];
  return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
}

/** A quote opens a quoted scalar after an indicator or at a line start, not inside plain text (`it's`). */
function startsScalar(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || ':,[{-?\n\r'.includes(text[i]);
}

function endOfQuoted(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote && quote === "'" && text[i + 1] === "'") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Leading whitespace, `>` and list markers (`- `, `* `, `+ `, `1. `): each may open a level. */
function nestingPrefixLength(text: string, start: number): number {
  let i = start;
  while (i < text.length && i - start <= MAX_LINE_NESTING) {
    const character = text[i];
    if (character === ' ' || character === '\t' || character === '>') i++;
    else if ('-*+'.includes(character) && (text[i + 1] === ' ' || text[i + 1] === '\t')) i += 2;
    else if (isDigit(character)) {
      let end = i;
      while (isDigit(text[end])) end++;
      if ((text[end] !== '.' && text[end] !== ')') || text[end + 1] !== ' ') break;
      i = end + 2;
    } else break;
  }
  return i - start;
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

/**
 * Decoding is the caller's job, and it turns invalid UTF-8 into U+FFFD. Those characters would end
 * up inside codes and descriptions unnoticed, so the first one is reported with a count.
 */
function findEncodingProblem(text: string, mapper: OffsetMapper): CatalogProblem | undefined {
  const first = text.indexOf(REPLACEMENT_CHARACTER);
  if (first < 0) return undefined;
  let count = 0;
  for (let at = first; at >= 0; at = text.indexOf(REPLACEMENT_CHARACTER, at + 1)) count++;
  const times = count === 1 ? 'once' : `${count} times`;
  return makeProblem(
    ProblemCodes.invalidEncoding,
    `The file is not valid UTF-8: the replacement character U+FFFD occurs ${times}, first here.`,
    mapper.range(first, first + 1),
    'warning',
  );
}
