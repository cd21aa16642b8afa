// Compiles the end-to-end suite (test/e2e/**/*.ts, the fixture workspace aside) to out/e2e/, one
// CommonJS file per source, after type-checking it. The extension host loads out/e2e/index.js.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import * as esbuild from 'esbuild';
import { repoRoot } from './layout.mjs';

const sourceDir = join(repoRoot, 'test/e2e');
const outDir = join(repoRoot, 'out/e2e');

const typecheck = spawnSync(
  process.execPath,
  [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(sourceDir, 'tsconfig.json')],
  { cwd: repoRoot, stdio: 'inherit' },
);
if (typecheck.status !== 0) process.exit(typecheck.status ?? 1);

const entryPoints = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('workspace/'))
  .map((file) => join(sourceDir, file));

// A removed test must not run from a stale compiled copy.
rmSync(outDir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outbase: sourceDir,
  outdir: outDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  // Both come from the host at run time: the API object, and mocha from node_modules.
  external: ['vscode', 'mocha'],
});
