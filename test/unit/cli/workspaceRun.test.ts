import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Progress } from '../../../server/src/cli/progress';
import { openWorkspace } from '../../../server/src/cli/workspaceRun';
import { MemoryHost } from '../../../server/src/workspace/memoryHost';

const quiet = () => new Progress({ write: () => true, isTTY: false });

const FILES = {
  '/ws/.git/HEAD': '',
  '/ws/error-catalog.json': JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } }),
  '/ws/src/util.ts': `export const sum = (a: number, b: number) => a + b; // the error code lives elsewhere\n`,
  '/ws/src/route.ts': `export const deny = (res: any) => res.status(403).json({ error: { code: 'FORBIDDEN' } });\n`,
  '/ws/src/errors.ts': `import { createError } from '@directus/errors';\nexport const LockedError = createError('LOCKED', 'Locked.', 423);\n`,
  '/ws/lib/lock.ts': `import { LockedError } from '../src/errors';\nexport function lock() {\n  throw new LockedError();\n}\n`,
};

test('a file that cannot hold a reference is never parsed; the others are, once', async () => {
  const run = await openWorkspace(
    new MemoryHost(FILES),
    { cwd: '/ws', paths: ['src'], catalogPatterns: [] },
    quiet(),
  );
  assert.deepEqual(run.sources, ['/ws/src/errors.ts', '/ws/src/route.ts', '/ws/src/util.ts']);
  assert.equal(run.context.model('file:///ws/src/util.ts'), undefined);
  assert.deepEqual(
    run.context.model('file:///ws/src/route.ts')?.references.map((reference) => reference.code),
    ['FORBIDDEN'],
  );
});

test('the whole workspace is indexed: a class imported from a file outside the paths resolves', async () => {
  const run = await openWorkspace(
    new MemoryHost(FILES),
    { cwd: '/ws', paths: ['lib'], catalogPatterns: [] },
    quiet(),
  );
  assert.deepEqual(run.sources, ['/ws/lib/lock.ts']);
  assert.deepEqual(
    run.context
      .model('file:///ws/lib/lock.ts')
      ?.references.map((reference) => [reference.code, reference.kind]),
    [['LOCKED', 'class']],
  );
  assert.deepEqual(
    run.catalogs
      .catalogFor('file:///ws/lib/lock.ts')
      .entries()
      .map((entry) => [entry.code, entry.statuses, entry.source.format]),
    [
      ['FORBIDDEN', [403], 'json'],
      ['LOCKED', [423], 'typescript'],
    ],
  );
});
