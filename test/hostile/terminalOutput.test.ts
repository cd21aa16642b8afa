import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInMemory } from './runInMemory';

const CATALOG = JSON.stringify({ errors: { FORBIDDEN: { status: 403, title: 'Title\u001b[2J' } } });

test('a file name or code holding control characters cannot retitle, clear or split the terminal output', async () => {
  const hostileName = '/ws/src/\u001b]0;owned\u0007\u001b[2J\nfake.ts';
  const result = await runInMemory(['check', '--no-color'], {
    '/ws/error-catalog.json': CATALOG,
    [hostileName]: `export const h = (res: any) => res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`,
  });
  assert.equal(result.code, 0);
  assert.deepEqual(result.stdout.split('\n'), [
    `src/\\x1b]0;owned\\x07\\x1b[2J\\nfake.ts:1:43  warning  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.  status-mismatch`,
    '1 problem (0 errors, 1 warning) in 2 files',
    'Catalogs: error-catalog.json (json, 1 code).',
    '',
  ]);
  const listed = await runInMemory(['list'], { '/ws/error-catalog.json': CATALOG });
  assert.equal(listed.stdout.includes('\u001b'), false);
  assert.match(listed.stdout, /Title\\x1b\[2J/);
});
