import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryHost } from '../../../server/src/workspace/memoryHost';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';

const catalog = (codes: Record<string, number>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    ...extra,
    errors: Object.fromEntries(Object.entries(codes).map(([code, status]) => [code, { status }])),
  });

async function indexOf(
  files: Record<string, string>,
  roots = ['/ws'],
): Promise<{ host: MemoryHost; index: WorkspaceIndex }> {
  const host = new MemoryHost(files);
  const index = new WorkspaceIndex(host, { roots });
  await index.initialize();
  return { host, index };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

const codes = (index: WorkspaceIndex, uri: string) =>
  index
    .catalogFor(uri)
    .entries()
    .map((e) => `${e.code}:${e.statuses.join('/')}`);

test('a source file uses the nearest catalog first, then the ones above it', async () => {
  const { index } = await indexOf({
    '/ws/error-catalog.json': catalog({ FORBIDDEN: 403, SHARED: 500 }),
    '/ws/packages/billing/error-catalog.json': catalog({ CARD_DECLINED: 402 }),
    '/ws/packages/billing/src/pay.ts': '',
    '/ws/node_modules/lib/error-catalog.json': catalog({ NOT_OURS: 400 }),
  });
  assert.deepEqual(codes(index, 'file:///ws/packages/billing/src/pay.ts'), [
    'CARD_DECLINED:402',
    'FORBIDDEN:403',
    'SHARED:500',
  ]);
  assert.deepEqual(codes(index, 'file:///ws/src/app.ts'), ['FORBIDDEN:403', 'SHARED:500']);
  assert.deepEqual(index.catalogUris(), [
    'file:///ws/error-catalog.json',
    'file:///ws/packages/billing/error-catalog.json',
  ]);
});

test("a root catalog's include merges the packages' catalogs", async () => {
  const { index } = await indexOf({
    '/ws/error-catalog.json': catalog({ FORBIDDEN: 403 }, { include: ['packages/*/error-catalog.json'] }),
    '/ws/packages/a/error-catalog.json': catalog({ A_FAILED: 500 }),
    '/ws/packages/b/error-catalog.json': catalog({ B_FAILED: 502 }),
  });
  assert.deepEqual(codes(index, 'file:///ws/server.ts'), ['FORBIDDEN:403', 'A_FAILED:500', 'B_FAILED:502']);
});

test('each workspace folder has its own catalog', async () => {
  const { index } = await indexOf(
    { '/one/error-catalog.json': catalog({ ONE: 400 }), '/two/api.errors.json': catalog({ TWO: 401 }) },
    ['/one', '/two'],
  );
  assert.deepEqual(codes(index, 'file:///one/a.ts'), ['ONE:400']);
  assert.deepEqual(codes(index, 'file:///two/a.ts'), ['TWO:401']);
  assert.deepEqual(codes(index, 'file:///elsewhere/a.ts'), []);
});

test('a broken edit keeps the last good catalog in force until the file is fixed', async () => {
  const { index } = await indexOf({ '/ws/error-catalog.json': catalog({ FORBIDDEN: 403 }) });
  let changes = 0;
  index.onDidChangeCatalog(() => changes++);
  const uri = 'file:///ws/error-catalog.json';
  await index.updateCatalogFile(uri, '{ "errors": { "FORBIDDEN": { "status": 40');
  await nextTurn();
  assert.equal(changes, 1);
  assert.deepEqual(codes(index, 'file:///ws/a.ts'), ['FORBIDDEN:403']);
  assert.equal(index.catalogProblems(uri).length > 0, true);
  assert.equal(index.catalogProblems(uri)[0].range.start.line, 0);
  await index.updateCatalogFile(uri, catalog({ FORBIDDEN: 401 }));
  await nextTurn();
  assert.deepEqual(codes(index, 'file:///ws/a.ts'), ['FORBIDDEN:401']);
  assert.deepEqual(index.catalogProblems(uri), []);
  assert.equal(changes, 2);
});

test('a deleted catalog file leaves the index; a re-created one comes back', async () => {
  const { host, index } = await indexOf({ '/ws/error-catalog.json': catalog({ FORBIDDEN: 403 }) });
  host.delete('/ws/error-catalog.json');
  await index.updateCatalogFile('file:///ws/error-catalog.json');
  assert.deepEqual(codes(index, 'file:///ws/a.ts'), []);
  host.write('/ws/error-catalog.json', catalog({ GONE: 410 }));
  await index.updateCatalogFile('file:///ws/error-catalog.json');
  assert.deepEqual(codes(index, 'file:///ws/a.ts'), ['GONE:410']);
});

test('a catalog larger than the bound is reported, not read', async () => {
  const host = new MemoryHost({ '/ws/error-catalog.json': new Uint8Array(17 * 1024 * 1024) });
  const index = new WorkspaceIndex(host, { roots: ['/ws'] });
  await index.initialize();
  assert.deepEqual(
    index.catalogProblems('file:///ws/error-catalog.json').map((p) => [p.code, p.message]),
    [['file-too-large', 'Skipped: file larger than 16 MB.']],
  );
});

test('only catalog names are catalogs by default; catalogFiles globs replace them', async () => {
  const files = {
    '/ws/error-catalog.json': catalog({ FORBIDDEN: 403 }),
    '/ws/billing.errors.json': catalog({ CARD_DECLINED: 402 }),
    '/ws/package.json': '{ "name": "api" }',
    '/ws/config/codes.json': catalog({ CUSTOM: 400 }),
    '/ws/docs/api/codes.json': catalog({ DOCUMENTED: 409 }),
  };
  const { index } = await indexOf(files);
  assert.deepEqual(index.catalogUris(), ['file:///ws/billing.errors.json', 'file:///ws/error-catalog.json']);
  const custom = new WorkspaceIndex(new MemoryHost(files), {
    roots: ['/ws'],
    catalogFiles: ['{config,docs}/**/*.json'],
  });
  await custom.initialize();
  assert.deepEqual(custom.catalogUris(), ['file:///ws/config/codes.json', 'file:///ws/docs/api/codes.json']);
  // A catalog governs the sources below its directory; documentation in docs/ governs the folder.
  assert.deepEqual(codes(custom, 'file:///ws/src/a.ts'), ['DOCUMENTED:409']);
  assert.deepEqual(codes(custom, 'file:///ws/config/a.ts'), ['CUSTOM:400', 'DOCUMENTED:409']);
});
