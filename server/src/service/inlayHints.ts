import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { ServiceContext } from './context';
import { comparePositions } from './positions';
import { entryOf } from './entryOf';
import { formatStatus } from './statusText';

/**
 * The catalog's status after each code string of a source document (`'FORBIDDEN'` `403`), so the
 * status a code stands for is read where the code is written. Only hints within `range`.
 */
export function doInlayHints(document: TextDocument, range: Range, context: ServiceContext): InlayHint[] {
  const model = context.analyze(document);
  const catalog = context.catalogFor(document.uri);
  const text = document.getText();
  const hints: InlayHint[] = [];
  for (const reference of model.references) {
    if (reference.kind !== 'envelope') continue;
    const entry = entryOf(catalog, reference);
    if (!entry || entry.statuses.length === 0) continue;
    const start = document.offsetAt(reference.range.start);
    const end = document.offsetAt(reference.range.end);
    // After the closing quote; a string still being typed has none, and gets no hint yet.
    if (start === 0 || text[end] !== text[start - 1]) continue;
    const position = document.positionAt(end + 1);
    if (comparePositions(position, range.start) < 0 || comparePositions(position, range.end) > 0) continue;
    hints.push({
      position,
      label: entry.statuses.join(' | '),
      paddingLeft: true,
      tooltip: `${entry.code}: ${entry.statuses.map(formatStatus).join(', ')}`,
    });
  }
  return hints;
}
