import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CatalogMethods,
  type AddEntriesParams,
  type AddEntriesResult,
  type CatalogStatus,
  type EntryToAdd,
} from '../../server/src/lsp/catalogProtocol';
import { CANONICAL_CATALOG_NAMES, catalogFormatOf } from '../../server/src/workspace/fileKinds';

/** Catalog files entries can be written into: JSON and YAML, not Markdown documentation. */
function isEditable(uri: string): boolean {
  const format = catalogFormatOf(uri);
  return format === 'json' || format === 'yaml';
}

/** The catalog a workspace folder gets when it has none: `error-catalog.json`. */
const NEW_CATALOG_NAME = CANONICAL_CATALOG_NAMES.json[0];

/**
 * Where new entries go: the only JSON/YAML catalog, the one the user picks among several, or a new
 * `error-catalog.json` in a workspace folder. Undefined when the user cancels.
 */
export async function pickTargetCatalog(client: LanguageClient): Promise<vscode.Uri | undefined> {
  const status = await client.sendRequest<CatalogStatus>(CatalogMethods.status, {});
  const editable = status.catalogs.filter((catalog) => isEditable(catalog.uri));
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
 * it held unsaved changes of the user's, and shows the first entry added. The server makes the
 * edit; it only inserts, so the rest of the file stays byte for byte as it was.
 */
export async function writeEntries(
  client: LanguageClient,
  target: vscode.Uri,
  entries: readonly EntryToAdd[],
): Promise<AddEntriesResult> {
  if (!isEditable(target.toString()))
    return { error: `${vscode.workspace.asRelativePath(target)} is not a JSON or YAML catalog.` };
  const existing = await openIfExists(target);
  const wasDirty = existing?.isDirty ?? false;
  const params: AddEntriesParams = {
    uri: target.toString(),
    text: existing?.getText() ?? '',
    entries: [...entries],
  };
  const result = await client.sendRequest<AddEntriesResult>(CatalogMethods.addEntries, params);
  if (result.error !== undefined || result.added.length === 0) return result;
  const edit = new vscode.WorkspaceEdit();
  if (!existing) edit.createFile(target, { ignoreIfExists: true });
  for (const change of result.edits) {
    edit.replace(target, client.protocol2CodeConverter.asRange(change.range), change.newText);
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
