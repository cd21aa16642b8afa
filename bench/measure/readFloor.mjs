// The read floor: a process that walks the workspace and reads every source and catalog file as
// text, and nothing else. It prints the files, bytes and milliseconds the walk and reads took.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage']);
// The files the check reads: sources and the catalog.
const WANTED = /\.(ts|tsx|js|jsx|mts|cts|mjs|cjs)$|^error-catalog\.json$/;

const started = performance.now();
let files = 0;
let bytes = 0;
const pending = [process.argv[2]];
while (pending.length > 0) {
  const directory = pending.pop();
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) pending.push(path);
    } else if (entry.isFile() && WANTED.test(entry.name)) {
      bytes += readFileSync(path, 'utf8').length;
      files++;
    }
  }
}
process.stdout.write(JSON.stringify({ files, bytes, ms: performance.now() - started }) + '\n');
