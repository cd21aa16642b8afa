// Builds the three self-contained bundles: the VS Code client, the language server and the CLI.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--outdir=<folder>` builds elsewhere than dist/ (the benchmark measures the production bundles).
const outdir = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

/**
 * What identifies the engine, for `check --cache`: its sources, the package's version and the
 * versions of what it is built with. A model cached by another engine is never reused.
 */
function engineId() {
  const hash = createHash('sha256');
  const files = readdirSync('server/src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  for (const manifest of ['package.json', 'node_modules/typescript/package.json']) {
    hash.update(JSON.parse(readFileSync(manifest, 'utf8')).version);
  }
  return hash.digest('base64url').slice(0, 24);
}

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD main requires its modules dynamically, which a bundle cannot follow: prefer ESM builds.
  mainFields: ['module', 'main'],
  define: { ERROR_CATALOG_ENGINE: JSON.stringify(engineId()) },
};

const builds = [
  {
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: `${outdir}/client.js`,
    external: ['vscode'],
  },
  // The language server and the CLI are each a bundle and a launcher of a few lines that runs it
  // through V8's code cache (server/src/node/codeCache.ts): a start then skips compiling the bundle.
  {
    ...common,
    entryPoints: ['server/src/node/main.ts'],
    outfile: `${outdir}/server.main.js`,
  },
  launcher('server.js', 'server.main.js'),
  {
    ...common,
    entryPoints: ['server/src/node/cli.ts'],
    outfile: `${outdir}/cli.main.js`,
  },
  launcher('cli.js', 'cli.main.js'),
];

/** A launcher that runs the bundle `bundle`, beside it in the output folder. */
function launcher(name, bundle) {
  return {
    ...common,
    entryPoints: ['server/src/node/launcher.ts'],
    outfile: `${outdir}/${name}`,
    banner: { js: '#!/usr/bin/env node' },
    define: { ...common.define, ERROR_CATALOG_BUNDLE: JSON.stringify(bundle) },
  };
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[esbuild] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
