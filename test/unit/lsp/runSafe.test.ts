import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requestsWaiting, runSafe } from '../../../server/src/lsp/request';

const logger = { error: () => undefined };

test('a request counts as waiting from when it is taken until its work starts', async () => {
  const seen: number[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const answer = runSafe(
    logger,
    async () => {
      seen.push(requestsWaiting());
      await held;
      return 'done';
    },
    'fallback',
    'test request',
  );
  assert.equal(requestsWaiting(), 1);
  await new Promise((resolve) => setImmediate(resolve));
  // The work has started and now waits on something else: the request no longer counts.
  assert.deepEqual(seen, [0]);
  assert.equal(requestsWaiting(), 0);
  release();
  assert.equal(await answer, 'done');
});

test('a failing request answers its fallback and stops counting', async () => {
  const answer = runSafe(
    logger,
    () => {
      throw new Error('boom');
    },
    'fallback',
    'failing request',
  );
  assert.equal(requestsWaiting(), 1);
  assert.equal(await answer, 'fallback');
  assert.equal(requestsWaiting(), 0);
});
