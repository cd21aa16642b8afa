import { dirname, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { WorkspaceHost } from '../workspace/host';
import { DEFAULT_CATALOG_GLOBS, isSourcePath } from '../workspace/fileKinds';
import { ConfigurationError } from './cliIo';

/** What the paths on a command line name, resolved against the current folder. */
interface Targets {
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
      if (!targets.folders.includes(absolute)) targets.folders.push(absolute);
    } else if (stat?.isFile) {
      if (!isSourcePath(absolute)) {
        throw new ConfigurationError(`'${path}' is not a TypeScript or JavaScript source file`);
      }
      folder = dirname(absolute);
      if (!targets.files.includes(absolute)) targets.files.push(absolute);
    } else {
      throw new ConfigurationError(`'${path}' does not exist`);
    }
    const root = findRoots ? await governingFolder(host, folder) : folder;
    if (!targets.roots.includes(root)) targets.roots.push(root);
  }
  return targets;
}

/**
 * The folder to index catalogs in for `folder`, the one a user would open in the editor: the
 * highest folder of its repository that holds a catalog file (the index then gives each source the
 * catalogs of its nearest folders first, as a monorepo wants). Outside a repository, where there is
 * no top to stop at, the nearest such folder. With no catalog file above, the nearest package
 * folder (its catalog may sit deeper, e.g. in docs/), else `folder` itself.
 */
export async function governingFolder(host: WorkspaceHost, folder: string): Promise<string> {
  let nearestPackage: string | undefined;
  let workspaceTop: string | undefined;
  const withCatalog: string[] = [];
  for (let current: string | undefined = folder; current !== undefined; current = parentOf(current)) {
    const entries = await host.readDirectory(current);
    const names = entries.map((entry) => entry.name);
    if (names.some((name) => isCatalogName(name)) || (await holdsDocsCatalog(host, current, names))) {
      withCatalog.push(current);
    }
    if (nearestPackage === undefined && names.includes('package.json')) nearestPackage = current;
    if (await isWorkspaceTop(host, current, names)) workspaceTop = current;
    if (names.includes('.git')) return highest(withCatalog, workspaceTop) ?? nearestPackage ?? folder;
  }
  return (
    (withCatalog.length > 0 ? highest([withCatalog[0]], workspaceTop) : workspaceTop) ??
    nearestPackage ??
    folder
  );
}

/**
 * The folder a user opens: the highest that holds a catalog, or the monorepo's top above it, where
 * the packages whose classes and constants the sources import live.
 */
function highest(withCatalog: readonly string[], workspaceTop: string | undefined): string | undefined {
  const top = withCatalog.at(-1);
  if (top === undefined) return undefined;
  return workspaceTop !== undefined && isWithin(workspaceTop, top) ? workspaceTop : top;
}

/** `docs/errors.md`: documentation kept in a `docs` folder governs the folder that holds it. */
async function holdsDocsCatalog(
  host: WorkspaceHost,
  folder: string,
  names: readonly string[],
): Promise<boolean> {
  for (const docs of ['docs', 'doc']) {
    if (!names.includes(docs)) continue;
    const inside = await host.readDirectory(`${folder}/${docs}`);
    if (inside.some((entry) => entry.isFile && isCatalogName(`${docs}/${entry.name}`))) return true;
  }
  return false;
}

/** The top of an npm, yarn or pnpm workspace: `pnpm-workspace.yaml`, or `workspaces` in package.json. */
async function isWorkspaceTop(
  host: WorkspaceHost,
  folder: string,
  names: readonly string[],
): Promise<boolean> {
  if (names.includes('pnpm-workspace.yaml')) return true;
  if (!names.includes('package.json')) return false;
  const bytes = await host.readFile(`${folder}/package.json`);
  if (!bytes || bytes.byteLength > 1024 * 1024) return false;
  try {
    const manifest: unknown = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    return typeof manifest === 'object' && manifest !== null && 'workspaces' in manifest;
  } catch {
    return false;
  }
}

/**
 * True when a catalog file bears on the targets: it lies inside a target folder, or in a folder
 * above a target (where it may govern it). Catalog files elsewhere under the same root, a sibling
 * package's for instance, are neither reported nor listed.
 */
export function bearsOnTargets(targets: Targets, catalogPath: string): boolean {
  const directory = dirname(catalogPath);
  const folders = [...targets.folders, ...targets.files.map((file) => dirname(file))];
  return folders.some((folder) => isWithin(directory, folder) || isWithin(folder, directory));
}

function isWithin(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : folder + '/');
}

function parentOf(path: string): string | undefined {
  const parent = dirname(path);
  return parent === path ? undefined : parent;
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
