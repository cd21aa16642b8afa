import statuses from 'statuses';
import type { CatalogEntrySummary } from '../../server/src/lsp/catalogProtocol';

/** A status class node: `4xx Client errors`. */
export interface StatusClassGroup {
  /** `4xx`, or `none` for codes the catalog gives no status. */
  key: string;
  label: string;
  statuses: StatusGroup[];
}

/** A status node: `403 Forbidden`, and the codes the catalog gives that status. */
export interface StatusGroup {
  status?: number;
  label: string;
  entries: CatalogEntrySummary[];
}

const CLASS_NAMES: Record<string, string> = {
  '1xx': 'Informational',
  '2xx': 'Success',
  '3xx': 'Redirection',
  '4xx': 'Client errors',
  '5xx': 'Server errors',
};

/**
 * The catalog view's tree: status classes, then statuses in ascending order, then codes by name.
 * A code with several statuses shows under each; one with none under "No status".
 */
export function groupEntries(
  entries: readonly CatalogEntrySummary[],
  unusedOnly = false,
): StatusClassGroup[] {
  const shown = unusedOnly ? entries.filter((entry) => entry.usages === 0) : entries;
  const byStatus = new Map<number | undefined, CatalogEntrySummary[]>();
  for (const entry of shown) {
    for (const status of entry.statuses.length > 0 ? entry.statuses : [undefined]) {
      const list = byStatus.get(status);
      if (list) list.push(entry);
      else byStatus.set(status, [entry]);
    }
  }
  const groups = new Map<string, StatusClassGroup>();
  const ordered = [...byStatus.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  for (const status of ordered) {
    const key = status === undefined ? 'none' : `${Math.floor(status / 100)}xx`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        label: key === 'none' ? 'No status' : `${key} ${CLASS_NAMES[key] ?? 'Other'}`,
        statuses: [],
      };
      groups.set(key, group);
    }
    const list = byStatus.get(status)!.sort((a, b) => a.code.localeCompare(b.code));
    group.statuses.push({ status, label: statusLabel(status), entries: list });
  }
  return [...groups.values()];
}

/** `403 Forbidden`; a status without a reason phrase shows as the number. */
export function statusLabel(status: number | undefined): string {
  if (status === undefined) return 'No status';
  const reason = statuses.message[status];
  return reason ? `${status} ${reason}` : String(status);
}

/** `Forbidden · 3 uses`: what the view shows beside a code. */
export function entryDescription(entry: CatalogEntrySummary): string {
  const parts: string[] = [];
  if (entry.title) parts.push(entry.title);
  if (entry.usages !== undefined)
    parts.push(entry.usages === 0 ? 'unused' : `${entry.usages} use${entry.usages === 1 ? '' : 's'}`);
  if (entry.deprecated) parts.push('deprecated');
  return parts.join(' · ');
}
