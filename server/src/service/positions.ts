import type { Position, Range } from 'vscode-languageserver-types';

/** True when the position lies within the range, its ends included (a cursor after the last character counts). */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** True when `inner` lies within `outer`, ends included. */
export function rangeWithin(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
