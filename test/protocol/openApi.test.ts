import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  Hover,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { applyTextEdits } from '../helpers/edits';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

// The `openapi-orders` workspace: one OpenAPI document and the same orders API served by Express
// (routers mounted across files), Fastify, Hono, Koa router, NestJS and Next.js.

let ws: FixtureWorkspace;
let client: TestClient;

before(async () => {
  ws = new FixtureWorkspace('openapi-orders');
  client = await TestClient.start({ folders: [ws.root] });
  await client.indexed();
});

after(async () => {
  await client.stop();
  ws.dispose();
});

const ROUTES = 'express/routes/orders.ts';

test('a status the operation does not document is reported where it is sent; a documented one is not', async () => {
  await client.open(ws.uri(ROUTES), ws.text(ROUTES));
  const diagnostics = (await client.diagnostics(ws.uri(ROUTES))) as Diagnostic[];
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range, d.message]),
    [
      ['unknown-code', ws.rangeOf(ROUTES, 'ORDER_EXISTS'), `'ORDER_EXISTS' is not in the error catalog.`],
      [
        'undocumented-response',
        ws.rangeOf(ROUTES, '409'),
        'POST /orders sends 409 Conflict, which the OpenAPI document does not list for this operation.',
      ],
    ],
  );
});

test('the quick fix documents the response in openapi.yaml, after which the finding is gone', async () => {
  const [finding] = ((await client.diagnostics(ws.uri(ROUTES))) as Diagnostic[]).filter(
    (d) => d.code === 'undocumented-response',
  );
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: ws.uri(ROUTES) },
    range: finding.range,
    context: { diagnostics: [finding] },
  });
  assert.deepEqual(
    actions.map((a) => [a.title, a.isPreferred]),
    [['Document 409 Conflict for POST /orders in openapi.yaml', true]],
  );
  const document = 'openapi.yaml';
  const before = ws.text(document);
  const after = applyTextEdits(before, actions[0].edit!.changes![ws.uri(document)], ws.uri(document));
  const added = after.split('\n').slice(26, 34).join('\n');
  assert.equal(
    added,
    `          $ref: '#/components/responses/Unauthorized'
        '409':
          description: Conflict
          content:
            application/json:
              example:
                error:
                  code: ORDER_EXISTS`,
  );
  // Every other line is as it was.
  assert.equal(
    after
      .split('\n')
      .filter((_line, i) => i < 27 || i > 33)
      .join('\n'),
    before,
  );
  const refreshed = client.nextDiagnosticRefresh();
  await client.open(ws.uri(document), after, 'yaml');
  await refreshed;
  const again = (await client.diagnostics(ws.uri(ROUTES))) as Diagnostic[];
  assert.deepEqual(
    again.map((d) => d.code),
    [],
  );
});

test('a middleware two routes share is reported once, and its fix documents both operations', async () => {
  const path = 'express/middleware.ts';
  await client.open(ws.uri(path), ws.text(path));
  const [finding] = ((await client.diagnostics(ws.uri(path))) as Diagnostic[]).filter(
    (d) => d.code === 'undocumented-response' && d.range.start.line === 7,
  );
  assert.equal(
    finding.message,
    '403 Forbidden is sent here for 2 operations whose responses in the OpenAPI document do not list it: GET /orders/{orderId}, POST /orders.',
  );
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: ws.uri(path) },
    range: finding.range,
    context: { diagnostics: [finding] },
  });
  assert.deepEqual(
    actions.map((a) => a.title),
    ['Document 403 Forbidden for 2 operations in openapi.yaml'],
  );
  const document = 'openapi.yaml';
  const edits = actions[0].edit!.changes![ws.uri(document)];
  const after = applyTextEdits(ws.text(document), edits, ws.uri(document));
  const documented = after.split('\n').filter((line) => line.trim() === "'403':").length;
  assert.equal(documented, 2);
  assert.equal(after.split('\n').filter((line) => line.trim() === 'code: ACCOUNT_SUSPENDED').length, 2);
});

test('hover on a route path shows the operation it serves and its documented responses', async () => {
  const hover = await client.request<Hover>('textDocument/hover', {
    textDocument: { uri: ws.uri(ROUTES) },
    position: ws.positionOf(ROUTES, "'/:id'", 2),
  });
  assert.deepEqual(hover.range, ws.rangeOf(ROUTES, '/:id'));
  assert.equal(
    (hover.contents as { value: string }).value,
    [
      '**GET /orders/{orderId}** · Get an order',
      '',
      '- `200 OK` The order.\n- `404 Not Found` No order has this id. (`ORDER_NOT_FOUND`)',
    ].join('\n'),
  );
});

test('status completion in a handler lists the operation’s documented statuses first', async () => {
  const path = 'hono/orders.ts';
  const text = ws.text(path).replace('  return c.json([]);', '  c.status();\n  return c.json([]);');
  await client.open(ws.uri(path), text);
  const line = text.split('\n').findIndex((l) => l.includes('c.status()'));
  const list = await client.request<CompletionList>('textDocument/completion', {
    textDocument: { uri: ws.uri(path) },
    position: { line, character: '  c.status('.length },
  });
  const ranked = [...list.items]
    .sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))
    .map((item) => item.label);
  assert.deepEqual(ranked.slice(0, 2), ['200', '401']);
  assert.ok(ranked.includes('404'), 'the catalog statuses follow');
});

test('rename of a code the document writes twice rewrites both places and every use', async () => {
  const document = 'openapi.yaml';
  await client.open(ws.uri('koa/orders.ts'), ws.text('koa/orders.ts'));
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
    textDocument: { uri: ws.uri('koa/orders.ts') },
    position: ws.positionOf('koa/orders.ts', 'ORDER_NOT_FOUND', 3),
    newName: 'NO_SUCH_ORDER',
  });
  const changed = Object.fromEntries(
    Object.entries(edit.changes ?? {}).map(([uri, edits]) => [ws.pathOf(uri), edits.length]),
  );
  assert.deepEqual(changed, {
    [document]: 2,
    'express/controllers/orders.ts': 1,
    'koa/orders.ts': 2,
    'next/pages/api/orders/[orderId].ts': 1,
  });
});

test('from a code the document writes in an enum: references list every place, definition lands on the example', async () => {
  const document = 'openapi.yaml';
  const text = ws.text(document);
  await client.open(ws.uri(document), text, 'yaml');
  const enumLine = text.split('\n').findIndex((line) => line.trim() === '- ORDER_SHIPPED');
  const position = { line: enumLine, character: text.split('\n')[enumLine].indexOf('ORDER_SHIPPED') + 2 };
  const references = await client.request<{ uri: string; range: { start: { line: number } } }[]>(
    'textDocument/references',
    { textDocument: { uri: ws.uri(document) }, position, context: { includeDeclaration: true } },
  );
  assert.deepEqual(
    references.map((location) => [ws.pathOf(location.uri), location.range.start.line]).sort(),
    [
      [document, text.split('\n').findIndex((line) => line.trim() === 'code: ORDER_SHIPPED')],
      [document, enumLine],
      ['next/pages/api/orders/[orderId].ts', 4],
    ].sort(),
  );
  const pages = 'next/pages/api/orders/[orderId].ts';
  await client.open(ws.uri(pages), ws.text(pages));
  const definition = await client.request<{ uri: string; range: { start: { line: number } } }[]>(
    'textDocument/definition',
    { textDocument: { uri: ws.uri(pages) }, position: ws.positionOf(pages, 'ORDER_SHIPPED', 2) },
  );
  assert.deepEqual(
    definition.map((location) => [ws.pathOf(location.uri), location.range.start.line]),
    [[document, text.split('\n').findIndex((line) => line.trim() === 'code: ORDER_SHIPPED')]],
  );
});

test('an OpenAPI document added while the server runs makes closed files be read for their routes', async () => {
  const later = new FixtureWorkspace('openapi-orders');
  const document = later.text('openapi.yaml');
  rmSync(join(later.root, 'openapi.yaml'));
  const session = await TestClient.start({ folders: [later.root] });
  type WorkspaceReport = { items: Array<{ uri: string; items?: Array<{ code?: unknown }> }> };
  const findings = async (path: string) => {
    const report = await session.request<WorkspaceReport>('workspace/diagnostic', { previousResultIds: [] });
    return (report.items.find((item) => item.uri === later.uri(path))?.items ?? []).map((item) => item.code);
  };
  try {
    await session.indexed();
    assert.deepEqual(await findings('hono/orders.ts'), []);
    later.write('openapi.yaml', document);
    const refreshed = session.nextDiagnosticRefresh();
    await session.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: later.uri('openapi.yaml'), type: 1 }],
    });
    await refreshed;
    let codes: unknown[] = [];
    // The files are read again in the background after the catalog changed.
    for (let attempt = 0; attempt < 100 && !codes.includes('undocumented-response'); attempt++) {
      codes = await findings('hono/orders.ts');
      if (!codes.includes('undocumented-response')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(codes, ['unknown-code', 'undocumented-response']);
  } finally {
    await session.stop();
    later.dispose();
  }
});

test('a file the document refers to, changed on disk, changes the catalog', async () => {
  const later = new FixtureWorkspace('openapi-orders');
  const path = 'express/errors.ts';
  const text = `export const fail = (res: any) => res.status(500).json({ error: { code: 'UNEXPECTED', message: 'Try again.' } });\n`;
  later.write(path, text);
  const session = await TestClient.start({ folders: [later.root] });
  try {
    await session.indexed();
    await session.open(later.uri(path), text);
    const codes = async () => (await session.diagnostics(later.uri(path))).map((d) => d.code);
    assert.deepEqual(await codes(), ['unknown-code']);
    later.write('responses.yaml', later.text('responses.yaml').replace('code: INTERNAL', 'code: UNEXPECTED'));
    const refreshed = session.nextDiagnosticRefresh();
    await session.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: later.uri('responses.yaml'), type: 2 }],
    });
    await refreshed;
    assert.deepEqual(await codes(), []);
  } finally {
    await session.stop();
    later.dispose();
  }
});

test('a server started with --concurrency=2 indexes on a worker thread and reports what one thread does', async () => {
  type WorkspaceReport = { items: Array<{ uri: string; items?: Array<{ code?: unknown; range: unknown }> }> };
  const reports: string[][] = [];
  for (const concurrency of ['--concurrency=2', '--concurrency=off']) {
    const session = await TestClient.start({ folders: [ws.root], serverArgs: [concurrency] });
    try {
      await session.indexed();
      const report = await session.request<WorkspaceReport>('workspace/diagnostic', {
        previousResultIds: [],
      });
      // Said once the workers are stopped, which may be after the report.
      const said = () => session.logs.filter((line) => line.startsWith('indexed with'));
      for (let wait = 0; concurrency !== '--concurrency=off' && said().length === 0 && wait < 100; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const told = said();
      if (concurrency === '--concurrency=off') assert.deepEqual(told, []);
      else
        assert.match(told.join('\n'), /^indexed with 1 worker thread, which analysed [1-9]\d* of the files$/);
      reports.push(
        report.items
          .filter((item) => (item.items ?? []).length > 0)
          .flatMap((item) =>
            (item.items ?? []).map(
              (finding) => `${ws.pathOf(item.uri)} ${JSON.stringify(finding.range)} ${String(finding.code)}`,
            ),
          )
          .sort(),
      );
    } finally {
      await session.stop();
    }
  }
  assert.equal(reports[0].length, 16);
  assert.deepEqual(reports[0], reports[1]);
  assert.equal(
    reports[0][0],
    'express/controllers/orders.ts {"start":{"line":8,"character":22},"end":{"line":8,"character":25}} undocumented-response',
  );
});
