import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { applyTextEdits } from '../helpers/edits';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

let ws: FixtureWorkspace;
let client: TestClient;
const versions = new Map<string, number>();

before(async () => {
  ws = new FixtureWorkspace('shop');
  client = await TestClient.start({
    folders: [ws.root],
    textDocument: { codeAction: { disabledSupport: true } },
  });
});

after(async () => {
  await client.stop();
  ws.dispose();
});

/** Opens a file as it is on disk, or sends its new text as the next version when already open. */
async function show(path: string, text = ws.text(path)): Promise<Diagnostic[]> {
  const version = (versions.get(path) ?? 0) + 1;
  versions.set(path, version);
  if (version === 1) await client.open(ws.uri(path), text, path.endsWith('.ts') ? 'typescript' : 'json');
  else await client.change(ws.uri(path), version, text);
  return (await client.diagnostics(ws.uri(path))) as Diagnostic[];
}

function actionsFor(path: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: ws.uri(path) },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  });
}

/** The text of `path` after the action's edits to it. */
function edited(path: string, action: CodeAction, text = ws.text(path)): string {
  const edits = action.edit?.changes?.[ws.uri(path)];
  assert.ok(edits, `"${action.title}" edits ${path}`);
  return applyTextEdits(text, edits, ws.uri(path));
}

const byCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

test('"Change status to 403 Forbidden" keeps StatusCodes, and "Use code" offers the codes of the sent status', async () => {
  const path = 'src/orders.ts';
  const original = ws.text(path);
  const [mismatch] = byCode(await show(path), 'status-mismatch');
  const actions = await actionsFor(path, mismatch);
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, kind: a.kind, isPreferred: a.isPreferred })),
    [
      { title: 'Change status to 403 Forbidden', kind: 'quickfix', isPreferred: true },
      { title: 'Use code ORDER_NOT_FOUND (404)', kind: 'quickfix', isPreferred: undefined },
      { title: 'Use code ROUTE_NOT_FOUND (404)', kind: 'quickfix', isPreferred: undefined },
    ],
  );
  const statusFixed = edited(path, actions[0]);
  assert.equal(
    statusFixed.split('\n')[5],
    `    return res.status(StatusCodes.FORBIDDEN).json({ error: { code: 'FORBIDDEN', message: 'Sign in.' } });`,
  );
  assert.deepEqual(byCode(await show(path, statusFixed), 'status-mismatch'), []);
  const codeFixed = edited(path, actions[1], original);
  assert.equal(
    codeFixed.split('\n')[5],
    `    return res.status(StatusCodes.NOT_FOUND).json({ error: { code: 'ORDER_NOT_FOUND', message: 'Sign in.' } });`,
  );
  assert.deepEqual(byCode(await show(path, codeFixed), 'status-mismatch'), []);
  await show(path, original);
});

test('a NestJS exception becomes the one of the catalog status, imported beside the old one', async () => {
  const path = 'src/nest.ts';
  const [mismatch] = await show(path);
  const [change] = await actionsFor(path, mismatch);
  assert.equal(change.title, 'Change status to 403 Forbidden');
  const fixed = edited(path, change);
  assert.deepEqual(
    fixed.split('\n').filter((line) => line.includes('Exception')),
    [
      `import { Controller, Get, NotFoundException, ForbiddenException } from '@nestjs/common';`,
      `    throw new ForbiddenException({ error: { code: 'FORBIDDEN', message: 'Admins only.' } });`,
    ],
  );
  assert.deepEqual(await show(path, fixed), []);
});

test('a deprecated code is replaced by the code its notice names', async () => {
  const path = 'src/orders.ts';
  const [deprecated] = byCode(await show(path), 'deprecated-code');
  const actions = await actionsFor(path, deprecated);
  assert.deepEqual(
    actions.map((a) => a.title),
    [`Replace with 'RATE_LIMITED'`],
  );
  const fixed = edited(path, actions[0]);
  assert.equal(
    fixed.split('\n')[8],
    `    return res.status(429).json({ error: { code: 'RATE_LIMITED', message: 'Slow down.' } });`,
  );
  assert.deepEqual(byCode(await show(path, fixed), 'deprecated-code'), []);
  await show(path, ws.text(path));
});

test('an unknown code: "Replace with" the suggestion, or "Add to the catalog" into the JSON catalog', async () => {
  const path = 'src/orders.ts';
  const [typo, cancelled] = byCode(await show(path), 'unknown-code');
  const typoActions = await actionsFor(path, typo);
  assert.deepEqual(
    typoActions.map((a) => ({ title: a.title, isPreferred: a.isPreferred })),
    [
      { title: `Replace with 'ORDER_NOT_FOUND'`, isPreferred: true },
      { title: `Add 'ORDER_NOT_FOUD' to the catalog`, isPreferred: false },
    ],
  );
  const replaced = edited(path, typoActions[0]);
  assert.equal(byCode(await show(path, replaced), 'unknown-code').length, 1);

  const [add] = await actionsFor(path, cancelled);
  assert.equal(add.title, `Add 'ORDER_CANCELLED' to the catalog`);
  assert.deepEqual(Object.keys(add.edit!.changes!), [ws.uri('error-catalog.json')]);
  const before = ws.text('error-catalog.json');
  ws.apply(add.edit!);
  assert.equal(
    ws.text('error-catalog.json'),
    before.replace(
      '    "GIFT_CARDS_DISABLED": { "status": 410, "title": "Gift cards disabled" }\n',
      '    "GIFT_CARDS_DISABLED": { "status": 410, "title": "Gift cards disabled" },\n' +
        '    "ORDER_CANCELLED": {\n      "status": 409,\n      "title": "Order cancelled"\n    }\n',
    ),
  );
  await client.notify('workspace/didChangeWatchedFiles', {
    changes: [{ uri: ws.uri('error-catalog.json'), type: 2 }],
  });
  assert.deepEqual(byCode(await show(path, replaced), 'unknown-code'), []);
});

test('"Add to the catalog" writes into the nearest catalog, here YAML, keeping its comments', async () => {
  const path = 'packages/billing/src/pay.ts';
  const [unknown] = await show(path);
  const actions = await actionsFor(path, unknown);
  assert.deepEqual(
    actions.map((a) => a.title),
    [`Replace with 'CARD_DECLINED'`, `Add 'CARD_EXPIRED' to the catalog`],
  );
  ws.apply(actions[1].edit!);
  assert.equal(
    ws.text('packages/billing/billing.errors.yaml'),
    [
      '# Codes of the billing service.',
      'errors:',
      '  CARD_DECLINED:',
      '    status: 402',
      '    title: Card declined   # the issuer said no',
      '  CARD_EXPIRED:',
      '    status: 402',
      '    title: Card expired',
      '',
    ].join('\n'),
  );
  await client.notify('workspace/didChangeWatchedFiles', {
    changes: [{ uri: ws.uri('packages/billing/billing.errors.yaml'), type: 2 }],
  });
  assert.deepEqual(await show(path), []);
});

test('a catalog that does not parse is never written: the action is disabled with the reason', async () => {
  const path = 'src/limits.ts';
  const text = ws.text(path).replace(`'RATE_LIMITED'`, `'SLOW_DOWN'`);
  await show('error-catalog.json', '{ "errors": { "FORBIDDEN": { "status": 403 }, ');
  const [unknown] = byCode(await show(path, text), 'unknown-code');
  const actions = await actionsFor(path, unknown);
  assert.deepEqual(actions, [
    {
      title: `Add 'SLOW_DOWN' to the catalog`,
      kind: 'quickfix',
      diagnostics: [unknown],
      disabled: { reason: 'error-catalog.json has syntax errors; fix them before adding codes to it.' },
    },
  ]);
  await client.notify('textDocument/didClose', { textDocument: { uri: ws.uri('error-catalog.json') } });
});

test('"Fix all status mismatches in file" is a source action that fixes each mismatch', async () => {
  const path = 'src/closed.ts';
  const diagnostics = await show(path);
  assert.equal(diagnostics.length, 1);
  const actions = await actionsFor(path, diagnostics[0], ['source.fixAll']);
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, kind: a.kind })),
    [{ title: 'Fix all status mismatches in file', kind: 'source.fixAll.errorCatalog' }],
  );
  const fixed = edited(path, actions[0]);
  assert.equal(fixed, ws.text(path).replace('Boom.notFound(', 'Boom.forbidden('));
  assert.deepEqual(await show(path, fixed), []);
});
