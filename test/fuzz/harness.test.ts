import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { CASE_LIMIT_MS, runFuzzTarget } from './harness';

// The checks of the fuzz targets are only worth their runs if a failure, a slow case and a hang
// each really stop the run.

test('a case whose check throws fails the run, with the message and the input', async () => {
  await assert.rejects(
    runFuzzTarget(
      {
        name: 'throwing',
        arbitrary: fc.string({ minLength: 1 }),
        describe: (text) => text,
        check: (text) => {
          if (text.includes('x')) throw new Error(`saw an x in ${JSON.stringify(text)}`);
        },
      },
      2000,
    ),
    /Counterexample: \["[^"]*x[^"]*"\][\s\S]*Got error: saw an x in /,
  );
});

test('a case slower than the bound fails the run', async () => {
  const runs: number[] = [];
  await assert.rejects(
    runFuzzTarget(
      {
        name: 'slow',
        arbitrary: fc.constant('input'),
        describe: (text) => text,
        check: () => {
          runs.push(runs.length);
          const started = process.cpuUsage();
          const usedMs = () => {
            const { user, system } = process.cpuUsage(started);
            return (user + system) / 1000;
          };
          while (usedMs() < CASE_LIMIT_MS + 100) {
            // busy, as a slow parser would be
          }
        },
      },
      1,
    ),
    new RegExp(`one case took \\d+ ms of CPU time, over the ${CASE_LIMIT_MS} ms bound`),
  );
  assert.equal(runs.length, 1);
});

test('a case that never returns is stopped by the watchdog, which shows its input', () => {
  const script = [
    `const { runFuzzTarget } = require(${JSON.stringify(join(import.meta.dirname, 'harness.ts'))});`,
    `const fc = require('fast-check');`,
    `runFuzzTarget({ name: 'endless', arbitrary: fc.constant('the endless input'), describe: (t) => t,`,
    `  check: () => { for (;;) {} } }, 1);`,
  ].join('\n');
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=commonjs', '-e', script], {
    env: { ...process.env, FUZZ_HANG_MS: '500' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(child.signal, 'SIGKILL');
  assert.match(child.stderr, /a case of endless ran for more than 500 ms: hang\./);
  assert.match(child.stderr, /it begins "the endless input"/);
});
