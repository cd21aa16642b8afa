// What both end-to-end runners do around a workbench: build, copy the fixture workspace into the
// work folder, and start a VS Code server whose process group ends with the run, pass or fail.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { repoRoot, TEST_SETTINGS } from './layout.mjs';
import { startServer } from './vscodeServer.mjs';

/** Time since `since`, for the runners' progress lines. */
export const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** A progress line of the runners. */
export const say = (message) => console.log(`[e2e] ${message}`);

/** Builds the extension (dist/) and the extension-host suite (out/e2e/). */
export function build() {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/e2e/build.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the build failed (${result.status ?? result.signal})`);
}

/** Builds the extension alone (dist/): what a session without the extension-host suite loads. */
export function buildExtension() {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the build failed (${result.status ?? result.signal})`);
}

/** The tests edit their workspace: they get a copy, the repository's fixture stays as it is. */
export function prepareWorkspace(dirs, settings = {}) {
  cpSync(join(repoRoot, 'test/e2e/workspace'), dirs.workspace, { recursive: true });
  // With --user-data-dir, the server reads its machine-scope settings from there.
  const machine = join(dirs.userData, 'Machine');
  mkdirSync(machine, { recursive: true });
  writeFileSync(join(machine, 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...settings }, null, 2));
}

/**
 * Starts the server (extra arguments from ERROR_CATALOG_E2E_SERVER_ARGS), runs `body` with it and
 * ends its process group afterwards, also when the runner itself is interrupted or exits early.
 */
export async function withServer({ tools, dirs, env }, body) {
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
    const extraArgs = (process.env.ERROR_CATALOG_E2E_SERVER_ARGS ?? '').split(' ').filter(Boolean);
    const serverStart = Date.now();
    server = await startServer({ tools, dirs, env, extraArgs });
    say(`VS Code server (process group ${server.pid}) ready on ${server.url} in ${seconds(serverStart)}`);
    return await body(server);
  } finally {
    if (server) {
      await server.stop();
      say(`server process group ${server.pid} ended`);
    }
  }
}

/** Runs a runner's `main` (resolving with the exit code); an unexpected error exits 1 with its stack. */
export function runMain(main) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`[e2e] ${error.stack ?? error}`);
      process.exitCode = 1;
    },
  );
}
