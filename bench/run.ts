/**
 * `npm run bench`: generates the synthetic workspaces (or reuses them from the cache folder),
 * measures every figure of docs/performance.md and prints the table beside the targets.
 *
 * Options: --sizes 1000,10000,50000 --repeat 3  --peer-repeat 1  --edits 200  --requests 500
 *          --cache <folder>  --json <file>  --write-docs
 *          --dist <folder>   measure these bundles instead of building the production ones
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { environment, markdownTable, workloadNotes } from './report';
import { defaultCacheRoot, runSuite } from './suite';

const REPOSITORY = resolve(__dirname, '..');
const DOCS = join(REPOSITORY, 'docs/performance.md');
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

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
  const results = await runSuite({
    sizes: values.sizes.split(',').map(Number),
    repeat: Number(values.repeat),
    peerRepeat: Number(values['peer-repeat']),
    edits: Number(values.edits),
    requests: Number(values.requests),
    cacheRoot: values.cache,
    dist,
    log: (line) => console.log(line),
  });
  const section = [
    `Measured ${environment()}.`,
    '',
    markdownTable(results),
    '',
    ...workloadNotes(results).map((note) => `- ${note}`),
  ].join('\n');
  console.log(`\n${section}\n`);
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
  if (values['write-docs']) {
    const docs = readFileSync(DOCS, 'utf8');
    const start = docs.indexOf(START);
    const end = docs.indexOf(END);
    if (start < 0 || end < start) throw new Error(`${DOCS} has no ${START} ... ${END} section`);
    writeFileSync(DOCS, `${docs.slice(0, start + START.length)}\n${section}\n${docs.slice(end)}`);
    console.log(`wrote ${DOCS}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
