import ts from './typescript';

/**
 * TypeScript 5.9 decides whether `async x` starts an arrow function (`async x => ...`) by parsing
 * the whole expression after `async` speculatively, then parsing it again for real. An `async`
 * inside that expression does the same, so the time doubles with each `async` nested in another:
 * 20 nested `f(async function () { ... })` take seconds, 30 take an hour, and a workspace file is
 * parsed as soon as the folder opens. Real code nests a few; past this many, the inner ones lose
 * the keyword before parsing.
 */
export const MAX_NESTED_ASYNC = 8;

/**
 * The text with each `async` nested more than MAX_NESTED_ASYNC deep in other `async` expressions
 * blanked out: the same length, so every offset and range holds. The function it marked is read
 * as an ordinary one, which changes nothing the analyser looks at (TypeScript still parses `await`
 * inside as an await expression). Strings and comments are skipped; the rest is counted by brackets.
 */
export function defuseAsyncLookaheads(text: string): string {
  // Nesting past the bound needs that many `async` words: most files, and every keystroke in
  // them, stop here. The scan below reads character codes, as it runs on every edit of a document.
  let count = 0;
  for (
    let at = text.indexOf('async');
    at >= 0 && count <= MAX_NESTED_ASYNC;
    at = text.indexOf('async', at + 5)
  )
    count++;
  if (count <= MAX_NESTED_ASYNC) return text;
  /** Bracket depth of each `async` whose expression is still open. */
  const open: number[] = [];
  const blanked: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case QUOTE:
      case DOUBLE_QUOTE:
      case BACKTICK:
        i = endOfString(text, i);
        break;
      case SLASH: {
        const next = text.charCodeAt(i + 1);
        if (next === SLASH) i = lineEnd(text, i);
        else if (next === STAR) {
          const end = text.indexOf('*/', i + 2);
          i = end < 0 ? text.length : end + 1;
        }
        break;
      }
      case OPEN_PAREN:
      case OPEN_BRACKET:
      case OPEN_BRACE:
        depth++;
        break;
      case CLOSE_PAREN:
      case CLOSE_BRACKET:
      case CLOSE_BRACE:
        depth--;
        while (open.length > 0 && open[open.length - 1] > depth) open.pop();
        break;
      case COMMA:
      case SEMICOLON:
        while (open.length > 0 && open[open.length - 1] >= depth) open.pop();
        break;
      case LOWER_A:
        if (isLookaheadAsync(text, i)) {
          if (open.length >= MAX_NESTED_ASYNC) blanked.push(i);
          else open.push(depth);
          i += 4;
        }
        break;
    }
  }
  if (blanked.length === 0) return text;
  let result = '';
  let from = 0;
  for (const at of blanked) {
    result += text.slice(from, at) + '     ';
    from = at + 5;
  }
  return result + text.slice(from);
}

const QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const BACKTICK = 0x60;
const SLASH = 0x2f;
const STAR = 0x2a;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const LOWER_A = 0x61;
const BACKSLASH = 0x5c;

/** `async` as a word, followed on its line by something other than `=>`: TypeScript looks ahead. */
function isLookaheadAsync(text: string, at: number): boolean {
  if (!text.startsWith('async', at) || isNamePart(text, at - 1) || isNamePart(text, at + 5)) return false;
  let next = skipSpaces(text, at + 5);
  // Across a line break (U+2028 and U+2029 included) `async` is a plain name to TypeScript.
  if (next >= text.length || ts.isLineBreak(text.charCodeAt(next))) return false;
  if (text.startsWith('=>', next)) return false;
  // `async x => ...`: the look-ahead reads one name and stops.
  const nameStart = next;
  while (isNamePart(text, next)) next++;
  if (next === nameStart) return true;
  return !text.startsWith('=>', skipSpaces(text, next));
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && ts.isWhiteSpaceSingleLine(text.charCodeAt(at))) at++;
  return at;
}

function isNamePart(text: string, at: number): boolean {
  return at >= 0 && at < text.length && ts.isIdentifierPart(text.charCodeAt(at), ts.ScriptTarget.Latest);
}

function endOfString(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === quote) return i;
    else if (quote !== BACKTICK && ts.isLineBreak(code)) return i;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && !ts.isLineBreak(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The defused text of `next` when the edit from `before` cannot change what is blanked, built from
 * the defused text of `before` without a scan; undefined otherwise. Such an edit only replaces
 * ASCII name characters (a letter typed in a code, a word deleted) and the name it leaves or
 * touches holds no `async`: it opens or closes no string, comment or bracket, and makes or breaks
 * no `async`, so the scan would see the same structure, moved.
 */
export function defuseAfterNameEdit(
  before: string,
  beforeDefused: string,
  next: string,
  change: { span: { start: number; length: number }; newLength: number },
): string | undefined {
  const start = change.span.start;
  const removedEnd = start + change.span.length;
  const insertedEnd = start + change.newLength;
  if (!allNameCharacters(before, start, removedEnd) || !allNameCharacters(next, start, insertedEnd))
    return undefined;
  if (nameAroundHoldsAsync(before, start, removedEnd) || nameAroundHoldsAsync(next, start, insertedEnd))
    return undefined;
  return beforeDefused.slice(0, start) + next.slice(start, insertedEnd) + beforeDefused.slice(removedEnd);
}

function allNameCharacters(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isAsciiNameCharacter(text.charCodeAt(i))) return false;
  return true;
}

/** Whether the run of name characters through `[from, to)` holds `async`. */
function nameAroundHoldsAsync(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && isAsciiNameCharacter(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && isAsciiNameCharacter(text.charCodeAt(end))) end++;
  return text.slice(start, end).includes('async');
}

function isAsciiNameCharacter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x24
  );
}
