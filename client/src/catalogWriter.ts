import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CatalogMethods, type CatalogStatus } from '../../server/src/lsp/catalogProtocol';
import { addEntries, editableFormat, type AddEntriesResult, type NewEntry } from './catalogEdits';

/** The catalog a workspace folder gets when it has none. */
const NEW_CATALOG_NAME = 'error-catalog.json';

/**
 * Where new entries go: the only JSON/YAML catalog, the one the user picks among several, or a new
 * `error-catalog.json` in a workspace folder. Undefined when the user cancels.
 */
export async function pickTargetCatalog(client: LanguageClient): Promise<vscode.Uri | undefined> {
  const status = await client.sendRequest<CatalogStatus>(CatalogMethods.status, {});
  const editable = status.catalogs.filter((catalog) => editableFormat(catalog.uri) !== undefined);
  if (editable.length === 1) return vscode.Uri.parse(editable[0].uri);
  if (editable.length > 1) {
    const picked = await vscode.window.showQuickPick(
      editable.map((catalog) => ({
        label: vscode.workspace.asRelativePath(vscode.Uri.parse(catalog.uri)),
        description: `${catalog.codes} code${catalog.codes === 1 ? '' : 's'}`,
        uri: catalog.uri,
      })),
      { title: 'Add to which catalog?', placeHolder: 'Catalog file' },
    );
    return picked && vscode.Uri.parse(picked.uri);
  }
  const folder =
    vscode.workspace.workspaceFolders?.length === 1
      ? vscode.workspace.workspaceFolders[0]
      : await vscode.window.showWorkspaceFolderPick({ placeHolder: `Folder for a new ${NEW_CATALOG_NAME}` });
  return folder && vscode.Uri.joinPath(folder.uri, NEW_CATALOG_NAME);
}

/**
 * Writes entries into a catalog file (creating it if needed) as one undoable edit, saves it unless
 * it held unsaved changes of the user's, and shows the first entry added.
 */
export async function writeEntries(
  target: vscode.Uri,
  entries: readonly NewEntry[],
): Promise<AddEntriesResult> {
  const format = editableFormat(target.toString());
  if (!format) return { error: `${vscode.workspace.asRelativePath(target)} is not a JSON or YAML catalog.` };
  const existing = await openIfExists(target);
  const wasDirty = existing?.isDirty ?? false;
  const result = addEntries(existing?.getText() ?? '', format, entries, indentationOf(existing));
  if (result.error !== undefined || result.added.length === 0) return result;
  const edit = new vscode.WorkspaceEdit();
  if (existing) {
    const whole = new vscode.Range(0, 0, existing.lineCount, 0);
    edit.replace(target, existing.validateRange(whole), result.text);
  } else {
    edit.createFile(target, { ignoreIfExists: true });
    edit.insert(target, new vscode.Position(0, 0), result.text);
  }
  if (!(await vscode.workspace.applyEdit(edit)))
    return { error: `${vscode.workspace.asRelativePath(target)} could not be edited.` };
  const document = await vscode.workspace.openTextDocument(target);
  if (!wasDirty) await document.save();
  const offset = document.getText().indexOf(JSON.stringify(result.added[0]).slice(1, -1));
  const position = document.positionAt(Math.max(offset, 0));
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
  return result;
}

async function openIfExists(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  return vscode.workspace.openTextDocument(uri);
}

/** Indents new entries the way the file already indents. */
function indentationOf(document: vscode.TextDocument | undefined): {
  insertSpaces: boolean;
  tabSize: number;
} {
  const indented = document?.getText().match(/^[ \t]+(?=\S)/m)?.[0];
  if (indented?.startsWith('\t')) return { insertSpaces: false, tabSize: 4 };
  return { insertSpaces: true, tabSize: indented ? Math.min(indented.length, 8) : 2 };
}
