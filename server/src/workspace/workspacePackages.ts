import type { SyncFileView } from './host';
import { isSourcePath } from './fileKinds';
import { parentFolder } from './paths';

const MAX_MANIFEST_BYTES = 1024 * 1024;

/** Folders a package's build goes to; its TypeScript sources sit in `src/` beside them, or at the top. */
const BUILD_FOLDERS = ['dist', 'build', 'lib', 'out', 'esm', 'cjs', 'es'];

/** Conditions of an `exports` map read in this order: the types and sources first, then the runtimes. */
const CONDITIONS = ['types', 'typescript', 'source', 'import', 'module', 'node', 'require', 'default'];

/**
 * What a build file name was before compilation. Not SOURCE_FILES of fileKinds.ts: these are
 * compiler mappings tried in TypeScript's order; isSourcePath still decides what is kept.
 */
const SOURCE_FOR_BUILD: ReadonlyArray<readonly [string, string[]]> = [
  ['.d.ts', ['.ts', '.tsx']],
  ['.d.mts', ['.mts']],
  ['.d.cts', ['.cts']],
  ['.js', ['.ts', '.tsx', '.js']],
  ['.mjs', ['.mts', '.mjs']],
  ['.cjs', ['.cts', '.cjs']],
  ['.jsx', ['.tsx', '.jsx']],
];

interface WorkspacePackage {
  folder: string;
  manifest: PackageManifest;
}

interface PackageManifest {
  name?: unknown;
  exports?: unknown;
  types?: unknown;
  typings?: unknown;
  module?: unknown;
  main?: unknown;
  source?: unknown;
}

/**
 * The packages of an npm, yarn or pnpm workspace, by their package.json `name`, found in the
 * folders above the workspace's source files (never in `node_modules`). An import of a package
 * name resolves to the TypeScript source of the file its `exports`, `types`, `module` or `main`
 * names: build output (`dist/index.js`) maps back to `src/index.ts` in the repository.
 */
export class WorkspacePackages {
  private byName: Map<string, WorkspacePackage> | undefined;

  constructor(
    private readonly view: SyncFileView,
    private readonly roots: readonly string[],
    private readonly knownFiles: () => Iterable<string>,
  ) {}

  clear(): void {
    this.byName = undefined;
  }

  /** The source file `@scope/name` or `@scope/name/sub/path` names, in a workspace package. */
  resolve(specifier: string): string | undefined {
    const packages = (this.byName ??= this.discover());
    const parts = specifier.split('/');
    const nameLength = specifier.startsWith('@') ? 2 : 1;
    const found = packages.get(parts.slice(0, nameLength).join('/'));
    if (!found) return undefined;
    const subpath = parts.slice(nameLength).join('/');
    return this.entryOf(found, subpath);
  }

  private discover(): Map<string, WorkspacePackage> {
    const folders = new Set<string>();
    for (const file of this.knownFiles()) {
      if (file.includes('/node_modules/')) continue;
      for (
        let folder = parentFolder(file);
        this.withinRoots(folder) && !folders.has(folder);
        folder = parentFolder(folder)
      ) {
        folders.add(folder);
      }
    }
    const byName = new Map<string, WorkspacePackage>();
    for (const folder of [...folders].sort()) {
      const manifest = this.readManifest(`${folder}/package.json`);
      if (manifest && typeof manifest.name === 'string' && !byName.has(manifest.name)) {
        byName.set(manifest.name, { folder, manifest });
      }
    }
    return byName;
  }

  private readManifest(path: string): PackageManifest | undefined {
    const text = this.view.readFile(path, MAX_MANIFEST_BYTES);
    if (text === undefined) return undefined;
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as PackageManifest)
        : undefined;
    } catch {
      return undefined;
    }
  }

  private entryOf(pkg: WorkspacePackage, subpath: string): string | undefined {
    const targets: string[] = [];
    const exported = exportTarget(pkg.manifest.exports, subpath === '' ? '.' : `./${subpath}`);
    if (exported) targets.push(exported);
    if (subpath === '') {
      for (const field of ['source', 'types', 'typings', 'module', 'main'] as const) {
        const value = pkg.manifest[field];
        if (typeof value === 'string') targets.push(value);
      }
      targets.push('src/index', 'index');
    } else {
      targets.push(subpath, `src/${subpath}`);
    }
    for (const target of targets) {
      const file = this.sourceOf(pkg.folder, target);
      if (file) return file;
    }
    return undefined;
  }

  /** The source file a package-relative target stands for: itself, its TypeScript source, or its index. */
  private sourceOf(folder: string, target: string): string | undefined {
    const relative = target.replace(/^\.\//, '');
    if (relative.startsWith('../') || relative.includes('/node_modules/')) return undefined;
    const [first, ...rest] = relative.split('/');
    const stems = [relative];
    if (BUILD_FOLDERS.includes(first) && rest.length > 0) stems.push(`src/${rest.join('/')}`, rest.join('/'));
    for (const stem of stems) {
      for (const candidate of candidatesOf(`${folder}/${stem}`)) {
        if (isSourcePath(candidate) && this.view.fileExists(candidate)) return candidate;
      }
    }
    return undefined;
  }

  private withinRoots(folder: string): boolean {
    return this.roots.some((root) => folder === root || folder.startsWith(`${root}/`));
  }
}

/** The file names a target may have been written from: its source extensions, or as a folder's index. */
function candidatesOf(path: string): string[] {
  for (const [build, sources] of SOURCE_FOR_BUILD) {
    if (path.endsWith(build)) {
      const stem = path.slice(0, -build.length);
      return [...sources.map((extension) => stem + extension), path];
    }
  }
  return [
    path,
    // TypeScript's probing order for an extensionless target, a subset of the source extensions.
    ...['.ts', '.tsx', '.mts', '.js', '.mjs'].map((extension) => path + extension),
    ...['/index.ts', '/index.tsx', '/index.js'].map((index) => path + index),
  ];
}

/** The file an `exports` map gives a subpath, reading conditions in the order above; `*` patterns included. */
function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (exports === undefined || exports === null) return undefined;
  if (typeof exports === 'string' || Array.isArray(exports))
    return subpath === '.' ? conditionTarget(exports) : undefined;
  if (typeof exports !== 'object') return undefined;
  const map = exports as Record<string, unknown>;
  const keys = Object.keys(map);
  if (!keys.some((key) => key.startsWith('.'))) return subpath === '.' ? conditionTarget(map) : undefined;
  if (subpath in map) return conditionTarget(map[subpath]);
  for (const key of keys) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length - 1) {
      const matched = subpath.slice(prefix.length, subpath.length - suffix.length);
      return conditionTarget(map[key])?.replaceAll('*', matched);
    }
  }
  return undefined;
}

function conditionTarget(value: unknown, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = conditionTarget(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const conditions = value as Record<string, unknown>;
  for (const condition of CONDITIONS) {
    if (condition in conditions) {
      const found = conditionTarget(conditions[condition], depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
