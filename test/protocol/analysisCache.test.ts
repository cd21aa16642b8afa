import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

// The language server keeps the analyses of a workspace in the file `check --cache` uses, and the
// next session takes the models of unchanged files from it instead of parsing them again.

const CATALOG = JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } });
const ROUTES = `res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;

let ws: FixtureWorkspace;
const cacheFile = () => join(ws.root, 'node_modules/.cache/error-catalog/check-cache.json');

before(() => {
  ws = new FixtureWorkspace();
  mkdirSync(join(ws.root, 'node_modules'));
  ws.write('error-catalog.json', CATALOG);
  ws.write('src/routes.ts', ROUTES);
});

after(() => ws.dispose());

/** Waits for the file the server writes once indexing is done. */
async function written(path: string): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (existsSync(path)) return readFileSync(path, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} was not written`);
}

type WorkspaceReport = { items: Array<{ uri: string; items?: Array<{ message: string }> }> };

/** The findings of the closed file in a new session; `whileRunning` runs before it stops. */
async function closedFileMessages(whileRunning?: () => Promise<unknown>): Promise<string[]> {
  const client = await TestClient.start({ folders: [ws.root] });
  try {
    await client.indexed();
    const report = await client.request<WorkspaceReport>('workspace/diagnostic', { previousResultIds: [] });
    const uri = ws.uri('src/routes.ts');
    await whileRunning?.();
    return (report.items.find((item) => item.uri === uri)?.items ?? []).map((item) => item.message);
  } finally {
    await client.stop();
  }
}

test('a session saves its analyses; the next one reads the models of unchanged files from them', async () => {
  // The server saves the cache once indexing is done: the session waits for it before it stops.
  let saved = '';
  assert.deepEqual(await closedFileMessages(async () => (saved = await written(cacheFile()))), [
    `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
  ]);
  const cache = JSON.parse(saved) as {
    files: Record<string, { model: { references: Array<{ code: string }> } }>;
  };
  const entry = cache.files[ws.uri('src/routes.ts')];
  assert.deepEqual(
    entry.model.references.map((reference) => reference.code),
    ['FORBIDDEN'],
  );
  // A model planted for the unchanged file is what the next session reports on: it was not parsed.
  entry.model.references[0].code = 'FORBIDEN';
  writeFileSync(cacheFile(), JSON.stringify(cache));
  assert.deepEqual(await closedFileMessages(), [
    `'FORBIDEN' is not in the error catalog. Did you mean 'FORBIDDEN'?`,
  ]);
});

test('a workspace without node_modules gets no cache folder from the server', async () => {
  const bare = new FixtureWorkspace();
  try {
    bare.write('error-catalog.json', CATALOG);
    bare.write('app.ts', ROUTES);
    const client = await TestClient.start({ folders: [bare.root] });
    await client.indexed();
    await client.stop();
    assert.equal(existsSync(join(bare.root, 'node_modules')), false);
  } finally {
    bare.dispose();
  }
});
