import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { version } from '../../package.json';
import { CLI, ROOT } from './runCli';

/** Runs `error-catalog --version` with the code cache in `folder` (or the given setting). */
function versionRun(setting: string, env: NodeJS.ProcessEnv = {}): string {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, '--version'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, ERROR_CATALOG_CODE_CACHE: setting },
  });
  assert.equal(stderr, '');
  assert.equal(status, 0);
  return stdout;
}

function privateFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'code-cache-')), 'cache');
  mkdirSync(folder, { mode: 0o700 });
  return folder;
}

/** The one cache file in the folder, by name. */
function cacheFile(folder: string): string {
  const files = readdirSync(folder);
  assert.equal(files.length, 1, `one cache file, found ${files.join(', ')}`);
  assert.match(files[0], /^cli\.main\.js\.[\w-]{32}\.bin$/);
  return join(folder, files[0]);
}

test('the first start writes the code cache for the user alone, and the next one uses it as it is', () => {
  const folder = privateFolder();
  assert.equal(versionRun(folder), `${version}\n`);
  const file = cacheFile(folder);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  const written = readFileSync(file);
  assert.ok(written.length > 100_000, `V8's cache of the bundle, ${written.length} bytes`);
  const { mtimeMs } = statSync(file);

  assert.equal(versionRun(folder), `${version}\n`);
  // V8 took it: a rejected cache would have been written again.
  assert.equal(statSync(file).mtimeMs, mtimeMs);
  assert.deepEqual(readFileSync(file), written);
});

test('a corrupt cache file is not used: the program runs as without it and writes a good one', () => {
  const folder = privateFolder();
  versionRun(folder);
  const file = cacheFile(folder);
  writeFileSync(file, Buffer.alloc(4096, 0xab), { mode: 0o600 });
  assert.equal(versionRun(folder), `${version}\n`);
  const rewritten = readFileSync(file);
  assert.notDeepEqual(rewritten, Buffer.alloc(4096, 0xab));
  assert.ok(rewritten.length > 100_000);
});

test('a cache in a folder others can write is neither read nor written', () => {
  const folder = privateFolder();
  versionRun(folder);
  const file = cacheFile(folder);
  chmodSync(folder, 0o777);
  const planted = Buffer.alloc(4096, 0xcd);
  writeFileSync(file, planted);
  assert.equal(versionRun(folder), `${version}\n`);
  assert.deepEqual(readFileSync(file), planted);
  assert.deepEqual(readdirSync(folder), [file.slice(folder.length + 1)]);
});

test('ERROR_CATALOG_CODE_CACHE=off keeps no cache, and the default is the user cache folder', () => {
  const home = mkdtempSync(join(tmpdir(), 'code-cache-home-'));
  const env = { HOME: home, XDG_CACHE_HOME: join(home, 'xdg'), LOCALAPPDATA: join(home, 'local') };
  assert.equal(versionRun('off', env), `${version}\n`);
  assert.deepEqual(readdirSync(home), []);

  assert.equal(versionRun('', env), `${version}\n`);
  const expected =
    process.platform === 'win32'
      ? join(home, 'local')
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Caches')
        : join(home, 'xdg');
  assert.ok(existsSync(join(expected, 'error-catalog', 'code-cache')));
  cacheFile(join(expected, 'error-catalog', 'code-cache'));
});

test('a relative XDG_CACHE_HOME is ignored: the cache goes under the home, never the working folder', () => {
  const home = mkdtempSync(join(tmpdir(), 'code-cache-home-'));
  const cwd = mkdtempSync(join(tmpdir(), 'code-cache-cwd-'));
  const { status } = spawnSync(process.execPath, [CLI, '--version'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CACHE_HOME: 'relative-cache', ERROR_CATALOG_CODE_CACHE: '' },
  });
  assert.equal(status, 0);
  assert.deepEqual(readdirSync(cwd), []);
  cacheFile(join(home, '.cache', 'error-catalog', 'code-cache'));
});
