import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CatalogMethods,
  type CatalogEntriesResult,
  type CatalogEntrySummary,
} from '../../server/src/lsp/catalogProtocol';
import {
  entryDescription,
  groupEntries,
  statusLabel,
  type StatusClassGroup,
  type StatusGroup,
} from './catalogTreeModel';

export const CATALOG_VIEW_ID = 'errorCatalog.catalog';

type CatalogNode =
  | { kind: 'class'; group: StatusClassGroup }
  | { kind: 'status'; group: StatusGroup }
  | { kind: 'entry'; entry: CatalogEntrySummary; status?: number };

/**
 * The "Error Catalog" view: codes grouped by status class, then status. It re-reads the server's
 * entries when told the catalog or the usages changed, but only while it is visible.
 */
export class CatalogTreeProvider implements vscode.TreeDataProvider<CatalogNode> {
  private readonly changed = new vscode.EventEmitter<CatalogNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private unusedOnly = false;
  private groups?: Promise<StatusClassGroup[]>;

  constructor(
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Forgets the entries; the view asks again if it is showing. */
  refresh(): void {
    this.groups = undefined;
    this.changed.fire(undefined);
  }

  get showsUnusedOnly(): boolean {
    return this.unusedOnly;
  }

  async setUnusedOnly(value: boolean): Promise<void> {
    this.unusedOnly = value;
    await vscode.commands.executeCommand('setContext', 'errorCatalog.unusedOnly', value);
    this.refresh();
  }

  getTreeItem(node: CatalogNode): vscode.TreeItem {
    if (node.kind === 'class') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `class:${node.group.key}`;
      item.contextValue = 'statusClass';
      return item;
    }
    if (node.kind === 'status') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `status:${node.group.status ?? 'none'}`;
      item.description = String(node.group.entries.length);
      item.contextValue = 'status';
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem(entry.code, vscode.TreeItemCollapsibleState.None);
    item.id = `entry:${node.status ?? 'none'}:${entry.definition.uri}:${entry.code}`;
    item.description = entryDescription(entry);
    item.tooltip = entryTooltip(entry);
    item.contextValue = 'errorCode';
    item.iconPath = new vscode.ThemeIcon(entry.deprecated ? 'warning' : 'symbol-constant');
    item.command = {
      title: 'Open Definition',
      command: 'vscode.open',
      arguments: [vscode.Uri.parse(entry.definition.uri), { selection: toRange(entry.definition.range) }],
    };
    return item;
  }

  async getChildren(node?: CatalogNode): Promise<CatalogNode[]> {
    if (!node) {
      this.groups ??= this.load();
      return (await this.groups).map((group) => ({ kind: 'class', group }));
    }
    if (node.kind === 'class') return node.group.statuses.map((group) => ({ kind: 'status', group }));
    if (node.kind === 'status') {
      return node.group.entries.map((entry) => ({ kind: 'entry', entry, status: node.group.status }));
    }
    return [];
  }

  private async load(): Promise<StatusClassGroup[]> {
    try {
      const result = await vscode.window.withProgress({ location: { viewId: CATALOG_VIEW_ID } }, () =>
        this.client.sendRequest<CatalogEntriesResult>(CatalogMethods.entries, { countUsages: true }),
      );
      return groupEntries(result.entries, this.unusedOnly);
    } catch (error) {
      // An empty view and a line in the log; the next change notice tries again.
      this.log.error(`reading the catalog entries failed: ${String(error)}`);
      this.groups = undefined;
      return [];
    }
  }
}

/** The entry a context-menu command was run on, if it was run on a code. */
export function entryOf(node: unknown): CatalogEntrySummary | undefined {
  const candidate = node as CatalogNode | undefined;
  return candidate?.kind === 'entry' ? candidate.entry : undefined;
}

function entryTooltip(entry: CatalogEntrySummary): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escape(entry.code)}**`);
  if (entry.statuses.length > 0) tooltip.appendMarkdown(` — ${entry.statuses.map(statusLabel).join(', ')}`);
  if (entry.title) tooltip.appendMarkdown(`\n\n${escape(entry.title)}`);
  // The description is the catalog's own Markdown; links in it are not trusted to run commands.
  if (entry.description) tooltip.appendMarkdown(`\n\n${entry.description}`);
  if (entry.deprecated) {
    tooltip.appendMarkdown(
      `\n\n*Deprecated${entry.deprecated === true ? '' : `: ${escape(entry.deprecated)}`}*`,
    );
  }
  const file = vscode.workspace.asRelativePath(vscode.Uri.parse(entry.definition.uri));
  tooltip.appendMarkdown(`\n\n${escape(file)}:${entry.definition.range.start.line + 1}`);
  return tooltip;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

export function toRange(range: CatalogEntrySummary['definition']['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
