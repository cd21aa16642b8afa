import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const FIXTURES = join(ROOT, 'test/fixtures/cli');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in a fixture workspace (or an absolute folder), with no terminal. */
export function cli(fixture: string, ...args: string[]): Run {
  assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], {
    cwd: fixture.startsWith('/') ? fixture : join(FIXTURES, fixture),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
  });
  return { status, stdout, stderr };
}

/** Output lines, each ended by a newline. */
export const lines = (...text: string[]) => text.map((line) => `${line}\n`).join('');

/** The findings of the `errors` fixture, as `check` prints them. */
export const ERROR_LINES = [
  'error-catalog.json:4:27  error  999 is not an HTTP status: a status is a whole number from 100 to 599.  status-out-of-range',
  `src/app.ts:4:21  warning  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 401 Unauthorized.  status-mismatch`,
];
