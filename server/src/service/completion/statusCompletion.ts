import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { Catalog } from '../../catalog/catalog';
import { describeStatus } from '../statusHover';
import { reasonPhrase } from '../statusText';
import type { CompletionProbe } from './probe';

/**
 * The catalog's statuses where a carrier takes a status (`res.status(`, `reply.code(`,
 * `ctx.status = `), each with its reason phrase; when the response's code is already written,
 * the statuses the catalog gives that code come first. Undefined when no status goes here.
 */
export function statusCompletions(probe: CompletionProbe, catalog: Catalog): CompletionItem[] | undefined {
  const slot = probe.statusSlot();
  if (!slot) return undefined;
  const preferred = (slot.reference && catalog.lookup(slot.reference.code)?.statuses) ?? [];
  return catalog.statuses().map((status) => ({
    label: String(status),
    kind: CompletionItemKind.Value,
    detail: reasonPhrase(status),
    documentation: { kind: 'markdown' as const, value: describeStatus(status, catalog) },
    sortText: `${preferred.includes(status) ? '0' : '1'}${status}`,
    filterText: String(status),
    textEdit: { range: probe.range, newText: String(status) },
  }));
}
