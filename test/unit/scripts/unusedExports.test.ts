import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/unusedExports.ts');

/** A tiny project: every export is used one way or another, but `helper`, used only where it is declared. */
const PROJECT: Record<string, string> = {
  'package.json': JSON.stringify({ scripts: { tool: 'node --import tsx scripts/tool.ts' } }),
  'esbuild.mjs': "await build({ entryPoints: ['server/src/main.ts'] });\n",
  'server/src/main.ts': [
    "import { used, type Shape } from './lib';",
    "export { relayed } from './relay';",
    'export function main(): Shape & { n: number } {',
    "  return { ...used(), n: 0 as import('./lib').Count };",
    '}',
  ].join('\n'),
  'server/src/lib.ts': [
    'export interface Shape { a: number }',
    'export type Count = number;',
    'export function used(): Shape { return { a: helper() }; }',
    'export const testOnly = 1;',
    'export function helper(): number { return 1; }',
  ].join('\n'),
  'server/src/relay.ts': 'export const relayed = 1;\n',
  'scripts/tool.ts': 'export const run = true;\n',
  'test/lib.test.ts': "import { testOnly } from '../server/src/lib';\nvoid testOnly;\n",
};

const folder = mkdtempSync(join(tmpdir(), 'unused-exports-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

function run(): { stdout: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--root', folder], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(result.stderr, '');
  return { stdout: result.stdout, status: result.status };
}

test('lists the export only its own file uses, and exits 1', () => {
  write(PROJECT);
  assert.deepEqual(run(), { stdout: 'server/src/lib.ts:5 helper\n', status: 1 });
});

test('prints nothing and exits 0 once the export is gone', () => {
  write({
    'server/src/lib.ts': PROJECT['server/src/lib.ts'].replace('export function helper', 'function helper'),
  });
  assert.deepEqual(run(), { stdout: '', status: 0 });
});
