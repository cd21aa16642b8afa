import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { Catalog } from '../../catalog/catalog';
import { describeStatus } from '../statusHover';
import { reasonPhrase } from '../statusText';
import type { CompletionProbe } from './probe';

/**
 * The catalog's statuses where a carrier takes a status (`res.status(`, `reply.code(`,
 * `ctx.status = `), each with its reason phrase. First come the statuses the catalog gives the
 * response's code when it is already written, then those the OpenAPI operation of the route being
 * handled documents (`documented`, which also join the list). Undefined when no status goes here.
 */
export function statusCompletions(
  probe: CompletionProbe,
  catalog: Catalog,
  documented: readonly number[] = [],
): CompletionItem[] | undefined {
  const slot = probe.statusSlot();
  if (!slot) return undefined;
  const preferred = (slot.reference && catalog.lookup(slot.reference.code)?.statuses) ?? [];
  const rank = (status: number) =>
    preferred.includes(status) ? '0' : documented.includes(status) ? '1' : '2';
  const statuses = [...new Set([...catalog.statuses(), ...documented])].sort((a, b) => a - b);
  return statuses.map((status) => ({
    label: String(status),
    kind: CompletionItemKind.Value,
    detail: reasonPhrase(status),
    documentation: { kind: 'markdown' as const, value: describeStatus(status, catalog) },
    sortText: `${rank(status)}${status}`,
    filterText: String(status),
    textEdit: { range: probe.range, newText: String(status) },
  }));
}
