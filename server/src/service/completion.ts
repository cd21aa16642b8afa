import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { ServiceContext } from './context';
import { referenceAt } from './references';
import { formatStatus } from './statusText';

/**
 * Completion of catalog codes inside a code position. Each item replaces the whole code
 * between the quotes, whatever part of it was typed. Codes whose status matches the status the
 * response already sends sort first.
 */
export function doComplete(
  document: TextDocument,
  position: Position,
  context: ServiceContext,
): CompletionList {
  const model = context.analyze(document);
  const reference = referenceAt(model, position);
  if (!reference || reference.kind === 'class') return { isIncomplete: false, items: [] };
  const sentStatus = reference.status?.value;
  const items = context
    .catalogFor(document.uri)
    .entries()
    .map((entry) => {
      const matchesStatus = sentStatus !== undefined && entry.statuses.includes(sentStatus);
      return {
        label: entry.code,
        kind: CompletionItemKind.Constant,
        detail: entry.statuses.map(formatStatus).join(', ') || undefined,
        documentation: entry.description
          ? { kind: 'markdown' as const, value: entry.description }
          : undefined,
        sortText: `${matchesStatus ? '0' : '1'}${entry.code}`,
        filterText: entry.code,
        textEdit: { range: reference.range, newText: entry.code },
        tags: entry.deprecated ? [1 as const] : undefined,
      };
    });
  return { isIncomplete: false, items };
}
