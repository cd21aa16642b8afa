import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  discardChanges,
  openEditor,
  rangeOf,
  showRange,
  summarize,
  waitForNoRule,
  waitForRule,
  workspaceUri,
} from './helpers';

const ROUTE = 'src/routes/payments.ts';

/** The route stays in the first editor group while the catalog is edited beside it, as a user would. */
suite('catalog edits', () => {
  let catalog: vscode.TextEditor;
  let original: string;

  suiteSetup(async () => {
    await openEditor(ROUTE);
    const document = await vscode.workspace.openTextDocument(workspaceUri('error-catalog.json'));
    catalog = await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
    original = document.getText();
  });

  suiteTeardown(async () => {
    // Later suites expect the fixture catalog: put it back and wait until the server has it.
    const whole = new vscode.Range(
      catalog.document.positionAt(0),
      catalog.document.positionAt(catalog.document.getText().length),
    );
    await replaceAndSave(catalog, whole, original);
    await waitForRule(workspaceUri(ROUTE), 'unknown-code');
    await discardChanges();
  });

  test('adding a code to the catalog and saving clears the unknown-code diagnostic of an open route', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(ROUTE));
    const before = await waitForRule(document.uri, 'unknown-code');
    assert.deepEqual(summarize(before), [
      {
        rule: 'unknown-code',
        range: showRange(rangeOf(document, 'PAYMENT_REQUIRED')),
        severity: 'Warning',
        message: `'PAYMENT_REQUIRED' is not in the error catalog.`,
      },
    ]);

    const entry =
      '\n    "PAYMENT_REQUIRED": { "status": 402, "description": "A payment method is required." },';
    const afterBrace = rangeOf(catalog.document, '"errors": {').end;
    await replaceAndSave(catalog, new vscode.Range(afterBrace, afterBrace), entry);

    assert.deepEqual(await waitForNoRule(document.uri, 'unknown-code'), []);
  });

  test('changing a status in the catalog and saving reports the mismatch in the open route', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(ROUTE));
    const entry = rangeOf(catalog.document, '"REQUESTS_EXCEEDED"');
    const status = rangeOf(catalog.document, '429');
    assert.equal(
      status.start.line,
      entry.start.line + 1,
      'the fixture writes the status on the line after the code',
    );
    await replaceAndSave(catalog, status, '503');

    const after = await waitForRule(document.uri, 'status-mismatch');
    assert.deepEqual(summarize(after), [
      {
        rule: 'status-mismatch',
        range: showRange(rangeOf(document, '429')),
        severity: 'Warning',
        message: `'REQUESTS_EXCEEDED' is 503 Service Unavailable in the error catalog, but this response sends 429 Too Many Requests.`,
      },
    ]);
  });
});

async function replaceAndSave(editor: vscode.TextEditor, range: vscode.Range, text: string): Promise<void> {
  assert.equal(
    await editor.edit((builder) => builder.replace(range, text)),
    true,
    'the edit was not applied',
  );
  const saved = await editor.document.save();
  assert.equal(saved, true, `saving ${editor.document.uri.path} failed`);
}
