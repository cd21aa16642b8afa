#!/usr/bin/env node
// Runs the mocha suite of test/e2e inside the real Node extension host of a VS Code server, with
// headless chromium as the workbench: the web counterpart of @vscode/test-electron's runTests.
//
// usage: npm run test:e2e        (after `npm run e2e:setup`)
// env:   ERROR_CATALOG_E2E_TIMEOUT_MS  whole-suite limit (default 300000)
//        ERROR_CATALOG_E2E_CACHE, ERROR_CATALOG_E2E_WORK, ERROR_CATALOG_E2E_CHROMIUM  see layout.mjs
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { format } from 'node:util';
import { installedTools, isolatedEnv, prepareWorkFolder, repoRoot } from './layout.mjs';
import { startServer } from './vscodeServer.mjs';
import { launchBrowser, workbenchUrl } from './workbench.mjs';

const timeoutMs = Number(process.env.ERROR_CATALOG_E2E_TIMEOUT_MS || 300_000);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`[e2e] ${message}`);

/** Settings of the server's machine scope: nothing reaches for the network or scans the repository. */
const MACHINE_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'git.enabled': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'chat.disableAIFeatures': true,
};

function build() {
  for (const [command, args] of [
    ['npm', ['run', '--silent', 'build']],
    [process.execPath, ['scripts/e2e/build.mjs']],
  ]) {
    const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
  }
}

/** The suite edits its workspace: it gets a copy, the repository's fixture stays as it is. */
function prepareWorkspace(dirs) {
  cpSync(join(repoRoot, 'test/e2e/workspace'), dirs.workspace, { recursive: true });
  const machine = join(dirs.serverData, 'data/Machine');
  mkdirSync(machine, { recursive: true });
  writeFileSync(join(machine, 'settings.json'), JSON.stringify(MACHINE_SETTINGS, null, 2));
}

/**
 * Opens the workbench with the extension under development and the suite, and resolves with the
 * exit code the extension host reports when mocha is done, or 'timeout'.
 */
async function runSuite({ tools, dirs, env, server }) {
  const { context, page } = await launchBrowser({ tools, dirs, env });
  const consoleLog = join(dirs.logs, 'browser-console.log');
  try {
    let reportExit;
    const exited = new Promise((resolveExit) => (reportExit = resolveExit));
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      appendFileSync(consoleLog, `[automation ${type}] ${format(...(args ?? []))}\n`);
    });
    page.on('console', (message) => {
      const text = message.text();
      appendFileSync(consoleLog, `[${message.type()}] ${text}\n`);
      // The extension host forwards its console to the workbench: mocha's reporter output is there.
      if (text.includes('[Extension Host]')) console.log(cleanHostLine(text));
    });
    page.on('pageerror', (error) => appendFileSync(consoleLog, `[pageerror] ${error.stack ?? error}\n`));
    const url = workbenchUrl(server, dirs.workspace, [
      ['extensionDevelopmentPath', repoRoot],
      ['extensionTestsPath', join(repoRoot, 'out/e2e/index.js')],
    ]);
    await page.goto(url);
    let timer;
    const timedOut = new Promise(
      (resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), timeoutMs)),
    );
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === 'timeout') await page.screenshot({ path: join(dirs.logs, 'timeout.png') }).catch(() => {});
    return code;
  } finally {
    await context.close().catch(() => {});
  }
}

/** `%c[Extension Host] %cmessage` with its CSS arguments: keep the message. */
function cleanHostLine(text) {
  return text
    .replace(/%c/g, '')
    .replace(/^\s*\[Extension Host\]\s*(color:\s*[^ ]+\s*)*/, '')
    .replace(/\s*(color:\s*[^ ]+\s*)+$/, '');
}

async function main() {
  const tools = installedTools();
  say('building the extension and the suite');
  build();
  const dirs = prepareWorkFolder();
  prepareWorkspace(dirs);
  const env = isolatedEnv(dirs, tools);
  // Tools that make temporary files in this process (playwright's artifacts) use the work folder too.
  Object.assign(process.env, { TMPDIR: dirs.tmp, XDG_RUNTIME_DIR: dirs.runtime });

  let server;
  const endGroup = () => server?.signalGroup('SIGKILL');
  process.on('exit', endGroup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      endGroup();
      process.exit(128 + { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal]);
    });
  }
  try {
    server = await startServer({ tools, dirs, env });
    say(`VS Code server (process group ${server.pid}) ready on ${server.url} after ${elapsed()}`);
    const code = await runSuite({ tools, dirs, env, server });
    if (code === 'timeout') {
      say(`FAILED: no result after ${timeoutMs} ms; logs in ${dirs.logs}`);
      return 1;
    }
    say(`extension host exited with code ${code} after ${elapsed()}`);
    if (code !== 0) say(`logs in ${dirs.logs}`);
    return code === 0 ? 0 : 1;
  } finally {
    if (server) {
      await server.stop();
      say(`server process group ${server.pid} ended`);
    }
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`[e2e] ${error.stack ?? error}`);
    process.exitCode = 1;
  },
);
