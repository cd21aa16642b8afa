import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToUri } from '../../server/src/workspace/paths';
import { parseMarkers } from '../helpers/markers';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

const EXAMPLE = resolve(__dirname, '../../examples/api');
const USERS = resolve(EXAMPLE, 'src/routes/users.ts');

let client: TestClient;

before(async () => {
  client = await TestClient.start({ folders: [EXAMPLE] });
});

after(async () => {
  await client.stop();
});

test('initialize announces hover, completion, diagnostics, code actions, navigation and rename', () => {
  const capabilities = client.initializeResult!.capabilities;
  assert.equal(capabilities.hoverProvider, true);
  assert.deepEqual(capabilities.completionProvider?.triggerCharacters, ["'", '"', '`', '(', ' ']);
  assert.deepEqual(capabilities.codeActionProvider, {
    codeActionKinds: ['quickfix', 'source.fixAll.errorCatalog'],
  });
  assert.deepEqual(capabilities.diagnosticProvider, {
    identifier: 'error-catalog',
    interFileDependencies: true,
    workspaceDiagnostics: true,
  });
  assert.equal(capabilities.definitionProvider, true);
  assert.equal(capabilities.referencesProvider, true);
  assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
  assert.equal(capabilities.workspaceSymbolProvider, true);
  assert.equal(capabilities.documentSymbolProvider, true);
});

test("hover on 'FORBIDDEN' in an example route shows the catalog entry", async () => {
  const text = readFileSync(USERS, 'utf8');
  const uri = pathToUri(USERS);
  await client.open(uri, text);
  const offset = text.indexOf(`'FORBIDDEN'`) + 3;
  const lines = text.slice(0, offset).split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const hover = await client.request<{ contents: { kind: string; value: string }; range: unknown }>(
    'textDocument/hover',
    {
      textDocument: { uri },
      position,
    },
  );
  assert.equal(hover.contents.kind, 'markdown');
  assert.deepEqual(hover.contents.value.split('\n\n').slice(0, 3), [
    '**FORBIDDEN** · 403 Forbidden',
    '*Forbidden*',
    'You are not allowed to do the current action.',
  ]);
  assert.deepEqual(hover.range, {
    start: { line: position.line, character: position.character - 2 },
    end: { line: position.line, character: position.character - 2 + 'FORBIDDEN'.length },
  });
});

test('diagnostics of an open document: a status mismatch and an unknown code, with a fix', async () => {
  const fixture = parseMarkers(
    [
      `export function handler(res: any) {`,
      `  res.status([[404]]).json({ error: { code: 'FORBIDDEN' } });`,
      `  res.status(429).json({ error: { code: '[[REQUEST_EXCEEDED]]' } });`,
      `}`,
      ``,
    ].join('\n'),
  );
  const uri = pathToUri(resolve(EXAMPLE, 'src/routes/scratch.ts'));
  await client.open(uri, fixture.text);
  const diagnostics = await client.diagnostics(uri);
  const [mismatch, unknown] = fixture.ranges();
  assert.deepEqual(
    diagnostics.map((d) => ({ range: d.range, code: d.code, message: d.message, source: d.source })),
    [
      {
        range: unknown,
        code: 'unknown-code',
        message: `'REQUEST_EXCEEDED' is not in the error catalog. Did you mean 'REQUESTS_EXCEEDED'?`,
        source: 'error-catalog',
      },
      {
        range: mismatch,
        code: 'status-mismatch',
        message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
        source: 'error-catalog',
      },
    ],
  );
  const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, unknown> } }>>(
    'textDocument/codeAction',
    { textDocument: { uri }, range: mismatch, context: { diagnostics: [diagnostics[1]] } },
  );
  assert.deepEqual(
    actions.map((a) => a.title),
    ['Change status to 403 Forbidden', 'Use code ROUTE_NOT_FOUND (404)', 'Use code PROJECT_NOT_FOUND (404)'],
  );
  assert.deepEqual(actions[0].edit.changes[uri], [{ range: mismatch, newText: '403' }]);
});

test('a workspace with no catalog says so in the log, naming the folder', async () => {
  const ws = new FixtureWorkspace();
  try {
    ws.write('src/app.ts', `res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`);
    const bare = await TestClient.start({ folders: [ws.root] });
    try {
      await bare.indexed();
      assert.deepEqual(
        bare.logs.filter((line) => line.startsWith('no error catalog')),
        [
          `no error catalog found under ${ws.root}: codes are checked against a catalog file such as ` +
            'error-catalog.json, or the files the errorCatalog.catalogFiles setting names',
        ],
      );
      // The example workspace has one: no such line there.
      assert.deepEqual(
        client.logs.filter((line) => line.startsWith('no error catalog')),
        [],
      );
    } finally {
      await bare.stop();
    }
  } finally {
    ws.dispose();
  }
});

test('a client that refuses the progress token still gets the workspace indexed', async () => {
  const refusing = await TestClient.start({ folders: [EXAMPLE], refusesProgress: true });
  try {
    // The workspace pull answers once every source file is indexed.
    const report = await refusing.request<{ items: Array<{ uri: string }> }>('workspace/diagnostic', {
      previousResultIds: [],
    });
    assert.equal(
      report.items.some((item) => item.uri === pathToUri(USERS)),
      true,
    );
    // Start-up went on past the refusal: nothing failed on the way.
    assert.deepEqual(
      refusing.logs.filter((line) => /unhandled|failed/.test(line)),
      [],
    );
  } finally {
    await refusing.stop();
  }
});
