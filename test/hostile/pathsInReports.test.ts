import assert from 'node:assert/strict';
import { win32 } from 'node:path';
import { test } from 'node:test';
import { displayPath } from '../../server/src/cli/findings';
import { main } from '../../server/src/cli/main';
import { MemoryHost } from '../../server/src/workspace/memoryHost';

const CATALOG = JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } });
const ROUTE = `export const h = (res: any) => res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;

async function run(argv: string[], files: Record<string, string>): Promise<string> {
  let stdout = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: () => true, isTTY: false },
    cwd: '/ws',
    env: {},
  };
  await main(argv, io, new MemoryHost(files));
  return stdout;
}

test('a backslash in a file name stays in the path the reports give: it names that file', async () => {
  const files = { '/ws/error-catalog.json': CATALOG, '/ws/src/a\\b.ts': ROUTE };
  const text = await run(['check'], files);
  assert.equal(text.split('\n')[0].split(':')[0], 'src/a\\b.ts');
  const json = JSON.parse(await run(['check', '--format', 'json'], files));
  assert.deepEqual(
    json.findings.map((f: { path: string }) => f.path),
    ['src/a\\b.ts'],
  );
  const sarif = JSON.parse(await run(['check', '--format', 'sarif'], files));
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'src/a%5Cb.ts');
  // Where `\` separates folders, it is a separator.
  assert.equal(displayPath('C:\\ws', 'C:\\ws\\src\\a.ts', win32), 'src/a.ts');
});
