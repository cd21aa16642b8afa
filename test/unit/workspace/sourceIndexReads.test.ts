import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryHost } from '../../../server/src/workspace/memoryHost';
import { WorkspaceContext } from '../../../server/src/workspace/workspaceContext';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';
import { SAMPLE_CATALOG } from '../../helpers/workspace';

/** A memory host that counts the reads of each file. */
class CountingHost extends MemoryHost {
  readonly reads = new Map<string, number>();

  override async readFile(path: string): Promise<Uint8Array | undefined> {
    this.reads.set(path, (this.reads.get(path) ?? 0) + 1);
    return super.readFile(path);
  }
}

async function indexed(files: Record<string, string>) {
  const host = new CountingHost(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/w/${p}`, t])));
  const index = new WorkspaceIndex(host, { roots: ['/w'] });
  await index.initialize();
  const context = new WorkspaceContext(index);
  const sources = context.indexSources(host, ['/w']);
  const progress: Array<[number, number]> = [];
  await sources.initialize((done, total) => progress.push([done, total]));
  return { host, context, sources, progress };
}

const ERRORS =
  "import { createError } from '@directus/errors';\nexport const ZedError = createError('FORBIDDEN', 'No.', 403);\n";

test('a class defined later in the walk is found where an earlier file constructs it', async () => {
  const { context } = await indexed({
    'error-catalog.json': SAMPLE_CATALOG,
    'a/use.ts': "import { ZedError } from '../z/errors';\n\nthrow new ZedError();\n",
    'z/errors.ts': ERRORS,
  });
  assert.deepEqual(
    context
      .usages('FORBIDDEN')
      .map((u) => [u.uri.slice('file:///w/'.length), u.reference.kind, u.reference.range.start]),
    [['a/use.ts', 'class', { line: 2, character: 10 }]],
  );
});

test('only the files that construct a class defined later are read again', async () => {
  const { host } = await indexed({
    'error-catalog.json': SAMPLE_CATALOG,
    'a/use.ts': "import { ZedError } from '../z/errors';\nthrow new ZedError();\n",
    'a/other.ts': "import { ZedError } from '../z/errors';\nconst when = new Date();\nexport { ZedError };\n",
    'a/plain.ts': 'export const answer = 42;\n',
    'z/errors.ts': ERRORS,
  });
  assert.deepEqual(Object.fromEntries([...host.reads].filter(([path]) => path.endsWith('.ts'))), {
    '/w/a/other.ts': 1,
    '/w/a/plain.ts': 1,
    '/w/a/use.ts': 2,
    '/w/z/errors.ts': 1,
  });
});

test('progress ends with every file done, and the index holds what it read ahead', async () => {
  const files: Record<string, string> = { 'error-catalog.json': SAMPLE_CATALOG };
  for (let i = 0; i < 40; i++)
    files[`src/f${String(i).padStart(2, '0')}.ts`] = `throw { error: { code: 'FORBIDDEN' } };\n`;
  const { context, progress } = await indexed(files);
  assert.deepEqual(progress.at(-1), [40, 40]);
  assert.equal(context.usages('FORBIDDEN').length, 40);
});
