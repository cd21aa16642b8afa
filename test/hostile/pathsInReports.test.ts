import assert from 'node:assert/strict';
import { win32 } from 'node:path';
import { test } from 'node:test';
import { runInMemory } from './runInMemory';
import { displayPath } from '../../server/src/cli/findings';

const CATALOG = JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } });
const ROUTE = `export const h = (res: any) => res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;

test('a backslash in a file name stays in the path the reports give: it names that file', async () => {
  const files = { '/ws/error-catalog.json': CATALOG, '/ws/src/a\\b.ts': ROUTE };
  const text = (await runInMemory(['check'], files)).stdout;
  assert.equal(text.split('\n')[0].split(':')[0], 'src/a\\b.ts');
  const json = JSON.parse((await runInMemory(['check', '--format', 'json'], files)).stdout);
  assert.deepEqual(
    json.findings.map((f: { path: string }) => f.path),
    ['src/a\\b.ts'],
  );
  const sarif = JSON.parse((await runInMemory(['check', '--format', 'sarif'], files)).stdout);
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'src/a%5Cb.ts');
  // Where `\` separates folders, it is a separator.
  assert.equal(displayPath('C:\\ws', 'C:\\ws\\src\\a.ts', win32), 'src/a.ts');
});
