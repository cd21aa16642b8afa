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

suite('catalog edits', () => {
  let catalog: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    catalog = await vscode.workspace.openTextDocument(workspaceUri('error-catalog.json'));
    original = catalog.getText();
  });

  suiteTeardown(async () => {
    // Later suites expect the fixture catalog: put it back and wait until the server has it.
    await replaceAndSave(
      catalog,
      new vscode.Range(catalog.positionAt(0), catalog.positionAt(catalog.getText().length)),
      original,
    );
    await waitForRule(workspaceUri(ROUTE), 'unknown-code');
    await discardChanges();
  });

  test('adding a code to the catalog and saving clears the unknown-code diagnostic of an open route', async () => {
    const { document } = await openEditor(ROUTE);
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
    const afterBrace = rangeOf(catalog, '"errors": {').end;
    await replaceAndSave(catalog, new vscode.Range(afterBrace, afterBrace), entry);

    assert.deepEqual(await waitForNoRule(document.uri, 'unknown-code'), []);
  });

  test('changing a status in the catalog and saving reports the mismatch in the open route', async () => {
    const { document } = await openEditor(ROUTE);
    const entry = rangeOf(catalog, '"REQUESTS_EXCEEDED"');
    const status = rangeOf(catalog, '429');
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

async function replaceAndSave(
  document: vscode.TextDocument,
  range: vscode.Range,
  text: string,
): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, text);
  assert.equal(await vscode.workspace.applyEdit(edit), true);
  assert.equal(await document.save(), true);
}
