import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI, ROOT } from '../../cli/runCli';

test('a reader that closes the pipe early ends the run quietly, with the exit code of its findings', async () => {
  const child = spawn(process.execPath, [CLI, 'check'], {
    cwd: join(ROOT, 'test/fixtures/cli/warnings'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // `check | head -0`: the reader goes away before the first line.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  // Warnings only: exit 0, as if every line had been read.
  assert.deepEqual({ status, stderr }, { status: 0, stderr: '' });
});
