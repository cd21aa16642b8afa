import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

const CURSOR = '$$CURSOR$$';
const OPEN = '[[';
const CLOSE = ']]';

/** A fixture with its position markers stripped. */
export interface MarkedText {
  text: string;
  /** Offset of `$$CURSOR$$`, if the fixture has one. */
  cursor?: number;
  /** Offsets of each `[[ ... ]]` pair, in the order their openings appear. */
  spans: Array<{ start: number; end: number }>;
  document: TextDocument;
  cursorPosition(): Position;
  ranges(): Range[];
}

/**
 * Strips `$$CURSOR$$` and `[[`/`]]` markers from a fixture and records where they stood, measured
 * in the stripped text. (`|` is not used as a marker because TypeScript uses it.)
 */
export function parseMarkers(
  marked: string,
  uri = 'file:///workspace/src/fixture.ts',
  languageId = 'typescript',
): MarkedText {
  let text = '';
  let cursor: number | undefined;
  const spans: Array<{ start: number; end: number }> = [];
  const open: number[] = [];
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith(CURSOR, i)) {
      cursor = text.length;
      i += CURSOR.length;
    } else if (marked.startsWith(OPEN, i)) {
      open.push(spans.length);
      spans.push({ start: text.length, end: -1 });
      i += OPEN.length;
    } else if (marked.startsWith(CLOSE, i) && open.length > 0) {
      spans[open.pop()!].end = text.length;
      i += CLOSE.length;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (open.length > 0) throw new Error('fixture has an unclosed [[ marker');
  const document = TextDocument.create(uri, languageId, 1, text);
  return {
    text,
    cursor,
    spans,
    document,
    cursorPosition() {
      if (cursor === undefined) throw new Error('fixture has no $$CURSOR$$ marker');
      return document.positionAt(cursor);
    },
    ranges() {
      return spans.map((s) => ({ start: document.positionAt(s.start), end: document.positionAt(s.end) }));
    },
  };
}
