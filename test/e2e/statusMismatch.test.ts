import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  discardChanges,
  openEditor,
  rangeOf,
  ruleOf,
  showRange,
  summarize,
  waitForNoRule,
  waitForRule,
} from './helpers';

const ROUTE = 'src/routes/refunds.ts';

suite('status mismatch', () => {
  teardown(discardChanges);

  test('a code sent with a status the catalog does not give it is reported on the status', async () => {
    const { document } = await openEditor(ROUTE);
    const diagnostics = await waitForRule(document.uri, 'status-mismatch');
    assert.deepEqual(summarize(diagnostics), [
      {
        rule: 'status-mismatch',
        range: showRange(rangeOf(document, '404')),
        severity: 'Warning',
        message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
      },
      {
        rule: 'unknown-code',
        range: showRange(rangeOf(document, 'ORDER_NOT_FOUN')),
        severity: 'Warning',
        message: `'ORDER_NOT_FOUN' is not in the error catalog. Did you mean 'ORDER_NOT_FOUND'?`,
      },
    ]);
  });

  test('the quick fix writes the catalog status, and the diagnostic goes away', async () => {
    const { document } = await openEditor(ROUTE);
    const mismatch = (await waitForRule(document.uri, 'status-mismatch')).find(
      (d) => ruleOf(d) === 'status-mismatch',
    )!;
    const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
      'vscode.executeCodeActionProvider',
      document.uri,
      mismatch.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // The command leaves out which diagnostics an action fixes: the extension's fixes are the
    // quick fixes that carry an edit (the workbench adds command-only ones of its own).
    const fixes = actions.filter(
      (action): action is vscode.CodeAction =>
        action instanceof vscode.CodeAction && action.kind?.value === 'quickfix' && action.edit !== undefined,
    );
    // Either the status follows the catalog, or the code becomes one the catalog gives the sent status.
    const uri = document.uri.toString();
    const fixedCode = rangeOf(document, 'FORBIDDEN');
    assert.deepEqual(
      fixes.map((fix) => ({
        title: fix.title,
        isPreferred: fix.isPreferred ?? false,
        edits: fix
          .edit!.entries()
          .map(([target, edits]) => [
            target.toString(),
            edits.map((edit) => [showRange(edit.range), edit.newText]),
          ]),
      })),
      [
        {
          title: 'Change status to 403 Forbidden',
          isPreferred: true,
          edits: [[uri, [[showRange(mismatch.range), '403']]]],
        },
        {
          title: 'Use code ORDER_NOT_FOUND (404)',
          isPreferred: false,
          edits: [[uri, [[showRange(fixedCode), 'ORDER_NOT_FOUND']]]],
        },
      ],
      `code actions: ${JSON.stringify(actions)}`,
    );

    const before = document.getText();
    assert.equal(await vscode.workspace.applyEdit(fixes[0].edit!), true);
    const start = document.offsetAt(mismatch.range.start);
    const end = document.offsetAt(mismatch.range.end);
    assert.equal(document.getText(), `${before.slice(0, start)}403${before.slice(end)}`);

    const after = await waitForNoRule(document.uri, 'status-mismatch');
    assert.deepEqual(
      summarize(after).map((d) => d.rule),
      ['unknown-code'],
    );
  });
});
