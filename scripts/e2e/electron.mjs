#!/usr/bin/env node
// Runs the same mocha suite as run.mjs in a desktop VS Code through @vscode/test-electron, for
// machines that can download VS Code. On Linux without a display, run it under `xvfb-run -a`.
//
// usage: npm run test:e2e:electron
// env:   ERROR_CATALOG_E2E_VSCODE_VERSION  VS Code version to download (default: stable)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { runTests } from '@vscode/test-electron';
import { repoRoot, TEST_SETTINGS } from './layout.mjs';

async function main() {
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/e2e/build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) return build.status || 1;

  // Everything this run writes, the downloaded VS Code aside, stays in one folder (gitignored).
  const root = join(repoRoot, '.e2e/electron');
  const workspace = join(root, 'workspace');
  const userData = join(root, 'user-data');
  rmSync(root, { recursive: true, force: true });
  cpSync(join(repoRoot, 'test/e2e/workspace'), workspace, { recursive: true });
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(TEST_SETTINGS, null, 2));

  // Set inside a surrounding VS Code terminal, it would make the downloaded VS Code run as plain Node.
  delete process.env.ELECTRON_RUN_AS_NODE;
  try {
    return await runTests({
      version: process.env.ERROR_CATALOG_E2E_VSCODE_VERSION || 'stable',
      cachePath: join(repoRoot, '.e2e/vscode-test'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'out/e2e/index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userData}`,
        `--extensions-dir=${join(root, 'extensions')}`,
        // VS Code refuses to start as root without it (CI containers).
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
