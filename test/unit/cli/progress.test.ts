import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Progress } from '../../../server/src/cli/progress';

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } };
}

test('on a terminal, progress shows once the run is long, at most every 100 ms, and is cleared', () => {
  const { writes, stream } = recorder(true);
  let now = 0;
  const progress = new Progress(stream, () => now);
  progress.update('Checking files', 1, 10);
  now = 999;
  progress.update('Checking files', 2, 10);
  now = 1000;
  progress.update('Checking files', 3, 10);
  now = 1050;
  progress.update('Checking files', 4, 10);
  now = 1100;
  progress.update('Checking files', 5, 10);
  progress.done();
  assert.deepEqual(writes, ['\r\u001b[KChecking files 3/10', '\r\u001b[KChecking files 5/10', '\r\u001b[K']);
});

test('a short run draws nothing, so done clears nothing', () => {
  const { writes, stream } = recorder(true);
  const progress = new Progress(stream, () => 0);
  progress.update('Checking files', 1, 1);
  progress.done();
  assert.deepEqual(writes, []);
});

test('off a terminal nothing is ever drawn', () => {
  const { writes, stream } = recorder(false);
  let now = 0;
  const progress = new Progress(stream, () => now);
  now = 5000;
  progress.update('Checking files', 1, 2);
  progress.done();
  assert.deepEqual(writes, []);
});
