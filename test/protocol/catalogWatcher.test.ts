import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToUri } from '../../server/src/workspace/paths';
import { TestClient } from '../helpers/lspClient';

// A client that neither pulls diagnostics nor watches files (Neovim on Linux): the server watches
// the catalog files itself, and pushes the open documents' diagnostics again when one changes.

const SOURCE = `res.status(404).json({ error: { code: 'GONE_AWAY' } });\n`;

let folder: string;
let client: TestClient;
let uri: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'error-catalog-watch-'));
  mkdirSync(join(folder, 'src'));
  writeFileSync(
    join(folder, 'error-catalog.json'),
    JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } }),
  );
  uri = pathToUri(join(folder, 'src/app.ts'));
  writeFileSync(join(folder, 'src/app.ts'), SOURCE);
  client = await TestClient.start({ folders: [folder], pullDiagnostics: false, watchesFiles: false });
  await client.indexed();
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('a catalog edited outside the editor is read again without a watcher event', async () => {
  const opened = client.nextPublished(uri);
  await client.open(uri, SOURCE);
  assert.deepEqual(
    (await opened).diagnostics.map((d) => d.code),
    ['unknown-code'],
  );
  const fixed = client.nextPublished(uri, (p) => p.diagnostics.length === 0);
  writeFileSync(
    join(folder, 'error-catalog.json'),
    JSON.stringify({ errors: { FORBIDDEN: { status: 403 }, GONE_AWAY: { status: 404 } } }),
  );
  assert.deepEqual((await fixed).diagnostics, []);
  // And again: the file is still watched after its first change.
  const broken = client.nextPublished(uri, (p) => p.diagnostics.length > 0);
  writeFileSync(
    join(folder, 'error-catalog.json'),
    JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } }),
  );
  assert.deepEqual(
    (await broken).diagnostics.map((d) => d.code),
    ['unknown-code'],
  );
});
