import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { discardChanges, extension, openEditor, waitForRule } from './helpers';

suite('activation', () => {
  suiteTeardown(discardChanges);

  test('activates in a workspace with a catalog, and its language server reports on an open route', async () => {
    const { document } = await openEditor('src/routes/refunds.ts');
    // No explicit activate(): the manifest's activation events (a catalog file, a TypeScript
    // document) have to do it.
    await waitForRule(document.uri, 'unknown-code');
    assert.equal(extension().isActive, true);
  });

  test('every contributed command is registered', async () => {
    const contributed: string[] = (extension().packageJSON.contributes?.commands ?? []).map(
      (command: { command: string }) => command.command,
    );
    assert.notDeepEqual(contributed, []);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((command) => !registered.has(command)),
      [],
    );
  });
});
