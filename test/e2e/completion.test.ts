import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  completionLabel,
  discardChanges,
  extension,
  openEditor,
  rangeOf,
  replacedRange,
  showRange,
} from './helpers';

/** The fixture catalog's codes. */
const CATALOG_CODES = [
  'FORBIDDEN',
  'INVALID_PAYLOAD',
  'ORDER_NOT_FOUND',
  'REQUESTS_EXCEEDED',
  'SERVICE_UNAVAILABLE',
];

suite('completion', () => {
  suiteSetup(() => extension().activate());
  suiteTeardown(discardChanges);

  test('in a code position, lists the catalog codes with their statuses, the sent status first', async () => {
    const { document } = await openEditor('src/routes/orders.ts');
    // The response sends 400: INVALID_PAYLOAD is the code with that status.
    const code = rangeOf(document, 'INVALID_PAYLOAD');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      code.start.translate(0, 3),
    );
    const ours = list.items
      .filter((item) => CATALOG_CODES.includes(completionLabel(item)))
      .sort((a, b) => (a.sortText ?? completionLabel(a)).localeCompare(b.sortText ?? completionLabel(b)));
    assert.deepEqual(
      ours.map((item) => ({ label: completionLabel(item), detail: item.detail, kind: item.kind })),
      [
        { label: 'INVALID_PAYLOAD', detail: '400 Bad Request', kind: vscode.CompletionItemKind.Constant },
        { label: 'FORBIDDEN', detail: '403 Forbidden', kind: vscode.CompletionItemKind.Constant },
        { label: 'ORDER_NOT_FOUND', detail: '404 Not Found', kind: vscode.CompletionItemKind.Constant },
        {
          label: 'REQUESTS_EXCEEDED',
          detail: '429 Too Many Requests',
          kind: vscode.CompletionItemKind.Constant,
        },
        {
          label: 'SERVICE_UNAVAILABLE',
          detail: '502 Bad Gateway, 503 Service Unavailable',
          kind: vscode.CompletionItemKind.Constant,
        },
      ],
    );
    // Each item replaces the whole code between the quotes with itself.
    for (const item of ours) {
      assert.equal(item.insertText, completionLabel(item));
      const replaced = replacedRange(item);
      assert.ok(replaced, `${completionLabel(item)} has no range`);
      assert.equal(showRange(replaced), showRange(code), completionLabel(item));
    }
  });
});
