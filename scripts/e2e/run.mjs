#!/usr/bin/env node
// Runs the mocha suite of test/e2e inside the real Node extension host of a VS Code server, with
// headless chromium as the workbench: the web counterpart of @vscode/test-electron's runTests.
//
// usage: npm run test:e2e        (after `npm run e2e:setup`)
// env:   ERROR_CATALOG_E2E_TIMEOUT_MS  whole-suite limit (default 300000)
//        ERROR_CATALOG_E2E_SERVER_ARGS  extra server arguments, e.g. `--log trace` to debug a run
//        ERROR_CATALOG_E2E_CACHE, ERROR_CATALOG_E2E_WORK, ERROR_CATALOG_E2E_CHROMIUM  see layout.mjs
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { format } from 'node:util';
import { installedTools, isolatedEnv, prepareWorkFolder, repoRoot } from './layout.mjs';
import { build, prepareWorkspace, say, runMain, seconds, withServer } from './session.mjs';
import { launchBrowser, logConsole, workbenchUrl } from './workbench.mjs';

const timeoutMs = Number(process.env.ERROR_CATALOG_E2E_TIMEOUT_MS || 300_000);

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
    logConsole(page, consoleLog);
    const url = workbenchUrl(server, dirs.workspace, [
      ['extensionDevelopmentPath', repoRoot],
      ['extensionTestsPath', join(repoRoot, 'out/e2e/index.js')],
    ]);
    await page.goto(url);
    const stopEcho = echoReport(reportFile(dirs));
    let timer;
    const timedOut = new Promise(
      (resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), timeoutMs)),
    );
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    stopEcho();
    if (code === 'timeout') await page.screenshot({ path: join(dirs.logs, 'timeout.png') }).catch(() => {});
    return code;
  } finally {
    await context.close().catch(() => {});
  }
}

/** The file the suite copies mocha's reporter output to (see test/e2e/index.ts). */
function reportFile(dirs) {
  return join(dirs.logs, 'mocha.log');
}

/** Copies what the suite appends to its report file to stdout as it comes; returns a stop function. */
function echoReport(file) {
  let printed = 0;
  const flush = () => {
    if (!existsSync(file)) return;
    const text = readFileSync(file);
    if (text.length > printed) process.stdout.write(text.subarray(printed));
    printed = text.length;
  };
  const timer = setInterval(flush, 250);
  return () => {
    clearInterval(timer);
    flush();
  };
}

/** When the suite printed nothing, the workbench's own errors usually say why (a host that did not start). */
function explainSilence(dirs) {
  const report = reportFile(dirs);
  if (existsSync(report) && readFileSync(report, 'utf8').trim() !== '') return;
  const log = join(dirs.logs, 'browser-console.log');
  const errors = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('[automation error]'))
    : [];
  say('the suite printed nothing; last workbench errors:');
  for (const line of errors.slice(-20)) console.log(`  ${line}`);
}

async function main() {
  const tools = installedTools();
  const buildStart = Date.now();
  build();
  say(`built the extension and the suite in ${seconds(buildStart)}`);
  const dirs = prepareWorkFolder();
  prepareWorkspace(dirs);
  // The server passes its environment on to the extension host, where the suite reads this.
  const env = { ...isolatedEnv(dirs, tools), ERROR_CATALOG_E2E_REPORT: reportFile(dirs) };
  // Tools that make temporary files in this process (playwright's artifacts) use the work folder too.
  Object.assign(process.env, { TMPDIR: dirs.tmp, XDG_RUNTIME_DIR: dirs.runtime });

  return withServer({ tools, dirs, env }, async (server) => {
    const suiteStart = Date.now();
    const code = await runSuite({ tools, dirs, env, server });
    if (code === 0) {
      say(`extension host exited with code 0; workbench and suite took ${seconds(suiteStart)}`);
      return 0;
    }
    if (code === 'timeout') say(`FAILED: no result within ${timeoutMs} ms`);
    else say(`FAILED: extension host exited with code ${code} after ${seconds(suiteStart)}`);
    explainSilence(dirs);
    say(`logs in ${dirs.logs}`);
    return 1;
  });
}

runMain(main);
