import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigurationError } from '../../../server/src/cli/cliIo';
import { bearsOnTargets, governingFolder, resolveTargets } from '../../../server/src/cli/targets';
import { MemoryHost } from '../../../server/src/workspace/memoryHost';

const MONOREPO = new MemoryHost({
  '/mono/.git/HEAD': '',
  '/mono/package.json': '{}',
  '/mono/error-catalog.json': '{}',
  '/mono/packages/billing/package.json': '{}',
  '/mono/packages/billing/error-catalog.json': '{}',
  '/mono/packages/billing/src/pay.ts': '',
  '/mono/packages/web/src/app.ts': '',
  '/mono/packages/web/README.md': '',
  '/mono/tools/docs-only/package.json': '{}',
  '/mono/tools/docs-only/docs/errors.md': '',
  '/mono/tools/docs-only/src/a.ts': '',
});

test('the catalog root is the highest folder of the repository holding a catalog file', async () => {
  assert.equal(await governingFolder(MONOREPO, '/mono/packages/billing/src'), '/mono');
  assert.equal(await governingFolder(MONOREPO, '/mono/packages/web'), '/mono');
});

test('outside a repository the nearest catalog folder wins; with none, the package, else the folder', async () => {
  const host = new MemoryHost({
    '/work/error-catalog.json': '{}',
    '/work/api/error-catalog.json': '{}',
    '/work/api/src/a.ts': '',
    '/loose/pkg/package.json': '{}',
    '/loose/pkg/src/a.ts': '',
    '/bare/src/a.ts': '',
  });
  assert.equal(await governingFolder(host, '/work/api/src'), '/work/api');
  assert.equal(await governingFolder(host, '/loose/pkg/src'), '/loose/pkg');
  assert.equal(await governingFolder(host, '/bare/src'), '/bare/src');
});

test('in a repository without a catalog file at any level the nearest package folder is the root', async () => {
  const host = new MemoryHost({
    '/repo/.git/HEAD': '',
    '/repo/package.json': '{}',
    '/repo/app/package.json': '{}',
    '/repo/app/docs/errors.md': '',
    '/repo/app/src/a.ts': '',
  });
  assert.equal(await governingFolder(host, '/repo/app/src'), '/repo/app');
});

test('paths resolve to folders, source files and their catalog roots', async () => {
  const targets = await resolveTargets(
    MONOREPO,
    '/mono/packages',
    ['billing/src', 'web/src/app.ts', 'billing/src/'],
    true,
  );
  assert.deepEqual(targets, {
    folders: ['/mono/packages/billing/src'],
    files: ['/mono/packages/web/src/app.ts'],
    roots: ['/mono'],
  });
  const named = await resolveTargets(MONOREPO, '/mono', [], false);
  assert.deepEqual(named, { folders: ['/mono'], files: [], roots: ['/mono'] });
});

test('a missing path or a file that is not a source is a configuration error', async () => {
  await assert.rejects(
    resolveTargets(MONOREPO, '/mono', ['nowhere'], true),
    new ConfigurationError(`'nowhere' does not exist`),
  );
  await assert.rejects(
    resolveTargets(MONOREPO, '/mono', ['packages/web/README.md'], true),
    new ConfigurationError(`'packages/web/README.md' is not a TypeScript or JavaScript source file`),
  );
});

test('a catalog bears on the targets above or inside them, not beside them', async () => {
  const targets = await resolveTargets(MONOREPO, '/mono', ['packages/web'], true);
  assert.equal(bearsOnTargets(targets, '/mono/error-catalog.json'), true);
  assert.equal(bearsOnTargets(targets, '/mono/packages/web/api/errors.errors.json'), true);
  assert.equal(bearsOnTargets(targets, '/mono/packages/billing/error-catalog.json'), false);
});
