// Starts the plain VS Code server that ships inside code-server, loopback only, in a process
// group of its own: extension hosts and language servers it forks would otherwise outlive a run.
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';

/** A TCP port nobody listens on at the moment, on the loopback interface. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the server and resolves once it answers HTTP. Its output goes to `logs/server.log`.
 * `--enable-smoke-test-driver` makes the web workbench honour `payload` in the URL (extension
 * development and test paths) and report the tests' exit code to `window.codeAutomationExit`.
 */
export async function startServer({ tools, dirs, env, extraArgs = [], readyTimeoutMs = 60_000 }) {
  const port = await freePort();
  const logFile = join(dirs.logs, 'server.log');
  const log = openSync(logFile, 'a');
  const args = [
    tools.serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--enable-smoke-test-driver',
    '--server-data-dir',
    dirs.serverData,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    ...extraArgs,
  ];
  // detached: the server leads a new process group (setsid), so one signal reaches all it forks.
  const child = spawn(tools.node, args, { cwd: dirs.root, env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  const server = new VsCodeServer(child, port, logFile);
  try {
    await server.waitUntilReady(readyTimeoutMs);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

class VsCodeServer {
  constructor(child, port, logFile) {
    this.child = child;
    this.pid = child.pid;
    this.port = port;
    this.logFile = logFile;
    this.url = `http://127.0.0.1:${port}`;
    this.exitCode = undefined;
    this.stopped = false;
    child.on('exit', (code, signal) => (this.exitCode = code ?? signal));
  }

  async waitUntilReady(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exitCode !== undefined) {
        throw new Error(
          `the VS Code server exited (${this.exitCode}) before it answered; see ${this.logFile}`,
        );
      }
      if (await answers(this.url)) return;
      await delay(250);
    }
    throw new Error(
      `the VS Code server did not answer on ${this.url} within ${timeoutMs} ms; see ${this.logFile}`,
    );
  }

  /** True while any process of the server's group is alive. */
  groupAlive() {
    try {
      process.kill(-this.pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  /** Signals the whole group; synchronous, so it can run in an `exit` handler too. */
  signalGroup(signal) {
    // Once the group is gone its id may be reused by an unrelated process group.
    if (this.stopped) return;
    try {
      process.kill(-this.pid, signal);
    } catch {
      // ESRCH: the group is already gone.
    }
  }

  /** Ends the process group: SIGTERM, then SIGKILL for whatever is left after the grace period. */
  async stop(graceMs = 5_000) {
    this.signalGroup('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (this.groupAlive() && Date.now() < deadline) await delay(100);
    if (!this.groupAlive()) {
      this.stopped = true;
      return;
    }
    this.signalGroup('SIGKILL');
    // Bounded: a zombie nobody reaps still counts as a group member.
    const killDeadline = Date.now() + graceMs;
    while (this.groupAlive() && Date.now() < killDeadline) await delay(50);
    this.stopped = !this.groupAlive();
  }
}

function answers(url) {
  return new Promise((resolveAnswer) => {
    const request = get(url, (response) => {
      response.resume();
      resolveAnswer(response.statusCode !== undefined && response.statusCode < 500);
    });
    request.setTimeout(2_000, () => request.destroy());
    request.on('error', () => resolveAnswer(false));
  });
}
