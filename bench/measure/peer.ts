import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runNode, type ProcessRun } from './processes';

const REPOSITORY = resolve(__dirname, '../..');
const ESLINT = join(REPOSITORY, 'node_modules/eslint/bin/eslint.js');

/** The one rule the peer runs: every `code` property of an object literal. */
export const PEER_SELECTORS = [
  "ObjectExpression > Property[key.type='Identifier'][key.name='code']",
  "ObjectExpression > Property[key.type='Literal'][key.value='code']",
];

/**
 * Writes the peer's flat config and formatter into `folder` (the cache folder that holds the
 * workspaces: ESLint only lints files below its config's folder). The parser is loaded from this
 * repository, so the folder needs no packages of its own.
 */
export function writePeerConfig(folder: string): string {
  const config = join(folder, 'eslint.config.mjs');
  const rule = ['error', ...PEER_SELECTORS.map((selector) => ({ selector, message: 'error code property' }))];
  writeFileSync(
    config,
    [
      "import { createRequire } from 'node:module';",
      `const require = createRequire(${JSON.stringify(join(REPOSITORY, 'package.json'))});`,
      "const parser = require('@typescript-eslint/parser');",
      'export default [',
      '  {',
      "    files: ['**/*.{ts,tsx,js,jsx,mts,cts,mjs,cjs}'],",
      '    languageOptions: { parser },',
      `    rules: { 'no-restricted-syntax': ${JSON.stringify(rule)} },`,
      '  },',
      '];',
      '',
    ].join('\n'),
  );
  // Prints the number of findings only: the stylish report of thousands of them would be measured too.
  writeFileSync(
    join(folder, 'count-formatter.cjs'),
    'module.exports = (results) => `${results.reduce((n, r) => n + r.errorCount, 0)} findings in ${results.length} files\\n`;\n',
  );
  return config;
}

/** ESLint as a user runs it: a cold process over the workspace, no cache. */
export async function runPeer(
  folder: string,
  workspace: string,
): Promise<ProcessRun & { findings: number; files: number }> {
  const run = await runNode(
    ESLINT,
    [
      '--config',
      join(folder, 'eslint.config.mjs'),
      '--format',
      join(folder, 'count-formatter.cjs'),
      '--no-warn-ignored',
      '.',
    ],
    workspace,
  );
  const match = /^(\d+) findings in (\d+) files/m.exec(run.stdout);
  if (!match || (run.exitCode !== 0 && run.exitCode !== 1)) {
    throw new Error(`ESLint failed (exit ${run.exitCode}): ${run.stderr || run.stdout}`);
  }
  return { ...run, findings: Number(match[1]), files: Number(match[2]) };
}
