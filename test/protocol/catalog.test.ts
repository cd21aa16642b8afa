import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToUri } from '../../server/src/workspace/paths';
import { parseMarkers } from '../helpers/markers';
import { TestClient } from '../helpers/lspClient';

const SEEDS = resolve(__dirname, '../fixtures/seeds');
const catalogText = (status: number) =>
  JSON.stringify({ errors: { ACCOUNT_LOCKED: { status, description: 'The account is locked.' } } }, null, 2) +
  '\n';

let folder: string;
let client: TestClient;
const source = parseMarkers(`throw { error: { code: 'ACCOUNT$$CURSOR$$_LOCKED' } };\n`);

async function hoverFirstLine(uri: string): Promise<string | undefined> {
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: source.cursorPosition(),
  });
  return hover?.contents.value.split('\n\n')[0];
}

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'error-catalog-protocol-'));
  writeFileSync(join(folder, 'error-catalog.json'), catalogText(403));
  mkdirSync(join(folder, 'src'));
  writeFileSync(join(folder, 'src/a.ts'), source.text);
  mkdirSync(join(folder, 'docs/api'), { recursive: true });
  copyFileSync(join(SEEDS, '000_c897f8747c97e938.txt'), join(folder, 'docs/api/errors.md'));
  client = await TestClient.start({ folders: [folder] });
  await client.open(pathToUri(join(folder, 'src/a.ts')), source.text);
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('a broken catalog is reported while its last good version keeps answering, until it is fixed', async () => {
  const sourceUri = pathToUri(join(folder, 'src/a.ts'));
  const catalogUri = pathToUri(join(folder, 'error-catalog.json'));
  assert.equal(await hoverFirstLine(sourceUri), '**ACCOUNT_LOCKED** · 403 Forbidden');

  const broken = '{\n  "errors": {\n    "ACCOUNT_LOCKED": { "status": 401 \n';
  await client.open(catalogUri, broken, 'json');
  const problems = await client.diagnostics(catalogUri);
  assert.deepEqual(
    problems.map((d) => ({
      code: d.code,
      source: d.source,
      severity: d.severity,
      range: d.range,
      message: d.message,
    })),
    [
      {
        code: 'malformed-json',
        source: 'error-catalog',
        severity: 1,
        range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
        message: 'A closing brace `}` is expected here: the catalog is not valid JSON.',
      },
    ],
  );
  assert.equal(await hoverFirstLine(sourceUri), '**ACCOUNT_LOCKED** · 403 Forbidden');

  await client.change(catalogUri, 2, catalogText(401));
  assert.deepEqual(await client.diagnostics(catalogUri), []);
  assert.equal(await hoverFirstLine(sourceUri), '**ACCOUNT_LOCKED** · 401 Unauthorized');

  // Closing the editor without saving: the file on disk is the catalog again.
  await client.notify('textDocument/didClose', { textDocument: { uri: catalogUri } });
  assert.equal(await hoverFirstLine(sourceUri), '**ACCOUNT_LOCKED** · 403 Forbidden');
});

test('a catalog changed on disk is re-read when the client reports the change', async () => {
  const sourceUri = pathToUri(join(folder, 'src/a.ts'));
  const catalogPath = join(folder, 'error-catalog.json');
  writeFileSync(catalogPath, catalogText(451));
  await client.notify('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToUri(catalogPath), type: 2 }],
  });
  assert.equal(await hoverFirstLine(sourceUri), '**ACCOUNT_LOCKED** · 451 Unavailable For Legal Reasons');
  writeFileSync(catalogPath, catalogText(403));
  await client.notify('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToUri(catalogPath), type: 2 }],
  });
  assert.equal(await hoverFirstLine(sourceUri), '**ACCOUNT_LOCKED** · 403 Forbidden');
});

test('Markdown documentation in docs/ is a catalog of the whole folder', async () => {
  const fixture = parseMarkers(
    `res.status(404).json({ errors: [{ message: 'x', extensions: { code: 'ROUTE_$$CURSOR$$NOT_FOUND' } }] });\n`,
  );
  const uri = pathToUri(join(folder, 'src/routes.ts'));
  await client.open(uri, fixture.text);
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
    textDocument: { uri },
    position: fixture.cursorPosition(),
  });
  assert.deepEqual(hover.contents.value.split('\n\n').slice(0, 2), [
    '**ROUTE_NOT_FOUND** · 404 Not Found',
    'Endpoint does not exist.',
  ]);
});
