import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { listFiles, PackageManager } from '@vscode/vsce';

// Runs after `npm run build` in `npm test`: the bundles and the generated snippets must exist.
const ROOT = resolve(__dirname, '../../..');

/** What the .vsix may hold: the bundles, grammar, snippets, catalog schema, docs and icon. */
const WHITELIST: RegExp[] = [
  /^dist\/(client|server|server\.main)\.js$/,
  /^syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^client\/snippets\/[\w.-]+\.json$/,
  /^schemas\/[\w.-]+\.json$/,
  /^images\/icon\.png$/,
  /^(README\.md|CHANGELOG\.md|LICENSE|package\.json)$/,
];

test('the .vsix holds only the whitelist, and everything the manifest points at', async () => {
  const files = (await listFiles({ cwd: ROOT, packageManager: PackageManager.None })).map((file) =>
    file.replace(/\\/g, '/'),
  );
  assert.deepEqual(
    files.filter((file) => !WHITELIST.some((pattern) => pattern.test(file))),
    [],
  );
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const referenced: string[] = [
    manifest.main,
    manifest.icon,
    'dist/server.js',
    // The launcher runs the bundle beside it.
    'dist/server.main.js',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    ...manifest.contributes.snippets.map((snippet: { path: string }) => snippet.path),
    ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path),
    ...(manifest.contributes.jsonValidation ?? [])
      .map((rule: { url: string }) => rule.url)
      .filter((url: string) => !/^https?:/.test(url)),
  ].map((path) => path.replace(/^\.\//, ''));
  assert.deepEqual(
    [...new Set(referenced)].filter((path) => !files.includes(path)),
    [],
  );
});
