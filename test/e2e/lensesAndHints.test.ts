import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { discardChanges, extension, openEditor, rangeOf, showRange } from './helpers';

suite('code lenses and inlay hints', () => {
  suiteSetup(() => extension().activate());
  suiteTeardown(discardChanges);

  test('each catalog entry has a lens that counts its uses in the workspace', async () => {
    const { document: catalog } = await openEditor('error-catalog.json');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      catalog.uri,
      100, // resolve them all: the title is filled in on resolve
    );
    const ours = lenses.filter((lens) => lens.command?.command === 'editor.action.showReferences');
    assert.deepEqual(
      ours.map((lens) => ({ range: showRange(lens.range), title: lens.command?.title })),
      [
        { code: 'INVALID_PAYLOAD', title: '1 usage' },
        { code: 'FORBIDDEN', title: '1 usage' },
        { code: 'ORDER_NOT_FOUND', title: '1 usage' },
        { code: 'REQUESTS_EXCEEDED', title: '1 usage' },
        { code: 'SERVICE_UNAVAILABLE', title: '0 usages' },
      ].map(({ code, title }) => ({ range: showRange(rangeOf(catalog, code)), title })),
    );
  });

  test('a code in a route is followed by its catalog status as an inlay hint', async () => {
    const { document } = await openEditor('src/routes/orders.ts');
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      document.uri,
      whole,
    );
    const afterQuote = (code: string) => rangeOf(document, `'${code}'`).end;
    assert.deepEqual(
      hints.map((hint) => ({
        at: showRange(new vscode.Range(hint.position, hint.position)),
        label: hint.label,
      })),
      [
        { at: afterQuote('ORDER_NOT_FOUND'), label: '404' },
        { at: afterQuote('INVALID_PAYLOAD'), label: '400' },
      ].map(({ at, label }) => ({ at: showRange(new vscode.Range(at, at)), label })),
    );
  });
});
