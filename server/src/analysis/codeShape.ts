import type ts from 'typescript';
import { asStringLiteral } from './syntax';

/** The longest string read as a code; longer ones are prose. */
export const MAX_CODE_LENGTH = 128;

/** What a code literal may be: a word, not a sentence. `'Not found'` is a message, not a code. */
export function isCodeShaped(text: string): boolean {
  if (text.length === 0 || text.length > MAX_CODE_LENGTH) return false;
  for (const char of text) {
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0') return false;
  }
  return true;
}

/**
 * The string literal a code is written as, when `node` is one: code-shaped and written without
 * escapes, so the range of its characters spells the code exactly (a fix replacing that range
 * then replaces the code, nothing else).
 */
export function codeLiteral(node: ts.Expression | undefined): ts.StringLiteralLike | undefined {
  const literal = asStringLiteral(node);
  if (!literal || !isCodeShaped(literal.text)) return undefined;
  const source = literal.getSourceFile().text;
  const start = literal.getStart();
  const raw = source.slice(start + 1, start + 1 + literal.text.length);
  return raw === literal.text ? literal : undefined;
}
