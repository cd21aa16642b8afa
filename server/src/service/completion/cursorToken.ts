import ts from '../../analysis/typescript';

/**
 * The token the cursor is in, as far as completion cares: a string (closed or still being typed),
 * a number, a word, or nothing (`empty`, between tokens). `start`/`end` are offsets of the whole
 * token, the quotes of a string included: what a completion item replaces.
 */
export interface CursorToken {
  kind: 'string' | 'number' | 'word' | 'empty';
  start: number;
  end: number;
  /** The opening quote of a string. */
  quote?: string;
  /** Whether a string has its closing quote. */
  terminated?: boolean;
}

/** A character of a JavaScript identifier (ASCII; enough for the names completion writes). */
export function isIdentifierCharacter(char: string): boolean {
  return (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z') ||
    (char >= '0' && char <= '9') ||
    char === '_' ||
    char === '$'
  );
}

/** Characters a code may be made of, for the end of a code typed into a string not yet closed. */
function isCodeCharacter(char: string): boolean {
  return (char !== '$' && isIdentifierCharacter(char)) || char === '-' || char === '.' || char === ':';
}

/**
 * Whether the rest of a string after the cursor is code rather than text: a quote just typed
 * before `, message: 'No.' }` pairs with the next string's opening quote, and what lies between
 * is punctuation no message or code has (`error: '|, message: '`).
 */
function swallowsCode(rest: string): boolean {
  for (const char of rest) if (',;{}()[]'.includes(char)) return true;
  return false;
}

/** The token at `offset` of a parsed document. */
export function tokenAt(sourceFile: ts.SourceFile, offset: number): CursorToken {
  const node = innermostNodeAt(sourceFile, offset);
  const text = sourceFile.text;
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
    const start = node.getStart(sourceFile);
    const quote = text[start];
    const terminated = node.end - start >= 2 && text[node.end - 1] === quote;
    if (offset > start && !(terminated && offset === node.end)) {
      const closing = terminated ? node.end - 1 : node.end;
      if (terminated && !swallowsCode(text.slice(offset, closing))) {
        return { kind: 'string', start, end: node.end, quote, terminated };
      }
      // A string still being typed runs to the end of the line, or to the opening quote of the
      // next string on it: it ends where the code being typed does, and gets its closing quote.
      let end = offset;
      while (end < closing && isCodeCharacter(text[end])) end++;
      return { kind: 'string', start, end, quote, terminated: false };
    }
  } else if (node && ts.isNumericLiteral(node)) {
    return { kind: 'number', start: node.getStart(sourceFile), end: node.end };
  } else if (node && ts.isIdentifier(node)) {
    return { kind: 'word', start: node.getStart(sourceFile), end: node.end };
  }
  return { kind: 'empty', start: offset, end: offset };
}

/** The deepest node whose text (without leading trivia) contains the offset, its ends included. */
function innermostNodeAt(sourceFile: ts.SourceFile, offset: number): ts.Node | undefined {
  const containing = (node: ts.Node): ts.Node | undefined =>
    ts.forEachChild(node, (child) =>
      child.getStart(sourceFile) <= offset && offset <= child.end ? child : undefined,
    );
  let found: ts.Node | undefined;
  for (let next = containing(sourceFile); next; next = containing(next)) found = next;
  return found;
}

/** The document's text with a token replaced. */
export function replaceToken(text: string, token: CursorToken, replacement: string): string {
  return text.slice(0, token.start) + replacement + text.slice(token.end);
}

/** The last character before the token that is not white space (`(`, `:`, ...), or ''. */
export function characterBefore(text: string, token: CursorToken): string {
  let i = token.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 ? text[i] : '';
}
