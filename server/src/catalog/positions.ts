import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';

/** Turns offsets of one text into LSP ranges. */
export interface OffsetMapper {
  range(start: number, end: number): Range;
  /** One-based line of an offset, for messages that point at another place. */
  line(offset: number): number;
}

/**
 * Line starts are computed once and each lookup is a binary search, so mapping stays linear in the
 * size of the text even for very large catalogs.
 */
export function createOffsetMapper(text: string): OffsetMapper {
  const document = TextDocument.create('catalog:offsets', 'plaintext', 0, text);
  return {
    range: (start, end) => ({ start: document.positionAt(start), end: document.positionAt(end) }),
    line: (offset) => document.positionAt(offset).line + 1,
  };
}

/** The empty range at the start of a document, for problems about the document as a whole. */
export const DOCUMENT_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
