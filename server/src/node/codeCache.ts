import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { homedir, platform } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

/**
 * Runs a bundle with V8's code cache: the bytecode V8 compiled for it on an earlier run is handed
 * back, so a start does not compile the bundle (and the TypeScript compiler inside it) again.
 * Node 20 has no compile cache of its own (`module.enableCompileCache` came with Node 22).
 *
 * The cache is bytecode that will run, so it is read only from a folder of the current user that
 * no one else can write, and it is keyed by the bundle's content and the runtime: V8 itself checks
 * only the source's length and its own version and flags. Anything wrong with it (missing,
 * foreign, corrupt, rejected by V8) means a plain compile, and a new cache written on exit.
 */

/** `ERROR_CATALOG_CODE_CACHE`: a folder to keep the cache in, or `off` for none. */
const CODE_CACHE_VARIABLE = 'ERROR_CATALOG_CODE_CACHE';

/**
 * Where the cache lives when the variable does not say: the platform's per-user cache folder.
 * Undefined when there is no home to put it in; a relative `XDG_CACHE_HOME` is ignored, as the
 * XDG specification asks (it would put the cache in whatever folder the program runs in).
 */
function defaultCodeCacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined;
  const base =
    platform() === 'win32'
      ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
      : platform() === 'darwin'
        ? join(home, 'Library', 'Caches')
        : (xdg ?? join(home, '.cache'));
  return join(base, 'error-catalog', 'code-cache');
}

/** The cache folder in force, or undefined when the cache is off. */
function codeCacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env[CODE_CACHE_VARIABLE];
  if (setting === 'off') return undefined;
  return setting ? setting : defaultCodeCacheFolder(env);
}

/** Loads and runs the CommonJS bundle at `bundlePath` as the main program, through the cache. */
export function runBundle(bundlePath: string, env: NodeJS.ProcessEnv = process.env): void {
  // The shebang is the launcher's; a function body cannot start with one.
  const source = readFileSync(bundlePath, 'utf8').replace(/^#!.*/, '');
  const folder = codeCacheFolder(env);
  const cacheFile = folder ? join(folder, cacheFileName(bundlePath, source)) : undefined;
  const cachedData = cacheFile && privateFolder(folder!) ? readPrivateFile(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundlePath, cachedData });
  // A worker thread runs the same bundle: the main thread alone writes the cache.
  if (cacheFile && isMainThread && (cachedData === undefined || script.cachedDataRejected)) {
    // Written once the program has run: V8 then includes the functions it compiled on the way,
    // not only the top level.
    process.once('exit', () => writeCache(folder!, cacheFile, () => script.createCachedData()));
  }
  const bundleModule = new Module(bundlePath, module);
  bundleModule.filename = bundlePath;
  bundleModule.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(
    dirname(bundlePath),
  );
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  run.call(
    bundleModule.exports,
    bundleModule.exports,
    Module.createRequire(bundlePath),
    bundleModule,
    bundlePath,
    dirname(bundlePath),
  );
}

/** The bundle's name, a hash of its text and the runtime: another build or Node never matches. */
function cacheFileName(bundlePath: string, source: string): string {
  const key = createHash('sha256')
    .update(source)
    .update('\0')
    .update(process.version)
    .update('\0')
    .update(process.versions.v8)
    .update('\0')
    .update(process.arch)
    .digest('base64url')
    .slice(0, 32);
  return `${basename(bundlePath)}.${key}.bin`;
}

/**
 * Whether the folder is the current user's and no one else can write it. On Windows, where modes
 * say nothing of that, the folder under the user's profile is taken as private.
 */
function privateFolder(folder: string): boolean {
  try {
    return isPrivate(statSync(folder));
  } catch {
    return false;
  }
}

function isPrivate(stats: { uid: number; mode: number }): boolean {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}

/** The file's bytes, if it is a regular file of the current user that no one else can write. */
function readPrivateFile(path: string): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const stats = fstatSync(descriptor);
    if (!stats.isFile() || !isPrivate(stats)) return undefined;
    return readFileSync(descriptor);
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Writes the cache through a temporary file; a cache that cannot be written is simply not kept. */
function writeCache(folder: string, cacheFile: string, data: () => Buffer): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!privateFolder(folder)) return;
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, data(), { mode: 0o600 });
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only home or a full disk: the next start compiles again, as without a cache.
  }
}
