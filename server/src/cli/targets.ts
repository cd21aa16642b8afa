import { dirname, resolve } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_CATALOG_GLOBS } from '../catalog/loaders';
import type { WorkspaceHost } from '../workspace/host';
import { isSourcePath } from '../workspace/paths';
import { ConfigurationError } from './cliIo';

/** What the paths on a command line name, resolved against the current folder. */
export interface Targets {
  /** Folders whose sources are checked (absolute). */
  folders: string[];
  /** Single source files named on the command line (absolute). */
  files: string[];
  /**
   * The workspace folders to index catalogs in: for each path, the folder whose catalogs govern
   * it (see `governingFolder`). Deduplicated; nested roots are kept, the index picks the nearest.
   */
  roots: string[];
}

const isCatalogName = picomatch([...DEFAULT_CATALOG_GLOBS]);

/**
 * Resolves the command line's paths. With `findRoots`, each path's catalog root is searched
 * upwards, so `check src` uses the catalog beside `src`, as the editor does with the project open.
 */
export async function resolveTargets(
  host: WorkspaceHost,
  cwd: string,
  paths: readonly string[],
  findRoots: boolean,
): Promise<Targets> {
  const targets: Targets = { folders: [], files: [], roots: [] };
  for (const path of paths.length > 0 ? paths : ['.']) {
    const absolute = trimSlash(resolve(cwd, path));
    const stat = await host.stat(absolute);
    let folder: string;
    if (stat?.isDirectory) {
      folder = absolute;
      targets.folders.push(absolute);
    } else if (stat?.isFile) {
      if (!isSourcePath(absolute)) {
        throw new ConfigurationError(`'${path}' is not a TypeScript or JavaScript source file`);
      }
      folder = dirname(absolute);
      targets.files.push(absolute);
    } else {
      throw new ConfigurationError(`'${path}' does not exist`);
    }
    const root = findRoots ? await governingFolder(host, folder) : folder;
    if (!targets.roots.includes(root)) targets.roots.push(root);
  }
  return targets;
}

/**
 * The folder whose catalogs govern `folder`: the nearest folder at or above it that holds a
 * catalog file, else the nearest package folder (its catalog may sit deeper, e.g. in docs/), else
 * `folder` itself. The search stops at the repository's top.
 */
export async function governingFolder(host: WorkspaceHost, folder: string): Promise<string> {
  let nearestPackage: string | undefined;
  for (let current: string | undefined = folder; current !== undefined; current = parentOf(current)) {
    const names = (await host.readDirectory(current)).map((entry) => entry.name);
    if (names.some((name) => isCatalogName(name))) return current;
    if (nearestPackage === undefined && names.includes('package.json')) nearestPackage = current;
    if (names.includes('.git')) break;
  }
  return nearestPackage ?? folder;
}

function parentOf(path: string): string | undefined {
  const parent = dirname(path);
  return parent === path ? undefined : parent;
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
