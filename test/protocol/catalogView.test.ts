import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { WorkDoneProgress } from 'vscode-languageserver-protocol';
import type { Location } from 'vscode-languageserver-types';
import {
  CatalogMethods,
  type AddEntriesResult,
  type CatalogEntriesResult,
  type CatalogStatus,
  type ImportDocumentResult,
} from '../../server/src/lsp/catalogProtocol';
import { pathToUri } from '../../server/src/workspace/paths';
import { parseMarkers } from '../helpers/markers';
import { TestClient } from '../helpers/lspClient';

const CATALOG = JSON.stringify({
  errors: {
    FORBIDDEN: { status: 403, title: 'Forbidden', description: 'You may not.' },
    ROUTE_NOT_FOUND: { status: 404 },
    NEVER_SENT: { status: 500 },
  },
});
const ROUTES = `export function routes(app) {
  app.get('/a', (req, res) => res.status(403).json({ error: { code: '[[FORBIDDEN]]', message: 'No.' } }));
  app.get('/b', (req, res) => res.status(404).json({ error: { code: '[[ROUTE_NOT_FOUND]]', message: 'No.' } }));
  app.get('/c', (req, res) => res.status(403).json({ error: { code: '[[FORBIDDEN]]', message: 'No.' } }));
}
`;

let folder: string;
let client: TestClient;
const routes = parseMarkers(ROUTES);

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'error-catalog-view-'));
  mkdirSync(join(folder, 'src'));
  writeFileSync(join(folder, 'error-catalog.json'), CATALOG);
  writeFileSync(join(folder, 'src/routes.ts'), routes.text);
  // As the VS Code client does: it has a catalog view, and wants to hear when catalogs change.
  client = await TestClient.start({
    folders: [folder],
    experimental: { errorCatalog: { catalogView: true } },
  });
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function usageCounts(): Promise<Record<string, number | undefined>> {
  const { entries } = await client.request<CatalogEntriesResult>(CatalogMethods.entries, {
    countUsages: true,
  });
  return Object.fromEntries(entries.map((entry) => [entry.code, entry.usages]));
}

test('status names the catalog and its codes, reporting indexing on the client token', async () => {
  const kinds: string[] = [];
  const listening = client.connection.onProgress(WorkDoneProgress.type, 'indexing', (value) => {
    kinds.push(value.kind);
  });
  const status = await client.request<CatalogStatus>(CatalogMethods.status, { workDoneToken: 'indexing' });
  listening.dispose();
  assert.deepEqual(status, {
    catalogs: [{ uri: pathToUri(join(folder, 'error-catalog.json')), format: 'json', codes: 3, problems: 0 }],
    codes: 3,
    sourceCodes: 0,
    standards: [],
    governance: 'Catalogs: error-catalog.json (json, 3 codes).',
    problems: [],
  });
  assert.deepEqual(kinds, ['begin', 'end']);
});

test('entries carry their status, title, definition and, when asked, usage counts', async () => {
  const { entries } = await client.request<CatalogEntriesResult>(CatalogMethods.entries, {
    countUsages: false,
  });
  const forbidden = entries.find((entry) => entry.code === 'FORBIDDEN');
  assert.equal(forbidden?.title, 'Forbidden');
  assert.equal(forbidden?.description, 'You may not.');
  assert.deepEqual(forbidden?.statuses, [403]);
  assert.equal(forbidden?.definition.uri, pathToUri(join(folder, 'error-catalog.json')));
  assert.equal(forbidden?.usages, undefined);
  assert.deepEqual(await usageCounts(), { FORBIDDEN: 2, ROUTE_NOT_FOUND: 1, NEVER_SENT: 0 });
});

test('usages of a code are its references in source, with exact ranges', async () => {
  const found = await client.request<Location[]>(CatalogMethods.usages, {
    code: 'FORBIDDEN',
    catalogUri: pathToUri(join(folder, 'error-catalog.json')),
  });
  const [first, , third] = routes.ranges();
  const uri = pathToUri(join(folder, 'src/routes.ts'));
  assert.deepEqual(found, [
    { uri, range: first },
    { uri, range: third },
  ]);
});

test('an unsaved edit changes the counts and the server says the catalog view changed', async () => {
  const uri = pathToUri(join(folder, 'src/routes.ts'));
  const changed = new Promise<void>((done) => {
    const listening = client.connection.onNotification(CatalogMethods.catalogChanged, () => {
      listening.dispose();
      done();
    });
  });
  await client.open(uri, routes.text);
  await client.change(uri, 2, routes.text.replace(/ROUTE_NOT_FOUND/, 'NEVER_SENT'));
  await changed;
  assert.deepEqual(await usageCounts(), { FORBIDDEN: 2, ROUTE_NOT_FOUND: 0, NEVER_SENT: 1 });
});

test('a file created on disk counts once the client reports it; reindex finds a new catalog', async () => {
  const added = join(folder, 'src/more.ts');
  writeFileSync(added, "throw new HttpException({ error: { code: 'ROUTE_NOT_FOUND' } }, 404);\n");
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToUri(added), type: 1 }] });
  assert.deepEqual(await usageCounts(), { FORBIDDEN: 2, ROUTE_NOT_FOUND: 1, NEVER_SENT: 1 });

  writeFileSync(
    join(folder, 'src/billing.errors.json'),
    JSON.stringify({ errors: { NO_FUNDS: { status: 402 } } }),
  );
  const status = await client.request<CatalogStatus>(CatalogMethods.reindex, undefined);
  assert.deepEqual(
    status.catalogs.map((catalog) => [catalog.uri.slice(pathToUri(folder).length), catalog.codes]),
    [
      ['/error-catalog.json', 3],
      ['/src/billing.errors.json', 1],
    ],
  );
  assert.equal(status.codes, 4);
  assert.deepEqual(
    [status.sourceCodes, status.standards, status.governance],
    [0, [], 'Catalogs: error-catalog.json (json, 3 codes), src/billing.errors.json (json, 1 code).'],
  );
});

test('import reads a document with the catalog importer, or says why it cannot', async () => {
  const docs = join(folder, 'legacy.errors.json');
  writeFileSync(
    docs,
    JSON.stringify({ errors: { LEGACY: { status: 410, title: 'Gone', aliases: ['OLD'] } } }),
  );
  const result = await client.request<ImportDocumentResult>(CatalogMethods.importDocument, {
    uri: pathToUri(docs),
  });
  assert.deepEqual(result, {
    entries: [{ code: 'LEGACY', statuses: [410], title: 'Gone', aliases: ['OLD'] }],
    problems: [],
    unplaced: [],
  });
  const missing = pathToUri(join(folder, 'gone.md'));
  assert.deepEqual(await client.request(CatalogMethods.importDocument, { uri: missing }), {
    error: 'gone.md could not be read.',
  });
});

test('add entries answers the edit that writes them into the client\u2019s text, or why it cannot', async () => {
  const uri = pathToUri(join(folder, 'errors.yaml'));
  const text = 'errors:\n  GONE: { status: 410 }   # as written\n';
  const result = await client.request<AddEntriesResult>(CatalogMethods.addEntries, {
    uri,
    text,
    entries: [
      { code: 'GONE', statuses: [410] },
      { code: 'LOCKED', statuses: [423], title: 'Locked' },
    ],
  });
  assert.deepEqual(result, {
    edits: [
      {
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        newText: '  LOCKED:\n    status: 423\n    title: Locked\n',
      },
    ],
    added: ['LOCKED'],
    skipped: ['GONE'],
  });
  assert.deepEqual(
    await client.request(CatalogMethods.addEntries, {
      uri: pathToUri(join(folder, 'errors.md')),
      text: '',
      entries: [],
    }),
    { error: 'Only JSON and YAML catalogs can be written to.' },
  );
  // A request a hostile client shaped wrong is answered with an error, never a crash.
  assert.deepEqual(await client.request(CatalogMethods.addEntries, { uri, text: 42, entries: 'x' }), {
    error: 'Writing the catalog failed: see the Error Catalog output.',
  });
});
