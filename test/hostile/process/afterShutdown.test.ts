import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { pathToUri } from '../../../server/src/workspace/paths';
import { TestClient } from '../../helpers/lspClient';

const EXAMPLE = resolve(__dirname, '../../../examples/api');

test('after shutdown every request is refused with InvalidRequest, and exit still ends the server', async () => {
  const client = await TestClient.start({ folders: [EXAMPLE] });
  await client.indexed();
  assert.equal(await client.request('shutdown', null), null);
  const refused: unknown[] = [];
  for (const [method, params] of [
    [
      'textDocument/hover',
      {
        textDocument: { uri: pathToUri(`${EXAMPLE}/src/routes/users.ts`) },
        position: { line: 0, character: 0 },
      },
    ],
    ['workspace/symbol', { query: 'FORBIDDEN' }],
    ['shutdown', null],
  ] as const) {
    try {
      await client.request(method, params);
      refused.push([method, 'answered']);
    } catch (error) {
      refused.push([method, error instanceof ResponseError ? error.code : String(error)]);
    }
  }
  assert.deepEqual(refused, [
    ['textDocument/hover', ErrorCodes.InvalidRequest],
    ['workspace/symbol', ErrorCodes.InvalidRequest],
    ['shutdown', ErrorCodes.InvalidRequest],
  ]);
  // stop() asks for shutdown again (refused, as above) and then sends exit: the server ends.
  await client.stop();
  assert.equal(client.running, false);
});
