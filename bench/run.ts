/**
 * `npm run bench`: generates the synthetic workspaces (or reuses them from the cache folder),
 * measures every figure of docs/performance.md and prints the table beside the targets.
 *
 * Options: --sizes 1000,10000,50000 --repeat 3  --peer-repeat 1  --edits 200  --requests 500
 *          --cache <folder>  --json <file>  --write-docs
 *          --dist <folder>   measure these bundles instead of building the production ones
 *          --repos <folder>  the real repositories the accuracy benchmark extracted (default
 *                            $TMPDIR/error-catalog-accuracy; skipped when absent), --repos-repeat 5
 *          --sizes ''        real repositories only
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { environment, markdownTable, workloadNotes } from './report';
import { defaultCacheRoot, runSuite } from './suite';
import { measureRealRepositories, realRepositoryTable } from './realRepositories';
import { measureStartup } from './measure/startup';

const REPOSITORY = resolve(__dirname, '..');
const DOCS = join(REPOSITORY, 'docs/performance.md');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';
const REAL_START = '<!-- real:start -->';
const REAL_END = '<!-- real:end -->';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      repeat: { type: 'string', default: '3' },
      'peer-repeat': { type: 'string', default: '1' },
      edits: { type: 'string', default: '200' },
      requests: { type: 'string', default: '500' },
      cache: { type: 'string', default: defaultCacheRoot(tmpdir()) },
      dist: { type: 'string' },
      json: { type: 'string' },
      'write-docs': { type: 'boolean', default: false },
      repos: { type: 'string', default: join(tmpdir(), 'error-catalog-accuracy') },
      'repos-repeat': { type: 'string', default: '5' },
    },
  });
  // The bundles as packaged (minified): what users run, and smaller in memory than a dev build.
  const dist = values.dist ? resolve(values.dist) : join(values.cache, 'dist');
  if (!values.dist) {
    console.log(`building the production bundles into ${dist}`);
    execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${dist}`], {
      cwd: REPOSITORY,
      stdio: 'inherit',
    });
  }
  // The program's code cache (server/src/node/codeCache.ts) in a folder of the benchmark's own:
  // emptied, so the first start compiles the bundle and writes it, and every start after it, as on
  // a user's machine after the first, reads it.
  const codeCache = join(values.cache, 'code-cache');
  rmSync(codeCache, { recursive: true, force: true });
  mkdirSync(codeCache, { recursive: true, mode: 0o700 });
  process.env.ERROR_CATALOG_CODE_CACHE = codeCache;
  const startup = await measureStartup(dist, codeCache, 5);
  const startupNote =
    `start-up (\`error-catalog --version\`, median of 5): ${startup.compiledMs.toFixed(0)} ms compiling the bundle` +
    ` (a first start), ${startup.cachedMs.toFixed(0)} ms with the code cache (every start after it)`;
  console.log(startupNote);
  const sizes = values.sizes
    .split(',')
    .filter((size) => size !== '')
    .map(Number);
  const results = await runSuite({
    sizes,
    repeat: Number(values.repeat),
    peerRepeat: Number(values['peer-repeat']),
    edits: Number(values.edits),
    requests: Number(values.requests),
    cacheRoot: values.cache,
    dist,
    log: (line) => console.log(line),
  });
  const loadBefore = loadavg()[0];
  const real = await measureRealRepositories(values.repos, dist, Number(values['repos-repeat']), (line) =>
    console.log(line),
  );
  const section =
    results.length === 0
      ? ''
      : [
          `Measured ${environment()}.`,
          '',
          markdownTable(results),
          '',
          ...workloadNotes(results).map((note) => `- ${note}`),
          `- ${startupNote}`,
        ].join('\n');
  const load = `load ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`;
  const realSection = [`Measured ${environment()}, ${load}.`, '', realRepositoryTable(real)].join('\n');
  if (results.length > 0) console.log(`\n${section}\n`);
  if (real.length > 0) console.log(`\n${realSection}\n`);
  if (values.json)
    writeFileSync(values.json, JSON.stringify({ startup, sizes: results, real }, null, 2) + '\n');
  if (values['write-docs']) {
    if (results.length > 0) replaceSection(START, END, section);
    if (real.length > 0) replaceSection(REAL_START, REAL_END, realSection);
  }
}

/** Puts `section` between two markers of docs/performance.md. */
function replaceSection(startMarker: string, endMarker: string, section: string): void {
  const docs = readFileSync(DOCS, 'utf8');
  const start = docs.indexOf(startMarker);
  const end = docs.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`${DOCS} has no ${startMarker} ... ${endMarker} section`);
  writeFileSync(DOCS, `${docs.slice(0, start + startMarker.length)}\n${section}\n${docs.slice(end)}`);
  console.log(`wrote ${DOCS}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
