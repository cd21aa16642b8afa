import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { pathToUri } from '../../server/src/workspace/paths';
import { TestClient } from '../helpers/lspClient';

/** Sixty codes, each with a description: a list long enough to send its documentation on resolve. */
const CODES = Array.from({ length: 60 }, (_, i) => `CODE_${String(i).padStart(2, '0')}`);
const ROUTE = `export function handler(res: any) {\n  res.status(404).json({ error: { code: 'CODE_0', message: 'm' } });\n}\n`;

let workspace: string;
let client: TestClient;
let uri: string;

before(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'error-catalog-resolve-'));
  const errors = Object.fromEntries(
    CODES.map((code, i) => [code, { status: 400 + (i % 3), description: `What ${code} means.` }]),
  );
  writeFileSync(join(workspace, 'error-catalog.json'), JSON.stringify({ errors }, null, 2));
  mkdirSync(join(workspace, 'src'));
  writeFileSync(join(workspace, 'src/route.ts'), ROUTE);
  uri = pathToUri(join(workspace, 'src/route.ts'));
  client = await TestClient.start({
    folders: [workspace],
    textDocument: {
      completion: {
        completionItem: { snippetSupport: true },
        completionList: { itemDefaults: ['editRange', 'data'] },
      },
    },
  });
  await client.indexed();
  await client.open(uri, ROUTE);
});

after(async () => {
  await client.stop();
  rmSync(workspace, { recursive: true, force: true });
});

async function completeInCode(): Promise<CompletionList> {
  return client.request<CompletionList>('textDocument/completion', {
    textDocument: { uri },
    position: { line: 1, character: ROUTE.split('\n')[1].indexOf('CODE_0') + 3 },
  });
}

test('a long list of codes comes without documentation, which resolving an item brings', async () => {
  assert.deepEqual(client.initializeResult!.capabilities.completionProvider?.resolveProvider, true);
  const list = await completeInCode();
  assert.equal(list.items.length, 60);
  assert.deepEqual(
    list.items.filter((item) => item.documentation !== undefined),
    [],
  );
  const data = list.itemDefaults?.data;
  assert.ok(data !== undefined, 'the list marks its items in the item defaults');
  const item = list.items.find((candidate) => candidate.label === 'CODE_07')!;
  assert.equal(item.detail, '401 Unauthorized');
  // The client applies the item defaults before it resolves an item.
  const resolved = await client.request<CompletionItem>('completionItem/resolve', { ...item, data });
  assert.deepEqual(resolved.documentation, { kind: 'markdown', value: 'What CODE_07 means.' });
  assert.equal(resolved.label, 'CODE_07');
});

test("an item of an older list resolves to itself, without another list's documentation", async () => {
  const first = await completeInCode();
  const stale = { ...first.items[0], data: first.itemDefaults?.data };
  await completeInCode();
  const resolved = await client.request<CompletionItem>('completionItem/resolve', stale);
  assert.equal(resolved.documentation, undefined);
  assert.equal(resolved.label, stale.label);
});
