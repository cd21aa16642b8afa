import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { CodeReference, SourceModel } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import { referenceAt } from '../references';
import { escapeMarkdown } from '../markdownEscape';
import { formatStatus } from '../statusText';
import type { CompletionProbe } from './probe';

/**
 * Catalog codes where a code goes. In a closed string the analyser already reads as a code, an
 * item replaces the code between the quotes; anywhere else a code would count (a string still
 * being typed, an empty one, no quote yet) it replaces the whole token with a quoted code.
 * Undefined when the cursor is not where a code goes.
 */
export function codeCompletions(
  probe: CompletionProbe,
  model: SourceModel,
  catalog: Catalog,
): CompletionItem[] | undefined {
  const written = probe.token.kind === 'string' && probe.token.terminated;
  const reference = written ? referenceAt(model, probe.position) : undefined;
  if (reference && reference.kind !== 'problem') {
    return codeItems(catalog, reference, { range: reference.range, quote: '', typed: '' });
  }
  const slot = probe.codeSlot();
  if (!slot) return undefined;
  const quote = probe.quote(model);
  return codeItems(catalog, slot, { range: probe.range, quote, typed: probe.token.quote ?? '' });
}

/** Every catalog code, those with the status the response sends first. */
function codeItems(
  catalog: Catalog,
  reference: CodeReference,
  /** `typed`: the quote the user typed, which an editor's filter sees before the code. */
  edit: { range: Range; quote: string; typed: string },
): CompletionItem[] {
  const sentStatus = reference.status?.value;
  return catalog.entries().map((entry) => {
    const matchesStatus = sentStatus !== undefined && entry.statuses.includes(sentStatus);
    return {
      label: entry.code,
      kind: CompletionItemKind.Constant,
      detail: entry.statuses.map(formatStatus).join(', ') || undefined,
      documentation: entry.description
        ? { kind: 'markdown' as const, value: escapeMarkdown(entry.description) }
        : undefined,
      sortText: `${matchesStatus ? '0' : '1'}${entry.code}`,
      filterText: edit.typed + entry.code,
      textEdit: { range: edit.range, newText: edit.quote + entry.code + edit.quote },
      tags: entry.deprecated ? [1 as const] : undefined,
    };
  });
}
