// Builds what an end-to-end run loads: the extension (`npm run build`: dist/) and the suite
// (test/e2e/**/*.ts, the fixture workspace aside, type-checked, then compiled to out/e2e/ as one
// CommonJS file per source). The extension host loads out/e2e/index.js.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import * as esbuild from 'esbuild';
import { repoRoot } from './layout.mjs';

const sourceDir = join(repoRoot, 'test/e2e');
const outDir = join(repoRoot, 'out/e2e');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[e2e:build] ${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

run('npm', ['run', '--silent', 'build']);
run(process.execPath, [
  join(repoRoot, 'node_modules/typescript/bin/tsc'),
  '--noEmit',
  '-p',
  join(sourceDir, 'tsconfig.json'),
]);

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
