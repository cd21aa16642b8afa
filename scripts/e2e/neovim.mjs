#!/usr/bin/env node
// The second editor of the end-to-end tier: Debian's Neovim (0.7, a client that does not pull
// diagnostics) drives the built language server over stdio (scripts/e2e/neovim/session.lua), and
// what it saw is compared with what it must see: pushed diagnostics, a hover, diagnostics cleared
// after an edit, a usage lens whose command runs as the README maps it, and no request the client
// did not declare (Neovim logs each as an error).
//
// usage: npm run test:e2e:neovim   (after `npm run e2e:setup`, which installs Debian's neovim)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './layout.mjs';
import { buildExtension, runMain, say, seconds } from './session.mjs';

const CATALOG = {
  errors: {
    FORBIDDEN: {
      status: 403,
      title: 'Forbidden',
      description: 'You are not allowed to do the current action.',
    },
  },
};
const SOURCE = `res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;
const EXPECTED = [
  `diagnostic 1:12 status-mismatch 'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
  'hover **FORBIDDEN** · 403 Forbidden',
  'diagnostics cleared after the edit',
  'lens 1 usage, 1 in the list, first app.ts:1',
];

async function main() {
  const started = Date.now();
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (nvim.status !== 0) throw new Error('nvim is not installed: run `npm run e2e:setup` first');
  say(`neovim: ${nvim.stdout.split('\n')[0]}`);
  buildExtension();
  const top = mkdtempSync(join(tmpdir(), 'error-catalog-neovim-'));
  try {
    const workspace = join(top, 'workspace');
    mkdirSync(join(workspace, 'src'), { recursive: true });
    writeFileSync(join(workspace, 'error-catalog.json'), JSON.stringify(CATALOG, null, 2));
    writeFileSync(join(workspace, 'src/app.ts'), SOURCE);
    const out = join(top, 'seen.txt');
    const env = {
      ...process.env,
      EC_SERVER: join(repoRoot, 'dist/server.js'),
      EC_WORKSPACE: workspace,
      EC_OUT: out,
      // Neovim writes its LSP log under the cache folder: one of the run's own, read below.
      XDG_CACHE_HOME: join(top, 'cache'),
      XDG_STATE_HOME: join(top, 'state'),
    };
    const run = spawnSync(
      'nvim',
      [
        '--headless',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-c',
        `luafile ${join(repoRoot, 'scripts/e2e/neovim/session.lua')}`,
      ],
      { env, encoding: 'utf8', timeout: 90_000 },
    );
    if (run.status !== 0) throw new Error(`nvim exited with ${run.status ?? run.signal}: ${run.stderr}`);
    const seen = readFileSync(out, 'utf8').trim().split('\n');
    const log = [join(top, 'cache/nvim/lsp.log'), join(top, 'state/nvim/lsp.log')]
      .map((path) => {
        try {
          return readFileSync(path, 'utf8');
        } catch {
          return '';
        }
      })
      .join('');
    const complaints = log
      .split('\n')
      .filter((line) => /MethodNotFound|no handler found|unhandled/.test(line));
    const failures = [];
    if (JSON.stringify(seen) !== JSON.stringify(EXPECTED)) {
      failures.push(`Neovim saw:\n  ${seen.join('\n  ')}\nexpected:\n  ${EXPECTED.join('\n  ')}`);
    }
    if (complaints.length > 0) failures.push(`Neovim logged:\n  ${complaints.join('\n  ')}`);
    if (failures.length > 0) {
      console.error(`[e2e] neovim: ${failures.join('\n')}`);
      return 1;
    }
    say(`neovim pass: ${EXPECTED.length} checks in ${seconds(started)}`);
    return 0;
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
}

runMain(main);
