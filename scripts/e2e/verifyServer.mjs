// The setup's check of a cached VS Code server: it starts, answers HTTP on loopback and ends with
// its process group. Runs with the Node that runs the server, from throw-away folders.
// usage: node verifyServer.mjs <path of server-main.js>
import { mkdtempSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { startServer } from './vscodeServer.mjs';

const serverMain = process.argv[2];
const root = mkdtempSync(join(tmpdir(), 'error-catalog-e2e-verify-'));
const dirs = {
  root,
  logs: join(root, 'logs'),
  serverData: join(root, 'server-data'),
  userData: join(root, 'user-data'),
  extensions: join(root, 'extensions'),
};
for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
const env = { ...process.env, HOME: root, XDG_CONFIG_HOME: root, XDG_DATA_HOME: root, XDG_CACHE_HOME: root };

try {
  const server = await startServer({ tools: { node: process.execPath, serverMain }, dirs, env });
  await server.stop();
  console.log(`[e2e:setup] the VS Code server answered on ${server.url}`);
} catch (error) {
  console.error(`[e2e:setup] ${error.message}`);
  try {
    console.error(readFileSync(join(dirs.logs, 'server.log'), 'utf8').split('\n').slice(-20).join('\n'));
  } catch {
    // no log written
  }
  process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
