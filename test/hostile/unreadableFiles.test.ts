import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInMemory } from './runInMemory';
import { MemoryHost } from '../../server/src/workspace/memoryHost';

/** A file system where some files are listed and stat'ed but cannot be read (`chmod 000`). */
class LockedHost extends MemoryHost {
  constructor(
    files: Record<string, string>,
    private readonly locked: ReadonlySet<string>,
  ) {
    super(files);
  }

  override async readFile(path: string): Promise<Uint8Array | undefined> {
    return this.locked.has(path) ? undefined : super.readFile(path);
  }
}

const ROUTE = `export const h = (res: any) => res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;

test('an unreadable catalog stops check with exit 2 and its problem, never passes as no catalog', async () => {
  const host = new LockedHost(
    { '/ws/error-catalog.json': '{ "errors": { "FORBIDDEN": { "status": 403 } } }', '/ws/src/a.ts': ROUTE },
    new Set(['/ws/error-catalog.json']),
  );
  assert.deepEqual(await runInMemory(['check', '--rule', 'status-mismatch=error', '.'], host), {
    code: 2,
    stdout: '',
    stderr: [
      'error-catalog check: cannot read the catalog error-catalog.json',
      'error-catalog.json:1:1  error  The catalog file cannot be read (check its permissions): none of its codes are known.  unreadable-catalog',
      '',
    ].join('\n'),
  });
});

test('an unreadable source file is a finding at its top, not a silent pass', async () => {
  const host = new LockedHost(
    {
      '/ws/error-catalog.json': '{ "errors": { "FORBIDDEN": { "status": 403 } } }',
      '/ws/src/a.ts': ROUTE,
      '/ws/src/locked.ts': ROUTE,
    },
    new Set(['/ws/src/locked.ts']),
  );
  const result = await runInMemory(['check', '.'], host);
  assert.deepEqual(result.stdout.split('\n'), [
    `src/a.ts:1:43  warning  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.  status-mismatch`,
    'src/locked.ts:1:1  warning  Skipped: the file cannot be read; none of its codes were checked.  unreadable-file',
    '2 problems (0 errors, 2 warnings) in 3 files',
    'Catalogs: error-catalog.json (json, 1 code).',
    '',
  ]);
  assert.equal(result.code, 0);
});
