import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CatalogMethods, type ImportDocumentResult } from '../../server/src/lsp/catalogProtocol';
import { pickTargetCatalog, writeEntries } from './catalogWriter';

/**
 * "Import from Documentation…": reads the error codes a documentation file lists (a Markdown
 * table, a heading per code, ...) through the server's catalog loaders, and adds them to a
 * canonical catalog. Codes the catalog already has are left as they are.
 */
export async function importFromDocs(client: LanguageClient): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Import Error Codes from Documentation',
    openLabel: 'Import',
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { Documentation: ['md', 'markdown', 'txt', 'json', 'yaml', 'yml'], 'All files': ['*'] },
  });
  if (!picked || picked.length === 0) return;
  const source = picked[0];
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Reading error codes' },
    () => client.sendRequest<ImportDocumentResult>(CatalogMethods.importDocument, { uri: source.toString() }),
  );
  if ('error' in result) {
    void vscode.window.showErrorMessage(`Error Catalog: ${result.error}`);
    return;
  }
  const name = vscode.workspace.asRelativePath(source);
  if (result.entries.length === 0) {
    const why = result.problems[0] ? `: ${result.problems[0].message}` : '.';
    void vscode.window.showWarningMessage(`No error codes found in ${name}${why}`);
    return;
  }
  const target = await pickTargetCatalog(client);
  if (!target) return;
  const written = await writeEntries(client, target, result.entries);
  if (written.error !== undefined) {
    void vscode.window.showErrorMessage(`Error Catalog: ${written.error}`);
    return;
  }
  const notes = [
    written.skipped.length > 0 ? `${written.skipped.length} already there` : '',
    result.unplaced.length > 0 ? `${result.unplaced.length} paragraphs matched no code` : '',
  ].filter(Boolean);
  const detail = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  vscode.window.setStatusBarMessage(`Imported ${written.added.length} codes from ${name}${detail}`, 8000);
}
