import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToUri } from '../../server/src/workspace/paths';
import { CatalogMethods } from '../../server/src/lsp/catalogProtocol';
import { TestClient, type PublishedDiagnostics } from '../helpers/lspClient';
import { SAMPLE_CATALOG } from '../helpers/workspace';

// A client that does not pull diagnostics (Neovim before 0.10, Emacs eglot 1.9) gets them pushed
// for its open documents, and is never sent a refresh request it did not declare.

const MISMATCH = `res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;
const MISMATCH_MESSAGE = `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`;

let folder: string;
let client: TestClient;
let uri: string;
/** `errorCatalog/catalogChanged` notices: for the VS Code client's view, never sent to others. */
let catalogNotices = 0;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'error-catalog-push-'));
  mkdirSync(join(folder, 'src'));
  writeFileSync(join(folder, 'error-catalog.json'), SAMPLE_CATALOG);
  uri = pathToUri(join(folder, 'src/app.ts'));
  writeFileSync(join(folder, 'src/app.ts'), MISMATCH);
  client = await TestClient.start({ folders: [folder], pullDiagnostics: false });
  client.connection.onNotification(CatalogMethods.catalogChanged, () => {
    catalogNotices++;
  });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const messages = (published: PublishedDiagnostics) => published.diagnostics.map((d) => [d.code, d.message]);

test('an opened document gets its diagnostics pushed, with its version', async () => {
  const published = client.nextPublished(uri, (p) => p.version === 1);
  await client.open(uri, MISMATCH);
  assert.deepEqual(messages(await published), [['status-mismatch', MISMATCH_MESSAGE]]);
});

test('an edit is pushed once typing pauses, for the last version only', async () => {
  const before = client.published.length;
  const published = client.nextPublished(uri, (p) => p.version === 4);
  await client.change(uri, 2, MISMATCH.replace('404', '40'));
  await client.change(uri, 3, MISMATCH.replace('404', '4'));
  await client.change(uri, 4, MISMATCH.replace('404', '403'));
  assert.deepEqual(messages(await published), []);
  assert.deepEqual(
    client.published.slice(before).map((p) => [p.uri, p.version]),
    [[uri, 4]],
  );
});

test('a catalog changed on disk pushes the open documents again', async () => {
  const published = client.nextPublished(uri, (p) => p.diagnostics.length > 0);
  writeFileSync(
    join(folder, 'error-catalog.json'),
    JSON.stringify({ errors: { FORBIDDEN: { status: 401 } } }),
  );
  await client.notify('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToUri(join(folder, 'error-catalog.json')), type: 2 }],
  });
  assert.deepEqual(messages(await published), [
    [
      'status-mismatch',
      `'FORBIDDEN' is 401 Unauthorized in the error catalog, but this response sends 403 Forbidden.`,
    ],
  ]);
});

test('a closed document has its diagnostics cleared, and no refresh was ever requested', async () => {
  const published = client.nextPublished(uri);
  await client.notify('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual(await published, { uri, diagnostics: [] });
  assert.equal(client.refreshRequests, 0);
  assert.equal(catalogNotices, 0);
});
