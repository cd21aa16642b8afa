import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { cli } from '../../cli/runCli';
import { FixtureWorkspace } from '../../helpers/fixtureWorkspace';
import { TestClient } from '../../helpers/lspClient';

// A catalog of thousands of codes the workspace barely uses has as many `unused-code` hints: the
// editor is sent a bounded report (the encoding of 50,000 held every other request), the CLI all.

const CODES = Array.from({ length: 3_000 }, (_, i) => `CODE_${String(i).padStart(4, '0')}`);
const CATALOG = `{\n  "errors": {\n${CODES.map((code) => `    "${code}": { "status": 400 }`).join(',\n')}\n  }\n}\n`;
const NOTE =
  '2,000 more findings in this file are not shown (the editor shows 999 of 2,999, the most severe first); ' +
  '`error-catalog check` lists them all.';

let ws: FixtureWorkspace;
let client: TestClient;
let catalogUri: string;

before(async () => {
  ws = new FixtureWorkspace();
  ws.write('error-catalog.json', CATALOG);
  ws.write('src/app.ts', `res.status(400).json({ error: { code: 'CODE_0000' } });\n`);
  catalogUri = ws.uri('error-catalog.json');
  client = await TestClient.start({ folders: [ws.root] });
  await client.indexed();
});

after(async () => {
  await client.stop();
  ws.dispose();
});

/** The range of a code's key in the catalog: its line, inside the quotes. */
const keyRange = (code: string) => {
  const line = CODES.indexOf(code) + 2;
  return { start: { line, character: 5 }, end: { line, character: 5 + code.length } };
};

function assertBounded(items: Diagnostic[]): void {
  assert.equal(items.length, 1_000);
  assert.deepEqual(
    items.slice(0, 999).map((item) => [item.code, item.range, item.message]),
    CODES.slice(1, 1_000).map((code) => [
      'unused-code',
      keyRange(code),
      `'${code}' is not used anywhere in the workspace.`,
    ]),
  );
  assert.deepEqual(
    [items[999].code, items[999].range, items[999].message],
    ['findings-not-shown', keyRange('CODE_1000'), NOTE],
  );
}

test('the workspace pull sends a catalog of 2,999 unused codes as 999 hints and one note', async () => {
  const report = await client.request<{ items: Array<{ uri: string; items: Diagnostic[] }> }>(
    'workspace/diagnostic',
    { previousResultIds: [] },
  );
  assertBounded(report.items.find((item) => item.uri === catalogUri)!.items);
});

test('the open catalog pulls the same bounded report', async () => {
  await client.open(catalogUri, CATALOG, 'json');
  assertBounded((await client.diagnostics(catalogUri)) as Diagnostic[]);
});

test('the CLI lists every one of them', () => {
  const run = cli(ws.root, 'check', '--rule', 'unused-code=warning', '--format', 'json', '.');
  const findings = (JSON.parse(run.stdout) as { findings: Array<{ rule: string; line: number }> }).findings;
  assert.equal(run.status, 0);
  assert.equal(findings.length, 2_999);
  assert.deepEqual(
    [findings[0], findings[2_998]].map((finding) => [finding.rule, finding.line]),
    [
      ['unused-code', 4],
      ['unused-code', 3_002],
    ],
  );
});
