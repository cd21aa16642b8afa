import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  discardChanges,
  extension,
  hoverText,
  openEditor,
  rangeOf,
  showRange,
  workspaceUri,
} from './helpers';

suite('hover', () => {
  suiteSetup(() => extension().activate());
  suiteTeardown(discardChanges);

  test('a code in a response body shows its catalog entry', async () => {
    const { document } = await openEditor('src/routes/orders.ts');
    const code = rangeOf(document, 'ORDER_NOT_FOUND');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      code.start.translate(0, 4),
    );
    const ours = hovers.filter((hover) =>
      hover.contents.some((content) => hoverText(content).startsWith('**ORDER_NOT_FOUND**')),
    );
    assert.equal(ours.length, 1, `hovers: ${JSON.stringify(hovers.map((h) => h.contents.map(hoverText)))}`);
    assert.equal(showRange(ours[0].range!), showRange(code));

    const catalog = await vscode.workspace.openTextDocument(workspaceUri('error-catalog.json'));
    const entryLine = rangeOf(catalog, '"ORDER_NOT_FOUND"').start.line + 1;
    const [heading, title, description, definedIn, ...rest] = hoverText(ours[0].contents[0]).split('\n\n');
    assert.deepEqual(
      { heading, title, description, rest },
      {
        heading: '**ORDER_NOT_FOUND** · 404 Not Found',
        title: '*Order not found*',
        description: 'No order has the requested id, or you cannot see it.',
        // orders.ts sends it; refunds.ts misspells it, which is no use of it.
        rest: ['Used in 1 place'],
      },
    );
    const link = /^Defined in \[error-catalog\.json:(\d+)\]\(<(.+)#L(\d+)>\)$/.exec(definedIn);
    assert.ok(link, `unexpected last paragraph: ${definedIn}`);
    assert.deepEqual(
      { line: Number(link[1]), path: vscode.Uri.parse(link[2]).fsPath, anchor: Number(link[3]) },
      { line: entryLine, path: catalog.uri.fsPath, anchor: entryLine },
    );
  });

  test('no hover from the extension on a string that is not in a code position', async () => {
    const { document } = await openEditor('src/routes/orders.ts');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      rangeOf(document, '/orders/:id').start.translate(0, 2),
    );
    const texts = hovers.flatMap((hover) => hover.contents.map(hoverText));
    assert.deepEqual(
      texts.filter((text) => text.includes('error-catalog.json')),
      [],
    );
  });
});
