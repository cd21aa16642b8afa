import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { cli, lines } from './runCli';

// `check --cache` keeps each file's analysis and reuses it while the file, the options and the
// engine are the same; every finding that depends on other files is linked again on each run.

const CATALOG = JSON.stringify({ errors: { FORBIDDEN: { status: 403 }, RATE_LIMITED: { status: 429 } } });
const ERRORS = `export class LimitError extends Error {\n  code = 'RATE_LIMITED';\n  status = 429;\n}\n`;
const ROUTES = [
  `import { LimitError } from './errors';`,
  `res.status(404).json({ error: { code: 'FORBIDDEN' } });`,
  `throw new LimitError();`,
  '',
].join('\n');
const MISMATCH = `src/routes.ts:2:12  warning  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.  status-mismatch`;
const SUMMARY = (problems: number) => [
  `${problems} problem${problems === 1 ? '' : 's'} (0 errors, ${problems} warning${problems === 1 ? '' : 's'}) in 3 files`,
  'Catalogs: error-catalog.json (json, 2 codes).',
];

let ws: FixtureWorkspace;
const CACHE = () => join(ws.root, 'node_modules/.cache/error-catalog/check-cache.json');

beforeEach(() => {
  ws = new FixtureWorkspace();
  ws.write('error-catalog.json', CATALOG);
  ws.write('src/errors.ts', ERRORS);
  ws.write('src/routes.ts', ROUTES);
});

afterEach(() => ws.dispose());

interface CacheFile {
  format: string;
  engine: string;
  files: Record<string, { key: string; model: { references: Array<{ code: string }> } }>;
}
const readCache = () => JSON.parse(readFileSync(CACHE(), 'utf8')) as CacheFile;
const routesEntry = (cache: CacheFile) =>
  Object.entries(cache.files).find(([uri]) => uri.endsWith('/src/routes.ts'))!;

test('a warm run reports what a cold one does, from the models the cache keeps', () => {
  const cold = cli(ws.root, 'check', '--cache');
  assert.deepEqual(cold, { status: 0, stdout: lines(MISMATCH, ...SUMMARY(1)), stderr: '' });
  const cache = readCache();
  assert.equal(cache.format, 'error-catalog-check-cache/1');
  assert.deepEqual(
    Object.keys(cache.files)
      .map((uri) => uri.slice(uri.lastIndexOf('/src/')))
      .sort(),
    ['/src/errors.ts', '/src/routes.ts'],
  );
  assert.deepEqual(cli(ws.root, 'check', '--cache'), cold);
});

test('a remembered model is used while its file is unchanged, and dropped once the file changes', () => {
  cli(ws.root, 'check', '--cache');
  // Plant a model that differs from what analysing the file gives: the warm run reads it.
  const cache = readCache();
  const [, entry] = routesEntry(cache);
  const forbidden = entry.model.references.find((reference) => reference.code === 'FORBIDDEN')!;
  forbidden.code = 'FORBIDEN';
  writeFileSync(CACHE(), JSON.stringify(cache));
  const planted = cli(ws.root, 'check', '--cache');
  assert.match(planted.stdout, /'FORBIDEN' is not in the error catalog/);
  // Any change to the text is a new key: the file is analysed again.
  ws.write('src/routes.ts', `${ROUTES}// edited\n`);
  assert.deepEqual(cli(ws.root, 'check', '--cache').stdout, lines(MISMATCH, ...SUMMARY(1)));
});

test('a run that finds every file as remembered leaves the cache file as it is; a change rewrites it', () => {
  cli(ws.root, 'check', '--cache');
  const written = readFileSync(CACHE(), 'utf8');
  const { mtimeMs } = statSync(CACHE());
  assert.deepEqual(cli(ws.root, 'check', '--cache').stdout, lines(MISMATCH, ...SUMMARY(1)));
  assert.equal(statSync(CACHE()).mtimeMs, mtimeMs);
  assert.equal(readFileSync(CACHE(), 'utf8'), written);

  ws.write('src/routes.ts', `${ROUTES}// edited\n`);
  cli(ws.root, 'check', '--cache');
  const before = JSON.parse(written) as CacheFile;
  const after = readCache();
  const changed = Object.keys(after.files).filter((uri) => after.files[uri].key !== before.files[uri]?.key);
  assert.deepEqual(
    changed.map((uri) => uri.slice(uri.lastIndexOf('/src/'))),
    ['/src/routes.ts'],
  );
  // A file that leaves the workspace leaves the cache too.
  rmSync(join(ws.root, 'src/errors.ts'));
  cli(ws.root, 'check', '--cache');
  assert.deepEqual(
    Object.keys(readCache().files).map((uri) => uri.slice(uri.lastIndexOf('/src/'))),
    ['/src/routes.ts'],
  );
});

test('a change to one file reaches the files that import from it', () => {
  ws.write('src/codes.ts', `export const Codes = { LIMITED: 'RATE_LIMITED' } as const;\n`);
  ws.write(
    'src/limits.ts',
    `import { Codes } from './codes';\nres.status(429).json({ error: { code: Codes.LIMITED } });\n`,
  );
  const before = cli(ws.root, 'check', '--cache');
  assert.equal(before.stdout.includes('src/limits.ts'), false);
  // limits.ts is unchanged, and its cached model is reused; what its import resolves to is not.
  ws.write('src/codes.ts', `export const Codes = { LIMITED: 'FORBIDDEN' } as const;\n`);
  const after = cli(ws.root, 'check', '--cache');
  assert.deepEqual(after, cli(ws.root, 'check'));
  assert.match(
    after.stdout,
    /src\/limits.ts:2:12 {2}warning {2}'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 429 Too Many Requests\./,
  );
});

test('a corrupt, truncated or foreign cache is ignored with a note, never a wrong answer', () => {
  const clean = cli(ws.root, 'check');
  cli(ws.root, 'check', '--cache');
  const whole = readFileSync(CACHE(), 'utf8');
  const cases: Array<[string, string]> = [
    [whole.slice(0, whole.length / 2), 'is not valid JSON (a truncated or corrupt file)'],
    ['{"format":"something-else","files":{}}', 'is not a cache of error-catalog check'],
    [whole.replace(/"engine":"[^"]*"/, '"engine":"another"'), 'was made by another version of error-catalog'],
  ];
  for (const [text, why] of cases) {
    writeFileSync(CACHE(), text);
    assert.deepEqual(cli(ws.root, 'check', '--cache'), {
      ...clean,
      stderr: `error-catalog check: the cache ${CACHE()} ${why}; checking without it\n`,
    });
  }
  // A damaged entry is dropped, and its file analysed.
  const cache = readCache();
  routesEntry(cache)[1].model = { broken: true } as never;
  writeFileSync(CACHE(), JSON.stringify(cache));
  assert.deepEqual(cli(ws.root, 'check', '--cache'), clean);
});

test('--cache-location names the file, or a folder for it, and implies --cache', () => {
  const clean = cli(ws.root, 'check');
  assert.deepEqual(cli(ws.root, 'check', '--cache-location', '.cache/errors.json'), clean);
  assert.equal(ws.text('.cache/errors.json').startsWith('{"format":'), true);
  assert.deepEqual(cli(ws.root, 'check', '--cache-location', 'cache-folder/'), clean);
  assert.equal(JSON.parse(ws.text('cache-folder/check-cache.json')).format, 'error-catalog-check-cache/1');
});
