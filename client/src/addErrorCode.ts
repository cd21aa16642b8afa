import statuses from 'statuses';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CatalogMethods, type CatalogEntriesResult } from '../../server/src/lsp/catalogProtocol';
import { pickTargetCatalog, writeEntries } from './catalogWriter';

/** "Add Error Code…": asks the code, its status and a description, then writes the entry. */
export async function addErrorCode(client: LanguageClient): Promise<void> {
  const { entries } = await client.sendRequest<CatalogEntriesResult>(CatalogMethods.entries, {
    countUsages: false,
  });
  const known = new Set(entries.map((entry) => entry.code));
  const code = await vscode.window.showInputBox({
    title: 'Add Error Code (1/3)',
    prompt: 'The code, as your API sends it',
    placeHolder: 'ORDER_NOT_FOUND',
    validateInput: (value) => {
      const trimmed = value.trim();
      if (trimmed === '') return 'A code cannot be empty.';
      if (/[\s'"`]/.test(trimmed)) return 'A code has no spaces or quotes.';
      if (known.has(trimmed)) return `${trimmed} is already in the catalog.`;
      return undefined;
    },
  });
  if (code === undefined) return;
  const status = await vscode.window.showInputBox({
    title: 'Add Error Code (2/3)',
    prompt: `The HTTP status ${code.trim()} is sent with`,
    value: '400',
    validateInput: (value) => {
      const number = Number(value.trim());
      if (!Number.isInteger(number) || number < 100 || number > 599)
        return 'A status is a number from 100 to 599.';
      return undefined;
    },
  });
  if (status === undefined) return;
  const reason = statuses.message[Number(status)];
  const description = await vscode.window.showInputBox({
    title: 'Add Error Code (3/3)',
    prompt: `What ${code.trim()} means and what the caller can do (optional)`,
    placeHolder: reason ? `e.g. why a request gets ${status} ${reason}` : undefined,
  });
  if (description === undefined) return;
  const target = await pickTargetCatalog(client);
  if (!target) return;
  const result = await writeEntries(client, target, [
    { code: code.trim(), statuses: [Number(status)], description: description.trim() || undefined },
  ]);
  if (result.error !== undefined) void vscode.window.showErrorMessage(`Error Catalog: ${result.error}`);
  else if (result.added.length === 0)
    void vscode.window.showWarningMessage(`${code.trim()} is already in that catalog.`);
}
