import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { CompletionList, Hover } from 'vscode-languageserver-types';
import { pathToUri } from '../../server/src/workspace/paths';
import { TestClient } from '../helpers/lspClient';
import { parseMarkers } from '../helpers/markers';
import { SAMPLE_CATALOG } from '../helpers/workspace';

// A team's own envelope and carrier, declared in the editor's settings rather than the catalog.
const SETTINGS: Record<string, unknown> = {
  envelopes: [{ name: 'failure', codePath: ['failure', 'reason'], statusPath: ['failure', 'httpStatus'] }],
  carriers: [{ callee: 'sendError', statusArgument: 1, codeArgument: 2 }, { name: 'not a carrier row' }],
};
const SOURCE = parseMarkers(
  [
    `export const a = { failure: { reason: 'FORBI$$CURSOR$$DDEN', httpStatus: [[404]] } };`,
    `sendError(res, [[401]], 'INVALID_TOKEN');`,
    ``,
  ].join('\n'),
);

let folder: string;
let client: TestClient;
let uri: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'error-catalog-settings-'));
  mkdirSync(join(folder, 'src'));
  writeFileSync(join(folder, 'error-catalog.json'), SAMPLE_CATALOG);
  writeFileSync(join(folder, 'src/app.ts'), SOURCE.text);
  uri = pathToUri(join(folder, 'src/app.ts'));
  client = await TestClient.start({ folders: [folder], settings: SETTINGS });
  await client.indexed();
  await client.open(uri, SOURCE.text);
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const findings = async () => (await client.diagnostics(uri)).map((d) => [d.code, d.range, d.message]);

test('rows added by the settings are found, hovered and completed like a catalog\u2019s own', async () => {
  const [enveloped, carried] = SOURCE.ranges();
  assert.deepEqual(await findings(), [
    [
      'status-mismatch',
      enveloped,
      `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
    ],
    [
      'status-mismatch',
      carried,
      `'INVALID_TOKEN' is 403 Forbidden in the error catalog, but this response sends 401 Unauthorized.`,
    ],
  ]);
  const hover = await client.request<Hover>('textDocument/hover', {
    textDocument: { uri },
    position: SOURCE.cursorPosition(),
  });
  assert.equal((hover.contents as { value: string }).value.split('\n\n')[0], '**FORBIDDEN** · 403 Forbidden');
  const completion = await client.request<CompletionList>('textDocument/completion', {
    textDocument: { uri },
    position: SOURCE.cursorPosition(),
  });
  assert.deepEqual(completion.items.map((item) => item.label).sort(), [
    'FORBIDDEN',
    'INVALID_TOKEN',
    'LEGACY_LIMIT',
    'ROUTE_NOT_FOUND',
    'SERVICE_UNAVAILABLE',
  ]);
});

test('settings changed without the rows: the same file holds no code any more', async () => {
  SETTINGS.envelopes = [];
  SETTINGS.carriers = [];
  const refreshed = client.nextDiagnosticRefresh();
  await client.notify('workspace/didChangeConfiguration', { settings: null });
  await refreshed;
  assert.deepEqual(await findings(), []);
  const hover = await client.request<Hover | null>('textDocument/hover', {
    textDocument: { uri },
    position: SOURCE.cursorPosition(),
  });
  assert.equal(hover, null);
});
