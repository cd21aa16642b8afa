import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';

/**
 * The text a range covers in the document as it is now, or undefined when the range does not lie
 * inside it. Quick fixes get their diagnostics back from the client, possibly stale (the user typed
 * since) or forged: a fix only edits text that still reads what the diagnostic was about.
 */
export function currentText(document: TextDocument, range: Range | undefined): string | undefined {
  if (!range || !isInside(document, range.start) || !isInside(document, range.end)) return undefined;
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  return start <= end ? document.getText().slice(start, end) : undefined;
}

function isInside(document: TextDocument, position: Range['start'] | undefined): boolean {
  if (!position || !Number.isInteger(position.line) || !Number.isInteger(position.character)) return false;
  // offsetAt clamps a position past the end of its line or of the document: a round trip tells.
  const back = document.positionAt(document.offsetAt(position));
  return back.line === position.line && back.character === position.character;
}
