// Opens the VS Code web workbench of a running server in headless Debian chromium.
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { URL, URLSearchParams } from 'node:url';
import { chromium } from 'playwright-core';

/**
 * The workbench URL for a folder. `payload` entries are [name, path] pairs; paths become
 * `vscode-remote` URIs of the server, since the extension host runs there, not in the browser.
 */
export function workbenchUrl(server, folder, payload = []) {
  const authority = new URL(server.url).host;
  const remote = (path) => `vscode-remote://${authority}${resolve(path)}`;
  const query = new URLSearchParams({ folder: resolve(folder) });
  if (payload.length > 0) {
    query.set('payload', JSON.stringify(payload.map(([name, path]) => [name, remote(path)])));
  }
  return `${server.url}/?${query}`;
}

/** A headless chromium whose profile, caches and crash reports all stay in the work folder. */
export async function launchBrowser({ tools, dirs, env, viewport = { width: 1280, height: 800 } }) {
  const context = await chromium.launchPersistentContext(dirs.chromiumProfile, {
    executablePath: tools.chromium,
    headless: true,
    env,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-crash-reporter',
      '--disable-breakpad',
      `--crash-dumps-dir=${dirs.tmp}`,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Appends the page's console messages and uncaught errors to `file`. */
export function logConsole(page, file) {
  page.on('console', (message) => appendFileSync(file, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => appendFileSync(file, `[pageerror] ${error.stack ?? error}\n`));
}
