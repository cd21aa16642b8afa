import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Location } from 'vscode-languageserver-types';
import { CatalogMethods, type UsagesParams } from '../../server/src/lsp/catalogProtocol';
import { entryOf, toRange, type CatalogTreeProvider } from './catalogTree';

/** The catalog view's own commands: refresh, the unused filter, and the code context menu. */
export function registerViewCommands(
  client: LanguageClient,
  tree: CatalogTreeProvider,
  view: vscode.TreeView<unknown>,
): vscode.Disposable[] {
  const setFilter = async (unusedOnly: boolean) => {
    await tree.setUnusedOnly(unusedOnly);
    view.message = unusedOnly ? 'Showing codes no source file uses.' : undefined;
  };
  return [
    vscode.commands.registerCommand('errorCatalog.view.refresh', () => tree.refresh()),
    vscode.commands.registerCommand('errorCatalog.view.showUnusedOnly', () => setFilter(true)),
    vscode.commands.registerCommand('errorCatalog.view.showAll', () => setFilter(false)),
    vscode.commands.registerCommand('errorCatalog.view.copyCode', async (node: unknown) => {
      const entry = entryOf(node);
      if (!entry) return;
      await vscode.env.clipboard.writeText(entry.code);
      vscode.window.setStatusBarMessage(`Copied ${entry.code}`, 3000);
    }),
    vscode.commands.registerCommand('errorCatalog.view.findUsages', async (node: unknown) => {
      const entry = entryOf(node);
      if (!entry) return;
      const params: UsagesParams = { code: entry.code, catalogUri: entry.definition.uri };
      const found = await client.sendRequest<Location[]>(CatalogMethods.usages, params);
      const definition = vscode.Uri.parse(entry.definition.uri);
      const locations = found.map(
        (location) => new vscode.Location(vscode.Uri.parse(location.uri), toRange(location.range)),
      );
      // The references peek, anchored on the catalog entry, as "Find All References" shows it.
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        definition,
        toRange(entry.definition.range).start,
        locations,
      );
    }),
  ];
}
