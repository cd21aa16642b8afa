import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findIgnoreTop, GitignoreHost } from '../../../server/src/workspace/gitignoreHost';
import { MemoryHost } from '../../../server/src/workspace/memoryHost';
import { walkFiles } from '../../../server/src/workspace/walk';

const REPOSITORY = {
  '/repo/.git/HEAD': 'ref: refs/heads/main\n',
  '/repo/.git/info/exclude': 'local-notes.ts\n',
  '/repo/.gitignore': '# generated code\ngenerated/\n*.tmp.ts\n!keep.tmp.ts\n',
  '/repo/local-notes.ts': '',
  '/repo/app/src/a.ts': '',
  '/repo/app/src/b.tmp.ts': '',
  '/repo/app/src/keep.tmp.ts': '',
  '/repo/app/generated/client.ts': '',
  '/repo/app/.gitignore': 'fixtures/*\n!fixtures/kept.ts\n/local.ts\n',
  '/repo/app/local.ts': '',
  '/repo/app/fixtures/dropped.ts': '',
  '/repo/app/fixtures/kept.ts': '',
  '/repo/app/src/local.ts': '',
};

test('every .gitignore from the repository top down applies, deeper and later rules winning', async () => {
  const memory = new MemoryHost(REPOSITORY);
  const host = new GitignoreHost(memory, ['/repo']);
  const files = await walkFiles(host, '/repo/app', { accept: (path) => path.endsWith('.ts') });
  assert.deepEqual(files, ['fixtures/kept.ts', 'src/a.ts', 'src/keep.tmp.ts', 'src/local.ts']);
});

test('a single path is ignored exactly when a listing from the top down would leave it out', async () => {
  const host = new GitignoreHost(new MemoryHost(REPOSITORY), ['/repo']);
  const verdicts: Array<[string, boolean]> = [];
  for (const path of [
    '/repo/local-notes.ts',
    '/repo/app/src/a.ts',
    '/repo/app/src/b.tmp.ts',
    '/repo/app/src/keep.tmp.ts',
    '/repo/app/generated/client.ts',
    '/repo/app/generated/new/deeper.ts',
    '/repo/app/local.ts',
    '/repo/app/src/local.ts',
    '/repo/app/fixtures/dropped.ts',
    '/repo/app/fixtures/kept.ts',
    '/elsewhere/generated/x.ts',
  ]) {
    verdicts.push([path, await host.isIgnored(path)]);
  }
  assert.deepEqual(verdicts, [
    ['/repo/local-notes.ts', true],
    ['/repo/app/src/a.ts', false],
    ['/repo/app/src/b.tmp.ts', true],
    ['/repo/app/src/keep.tmp.ts', false],
    ['/repo/app/generated/client.ts', true],
    ['/repo/app/generated/new/deeper.ts', true],
    ['/repo/app/local.ts', true],
    ['/repo/app/src/local.ts', false],
    ['/repo/app/fixtures/dropped.ts', true],
    ['/repo/app/fixtures/kept.ts', false],
    ['/elsewhere/generated/x.ts', false],
  ]);
});

test('.git/info/exclude applies at the top', async () => {
  const host = new GitignoreHost(new MemoryHost(REPOSITORY), ['/repo']);
  const names = (await host.readDirectory('/repo')).map((entry) => entry.name);
  assert.deepEqual(names, ['.git', '.gitignore', 'app']);
});

test('listings outside every top are not filtered', async () => {
  const memory = new MemoryHost({
    ...REPOSITORY,
    '/elsewhere/generated/x.ts': '',
    '/elsewhere/.gitignore': 'generated/\n',
  });
  const host = new GitignoreHost(memory, ['/repo']);
  assert.deepEqual(
    (await host.readDirectory('/elsewhere')).map((entry) => entry.name),
    ['.gitignore', 'generated'],
  );
});

test('the rules start at the repository top, or at the folder itself outside a repository', async () => {
  const memory = new MemoryHost({ ...REPOSITORY, '/plain/project/src/a.ts': '' });
  assert.equal(await findIgnoreTop(memory, '/repo/app/src'), '/repo');
  assert.equal(await findIgnoreTop(memory, '/plain/project'), '/plain/project');
});

test('a folder the repository ignores, named on purpose, is its own top: its own .gitignore applies', async () => {
  const memory = new MemoryHost({
    ...REPOSITORY,
    '/repo/app/generated/sandbox/.gitignore': 'tmp/\n',
    '/repo/app/generated/sandbox/src/a.ts': '',
    '/repo/app/generated/sandbox/tmp/b.ts': '',
  });
  const top = await findIgnoreTop(memory, '/repo/app/generated/sandbox');
  assert.equal(top, '/repo/app/generated/sandbox');
  const host = new GitignoreHost(memory, [top]);
  assert.deepEqual(await walkFiles(host, top, { accept: (path) => path.endsWith('.ts') }), ['src/a.ts']);
  assert.equal(await host.isIgnored('/repo/app/generated/sandbox/src/a.ts'), false);
});
