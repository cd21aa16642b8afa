import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DocumentSymbol, Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

let ws: FixtureWorkspace;
let client: TestClient;

const BOM = '\uFEFF';

before(async () => {
  ws = new FixtureWorkspace('shop');
  // Files a rename must restore byte for byte: a BOM, CRLF line ends, tabs and non-ASCII text.
  ws.write(
    'packages/i18n/error-catalog.json',
    `${BOM}{\r\n\t"errors": {\r\n\t\t"QUOTA_ÜBERSCHRITTEN": { "status": 429, "title": "Kontingent überschritten ✋" }\r\n\t}\r\n}\r\n`,
  );
  ws.write(
    'packages/i18n/src/quota.ts',
    `${BOM}// Größe prüfen — ☃\r\nexport function quota(res) {\r\n\tres.status(429).json({ error: { code: 'QUOTA_ÜBERSCHRITTEN', message: 'Zu viele Anfragen 🙅' } });\r\n}\r\n`,
  );
  ws.write(
    'packages/i18n/docs/errors.md',
    '| Error Code | Status | Beschreibung |\r\n|---|---|---|\r\n| `QUOTA_ÜBERSCHRITTEN` | 429 | Zu viele Anfragen. |\r\n\r\nSiehe `QUOTA_ÜBERSCHRITTEN`.\r\n',
  );
  client = await TestClient.start({ folders: [ws.root] });
});

after(async () => {
  await client.stop();
  ws.dispose();
});

const at = (path: string, needle: string) => ({
  textDocument: { uri: ws.uri(path) },
  position: ws.positionOf(path, needle),
});

async function openAll(...paths: string[]): Promise<void> {
  for (const path of paths)
    await client.open(ws.uri(path), ws.text(path), path.endsWith('.ts') ? 'typescript' : 'json');
}

test('go to definition lands on the JSON key and on the YAML key of the nearest catalog', async () => {
  await openAll('src/orders.ts', 'packages/billing/src/pay.ts');
  assert.deepEqual(
    await client.request<Location[]>('textDocument/definition', at('src/orders.ts', `FORBIDDEN'`)),
    [{ uri: ws.uri('error-catalog.json'), range: ws.rangeOf('error-catalog.json', 'FORBIDDEN') }],
  );
  assert.deepEqual(
    await client.request<Location[]>(
      'textDocument/definition',
      at('packages/billing/src/pay.ts', 'CARD_DECLINED'),
    ),
    [
      {
        uri: ws.uri('packages/billing/billing.errors.yaml'),
        range: ws.rangeOf('packages/billing/billing.errors.yaml', 'CARD_DECLINED'),
      },
    ],
  );
});

test('find references from a catalog entry lists every use in the workspace, open or not', async () => {
  await openAll('error-catalog.json');
  const references = await client.request<Location[]>('textDocument/references', {
    ...at('error-catalog.json', 'FORBIDDEN'),
    context: { includeDeclaration: true },
  });
  assert.deepEqual(references, [
    { uri: ws.uri('error-catalog.json'), range: ws.rangeOf('error-catalog.json', 'FORBIDDEN') },
    { uri: ws.uri('src/closed.ts'), range: ws.rangeOf('src/closed.ts', 'FORBIDDEN') },
    { uri: ws.uri('src/nest.ts'), range: ws.rangeOf('src/nest.ts', 'FORBIDDEN') },
    { uri: ws.uri('src/orders.ts'), range: ws.rangeOf('src/orders.ts', 'FORBIDDEN') },
  ]);
});

test('rename a code across JSON, Markdown and sources, then back: every file is restored byte for byte', async () => {
  const paths = [
    'packages/i18n/error-catalog.json',
    'packages/i18n/src/quota.ts',
    'packages/i18n/docs/errors.md',
  ];
  const before = paths.map((path) => ws.bytes(path));
  const source = 'packages/i18n/src/quota.ts';
  await openAll(source);
  const prepared = await client.request('textDocument/prepareRename', at(source, 'QUOTA_'));
  assert.deepEqual(prepared, {
    range: ws.rangeOf(source, 'QUOTA_ÜBERSCHRITTEN'),
    placeholder: 'QUOTA_ÜBERSCHRITTEN',
  });
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
    ...at(source, 'QUOTA_'),
    newName: 'QUOTA_EXCEEDED',
  });
  assert.deepEqual(Object.keys(edit.changes!).sort(), paths.map((path) => ws.uri(path)).sort());
  ws.apply(edit);
  assert.equal(
    ws.text('packages/i18n/error-catalog.json'),
    `{\r\n\t"errors": {\r\n\t\t"QUOTA_EXCEEDED": { "status": 429, "title": "Kontingent überschritten ✋" }\r\n\t}\r\n}\r\n`,
  );
  assert.equal(
    ws.text('packages/i18n/docs/errors.md'),
    '| Error Code | Status | Beschreibung |\r\n|---|---|---|\r\n| `QUOTA_EXCEEDED` | 429 | Zu viele Anfragen. |\r\n\r\nSiehe `QUOTA_EXCEEDED`.\r\n',
  );
  await client.change(ws.uri(source), 2, ws.text(source));
  await client.notify('workspace/didChangeWatchedFiles', {
    changes: paths.filter((path) => path !== source).map((path) => ({ uri: ws.uri(path), type: 2 })),
  });
  assert.deepEqual(await client.diagnostics(ws.uri(source)), []);

  const catalog = 'packages/i18n/error-catalog.json';
  await openAll(catalog);
  const back = await client.request<WorkspaceEdit>('textDocument/rename', {
    ...at(catalog, 'QUOTA_'),
    newName: 'QUOTA_ÜBERSCHRITTEN',
  });
  ws.apply(back);
  assert.deepEqual(
    paths.map((path) => ws.bytes(path)),
    before,
  );
});

test('prepareRename refuses an unsafe place with a message the client shows', async () => {
  const path = 'src/scratch.ts';
  const text = 'res.status(404).json({ error: { code: `${area}_NOT_FOUND` } });\n';
  await client.open(ws.uri(path), text);
  await assert.rejects(
    client.request('textDocument/prepareRename', {
      textDocument: { uri: ws.uri(path) },
      position: { line: 0, character: text.indexOf('_NOT_FOUND') + 1 },
    }),
    {
      message:
        "'_NOT_FOUND' is part of a string built at run time (a template or a concatenation): the code it makes cannot be renamed safely. Write the code as one string literal first.",
    },
  );
  await assert.rejects(
    client.request('textDocument/rename', { ...at('src/orders.ts', `FORBIDDEN'`), newName: 'RATE_LIMITED' }),
    {
      message: `'RATE_LIMITED' is already in the error catalog (error-catalog.json:11): renaming 'FORBIDDEN' onto it would merge two codes.`,
    },
  );
});

test('workspace symbols find codes by their letters; catalog files have an outline', async () => {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'cardec' });
  assert.deepEqual(symbols, [
    {
      name: 'CARD_DECLINED',
      kind: 14,
      location: {
        uri: ws.uri('packages/billing/billing.errors.yaml'),
        range: ws.rangeOf('packages/billing/billing.errors.yaml', 'CARD_DECLINED'),
      },
      containerName: 'billing.errors.yaml · 402 Payment Required',
    },
  ]);
  const outline = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
    textDocument: { uri: ws.uri('error-catalog.json') },
  });
  assert.deepEqual(
    outline.map((symbol) => [symbol.name, symbol.detail, symbol.selectionRange]),
    [
      ['FORBIDDEN', '403 Forbidden', ws.rangeOf('error-catalog.json', 'FORBIDDEN')],
      ['ORDER_NOT_FOUND', '404 Not Found', ws.rangeOf('error-catalog.json', 'ORDER_NOT_FOUND')],
      ['ROUTE_NOT_FOUND', '404 Not Found', ws.rangeOf('error-catalog.json', 'ROUTE_NOT_FOUND')],
      ['RATE_LIMITED', '429 Too Many Requests', ws.rangeOf('error-catalog.json', 'RATE_LIMITED')],
      ['LEGACY_LIMIT', '429 Too Many Requests', ws.rangeOf('error-catalog.json', 'LEGACY_LIMIT')],
      ['GIFT_CARDS_DISABLED', '410 Gone', ws.rangeOf('error-catalog.json', 'GIFT_CARDS_DISABLED')],
    ],
  );
  assert.deepEqual(outline[1].range, {
    start: ws.rangeOf('error-catalog.json', '"ORDER_NOT_FOUND"').start,
    end: ws.rangeOf('error-catalog.json', '"Order not found" }').end,
  });
});
