import ts from 'typescript';

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
  if (!text.includes('async')) return text;
  /** Bracket depth of each `async` whose expression is still open. */
  const open: number[] = [];
  const blanked: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'" || char === '`') {
      i = endOfString(text, i);
    } else if (char === '/' && text[i + 1] === '/') {
      i = lineEnd(text, i);
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (char === '(' || char === '[' || char === '{') {
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      depth--;
      while (open.length > 0 && open[open.length - 1] > depth) open.pop();
    } else if (char === ',' || char === ';') {
      while (open.length > 0 && open[open.length - 1] >= depth) open.pop();
    } else if (char === 'a' && isLookaheadAsync(text, i)) {
      if (open.length >= MAX_NESTED_ASYNC) blanked.push(i);
      else open.push(depth);
      i += 4;
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
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
    else if (quote !== '`' && ts.isLineBreak(text.charCodeAt(i))) return i;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && !ts.isLineBreak(text.charCodeAt(at))) at++;
  return at;
}
