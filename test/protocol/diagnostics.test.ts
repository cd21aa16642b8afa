import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

interface WorkspaceReport {
  items: Array<{
    uri: string;
    kind: 'full' | 'unchanged';
    resultId?: string;
    version: number | null;
    items?: Array<{ range: unknown; code?: unknown; message: string; severity?: number; tags?: number[] }>;
  }>;
}

const README = 'https://github.com/error-catalog/error-catalog/blob/main/README.md';

let ws: FixtureWorkspace;
let client: TestClient;

before(async () => {
  ws = new FixtureWorkspace('shop');
  client = await TestClient.start({ folders: [ws.root] });
});

after(async () => {
  await client.stop();
  ws.dispose();
});

const summary = (d: {
  range: unknown;
  code?: unknown;
  message: string;
  severity?: number;
  tags?: number[];
}) => ({
  range: d.range,
  code: d.code,
  message: d.message,
  severity: d.severity,
  tags: d.tags,
});

test('an open document gets every rule: unknown codes, a status mismatch kept as written, a deprecated code', async () => {
  const path = 'src/orders.ts';
  await client.open(ws.uri(path), ws.text(path));
  const diagnostics = await client.diagnostics(ws.uri(path));
  assert.deepEqual(diagnostics.map(summary), [
    {
      range: ws.rangeOf(path, 'ORDER_NOT_FOUD'),
      code: 'unknown-code',
      message: `'ORDER_NOT_FOUD' is not in the error catalog. Did you mean 'ORDER_NOT_FOUND'?`,
      severity: 2,
      tags: undefined,
    },
    {
      range: ws.rangeOf(path, 'ORDER_CANCELLED'),
      code: 'unknown-code',
      message: `'ORDER_CANCELLED' is not in the error catalog.`,
      severity: 2,
      tags: undefined,
    },
    {
      range: ws.rangeOf(path, 'NOT_FOUND'),
      code: 'status-mismatch',
      message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
      severity: 2,
      tags: undefined,
    },
    {
      range: ws.rangeOf(path, 'LEGACY_LIMIT'),
      code: 'deprecated-code',
      message: `'LEGACY_LIMIT' is deprecated in the error catalog: use 'RATE_LIMITED' instead.`,
      severity: 2,
      tags: [2],
    },
  ]);
  for (const diagnostic of diagnostics) {
    assert.equal((diagnostic as { source?: string }).source, 'error-catalog');
    assert.deepEqual((diagnostic as { codeDescription?: unknown }).codeDescription, {
      href: `${README}#${String(diagnostic.code)}`,
    });
  }
});

test('a problem details body whose status differs from the response is a mismatch on the body', async () => {
  const path = 'src/problems.ts';
  await client.open(ws.uri(path), ws.text(path));
  assert.deepEqual((await client.diagnostics(ws.uri(path))).map(summary), [
    {
      range: ws.rangeOf(path, '404'),
      code: 'status-mismatch',
      message:
        'This problem details body says status 404 Not Found, but the response sends 429 Too Many Requests: RFC 9457 requires them to be the same.',
      severity: 2,
      tags: undefined,
    },
  ]);
});

test('a catalog entry nothing uses is a faded hint in the catalog file, once the workspace is indexed', async () => {
  const path = 'error-catalog.json';
  // The workspace pull answers once every source file is indexed; before, no entry is called unused.
  await client.request('workspace/diagnostic', { previousResultIds: [] });
  assert.deepEqual((await client.diagnostics(ws.uri(path))).map(summary), [
    {
      range: ws.rangeOf(path, 'GIFT_CARDS_DISABLED'),
      code: 'unused-code',
      message: `'GIFT_CARDS_DISABLED' is not used anywhere in the workspace.`,
      severity: 4,
      tags: [1],
    },
  ]);
});

test('workspace diagnostics cover every file no editor has open, and answer unchanged ones as such', async () => {
  const report = await client.request<WorkspaceReport>('workspace/diagnostic', { previousResultIds: [] });
  const byPath = Object.fromEntries(
    report.items.map((item) => [
      ws.pathOf(item.uri),
      { kind: item.kind, version: item.version, items: item.items?.map(summary) },
    ]),
  );
  assert.deepEqual(Object.keys(byPath).sort(), [
    'error-catalog.json',
    'packages/billing/billing.errors.yaml',
    'packages/billing/src/pay.ts',
    'src/closed.ts',
    'src/limits.ts',
    'src/nest.ts',
  ]);
  const mismatch = `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`;
  assert.deepEqual(byPath, {
    'error-catalog.json': {
      kind: 'full',
      version: null,
      items: [
        {
          range: ws.rangeOf('error-catalog.json', 'GIFT_CARDS_DISABLED'),
          code: 'unused-code',
          message: `'GIFT_CARDS_DISABLED' is not used anywhere in the workspace.`,
          severity: 4,
          tags: [1],
        },
      ],
    },
    'packages/billing/billing.errors.yaml': { kind: 'full', version: null, items: [] },
    'packages/billing/src/pay.ts': {
      kind: 'full',
      version: null,
      items: [
        {
          range: ws.rangeOf('packages/billing/src/pay.ts', 'CARD_EXPIRED'),
          code: 'unknown-code',
          message: `'CARD_EXPIRED' is not in the error catalog. Did you mean 'CARD_DECLINED'?`,
          severity: 2,
          tags: undefined,
        },
      ],
    },
    'src/closed.ts': {
      kind: 'full',
      version: null,
      items: [
        {
          range: ws.rangeOf('src/closed.ts', 'notFound'),
          code: 'status-mismatch',
          message: mismatch,
          severity: 2,
          tags: undefined,
        },
      ],
    },
    'src/limits.ts': { kind: 'full', version: null, items: [] },
    'src/nest.ts': {
      kind: 'full',
      version: null,
      items: [
        {
          range: ws.rangeOf('src/nest.ts', 'NotFoundException', 1),
          code: 'status-mismatch',
          message: mismatch,
          severity: 2,
          tags: undefined,
        },
      ],
    },
  });

  const previousResultIds = report.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
  const again = await client.request<WorkspaceReport>('workspace/diagnostic', { previousResultIds });
  assert.deepEqual(
    again.items.map((item) => item.kind),
    report.items.map(() => 'unchanged'),
  );
});

test('a catalog change refreshes the diagnostics, and the workspace pull sends only what changed', async () => {
  const first = await client.request<WorkspaceReport>('workspace/diagnostic', { previousResultIds: [] });
  const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
  // GIFT_CARDS_DISABLED leaves the catalog; CARD_EXPIRED joins the billing catalog.
  const catalog = ws
    .text('error-catalog.json')
    .replace(',\n    "GIFT_CARDS_DISABLED": { "status": 410, "title": "Gift cards disabled" }', '');
  ws.write('error-catalog.json', catalog);
  ws.write(
    'packages/billing/billing.errors.yaml',
    `${ws.text('packages/billing/billing.errors.yaml')}  CARD_EXPIRED:\n    status: 402\n`,
  );
  const refreshed = client.nextDiagnosticRefresh();
  await client.notify('workspace/didChangeWatchedFiles', {
    changes: [
      { uri: ws.uri('error-catalog.json'), type: 2 },
      { uri: ws.uri('packages/billing/billing.errors.yaml'), type: 2 },
    ],
  });
  await refreshed;
  const second = await client.request<WorkspaceReport>('workspace/diagnostic', { previousResultIds });
  const changed = second.items
    .filter((item) => item.kind === 'full')
    .map((item) => ({ path: ws.pathOf(item.uri), items: item.items }));
  assert.deepEqual(changed, [
    { path: 'packages/billing/src/pay.ts', items: [] },
    { path: 'error-catalog.json', items: [] },
  ]);
});

test('rule severities come from the settings, and an ignored rule reports nothing', async () => {
  const other = new FixtureWorkspace('shop');
  const configured = await TestClient.start({
    folders: [other.root],
    settings: { rules: { 'status-mismatch': 'error', 'unused-code': 'ignore', 'deprecated-code': 'info' } },
  });
  try {
    const report = await configured.request<WorkspaceReport>('workspace/diagnostic', {
      previousResultIds: [],
    });
    const codesAndSeverities = report.items.flatMap((item) =>
      (item.items ?? []).map((d) => `${other.pathOf(item.uri)} ${String(d.code)} ${d.severity}`),
    );
    assert.deepEqual(codesAndSeverities.sort(), [
      'packages/billing/src/pay.ts unknown-code 2',
      'src/closed.ts status-mismatch 1',
      'src/nest.ts status-mismatch 1',
      'src/orders.ts deprecated-code 3',
      'src/orders.ts status-mismatch 1',
      'src/orders.ts unknown-code 2',
      'src/orders.ts unknown-code 2',
      'src/problems.ts status-mismatch 1',
    ]);
  } finally {
    await configured.stop();
    other.dispose();
  }
});
