import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { discardChanges, extension, openEditor, rangeOf, showRange, workspaceUri } from './helpers';

const ROUTE = 'src/routes/orders.ts';

/** A location as `path line:character-line:character`, comparable and readable in a failure. */
function place(uri: vscode.Uri, range: vscode.Range): string {
  return `${vscode.workspace.asRelativePath(uri)} ${showRange(range)}`;
}

function placeOf(target: vscode.Location | vscode.LocationLink): string {
  return 'targetUri' in target
    ? place(target.targetUri, target.targetSelectionRange ?? target.targetRange)
    : place(target.uri, target.range);
}

suite('navigation', () => {
  let route: vscode.TextDocument;
  let catalog: vscode.TextDocument;

  suiteSetup(async () => {
    await extension().activate();
    route = (await openEditor(ROUTE)).document;
    catalog = await vscode.workspace.openTextDocument(workspaceUri('error-catalog.json'));
  });
  suiteTeardown(discardChanges);

  test('go to definition on a code lands on its entry in the catalog', async () => {
    const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      route.uri,
      rangeOf(route, 'ORDER_NOT_FOUND').start.translate(0, 4),
    );
    assert.deepEqual(found.map(placeOf), [place(catalog.uri, rangeOf(catalog, 'ORDER_NOT_FOUND'))]);
  });

  test('find references on a code lists its uses and its catalog entry', async () => {
    const found = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      route.uri,
      rangeOf(route, 'INVALID_PAYLOAD').start.translate(0, 2),
    );
    assert.deepEqual(
      found.map(placeOf).sort(),
      [
        place(catalog.uri, rangeOf(catalog, 'INVALID_PAYLOAD')),
        place(route.uri, rangeOf(route, 'INVALID_PAYLOAD')),
      ].sort(),
    );
  });

  test('rename on a code rewrites the catalog entry and every use', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      route.uri,
      rangeOf(route, 'INVALID_PAYLOAD').start.translate(0, 2),
      'INVALID_BODY',
    );
    assert.deepEqual(
      edit
        .entries()
        .flatMap(([uri, edits]) => edits.map((e) => `${place(uri, e.range)} -> ${e.newText}`))
        .sort(),
      [
        `${place(catalog.uri, rangeOf(catalog, 'INVALID_PAYLOAD'))} -> INVALID_BODY`,
        `${place(route.uri, rangeOf(route, 'INVALID_PAYLOAD'))} -> INVALID_BODY`,
      ].sort(),
    );
  });
});
