import ts from '../analysis/typescript';
import type { SyncFileView } from './host';
import { isSourcePath } from './fileKinds';
import { parentFolder } from './paths';
import { WorkspacePackages } from './workspacePackages';

/** tsconfig and package.json files are small; a larger one is not read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Resolves an import to the workspace source file it names, the way TypeScript does: relative
 * paths (`./errors.js` for `errors.ts`), folder indexes, tsconfig `paths` and `baseUrl` (with
 * `extends`), through `ts.resolveModuleName` over a cached host. Package names resolve to the
 * workspace's own packages (their TypeScript sources, when `exports` or `main` name build
 * output); nothing is ever read from `node_modules`.
 */
export class ModuleResolution {
  private readonly resolved = new Map<string, string | undefined>();
  private readonly configs = new Map<string, ts.CompilerOptions>();
  private readonly caches = new Map<ts.CompilerOptions, ts.ModuleResolutionCache>();
  private readonly packages: WorkspacePackages;
  private readonly host: ts.ModuleResolutionHost;

  /**
   * @param view synchronous reads of the workspace
   * @param roots the workspace folders: configuration is looked for up to them, never above
   * @param knownFiles the source files the index walked, where package folders are looked for
   */
  constructor(
    private readonly view: SyncFileView,
    private readonly roots: readonly string[],
    knownFiles: () => Iterable<string>,
  ) {
    this.packages = new WorkspacePackages(view, roots, knownFiles);
    this.host = {
      fileExists: (path) => !inNodeModules(path) && view.fileExists(path),
      readFile: (path) => (inNodeModules(path) ? undefined : view.readFile(path, MAX_CONFIG_BYTES)),
      directoryExists: (path) => !inNodeModules(path) && view.directoryExists(path),
      getCurrentDirectory: () => roots[0] ?? '/',
      useCaseSensitiveFileNames: true,
    };
  }

  /** The source file an import in `fromPath` names, or undefined outside the workspace's sources. */
  resolve(fromPath: string, specifier: string): string | undefined {
    const key = `${parentFolder(fromPath)}\0${specifier}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const found = this.resolveUncached(fromPath, specifier);
    this.resolved.set(key, found);
    return found;
  }

  /** Forgets every answer: a file was added or removed, or a configuration changed. */
  clear(): void {
    this.resolved.clear();
    this.configs.clear();
    this.caches.clear();
    this.packages.clear();
  }

  private resolveUncached(fromPath: string, specifier: string): string | undefined {
    const options = this.optionsFor(parentFolder(fromPath));
    let cache = this.caches.get(options);
    if (!cache) {
      cache = ts.createModuleResolutionCache(this.host.getCurrentDirectory!(), (name) => name, options);
      this.caches.set(options, cache);
    }
    const { resolvedModule } = ts.resolveModuleName(specifier, fromPath, options, this.host, cache);
    const file = resolvedModule?.resolvedFileName;
    if (file && isSourcePath(file) && !inNodeModules(file)) return file;
    if (isRelative(specifier)) return undefined;
    return this.packages.resolve(specifier);
  }

  /** The compiler options of the nearest tsconfig.json (or jsconfig.json) up to the workspace folder. */
  private optionsFor(directory: string): ts.CompilerOptions {
    const cached = this.configs.get(directory);
    if (cached) return cached;
    let options: ts.CompilerOptions | undefined;
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      const path = `${directory}/${name}`;
      if (this.view.fileExists(path)) {
        options = this.readConfig(path, directory);
        break;
      }
    }
    const parent = parentFolder(directory);
    const atTop = parent === directory || this.roots.includes(directory) || !this.withinRoots(parent);
    options ??= atTop ? withResolutionDefaults({}) : this.optionsFor(parent);
    this.configs.set(directory, options);
    return options;
  }

  private readConfig(path: string, directory: string): ts.CompilerOptions {
    const read = ts.readConfigFile(path, (file) => this.host.readFile(file));
    if (read.error || !read.config) return withResolutionDefaults({});
    const parsed = ts.parseJsonConfigFileContent(
      read.config,
      {
        useCaseSensitiveFileNames: true,
        // The file list is not wanted: only the options, so no folder is enumerated.
        readDirectory: () => [],
        fileExists: (file) => this.host.fileExists(file),
        readFile: (file) => this.host.readFile(file),
      },
      directory,
      undefined,
      path,
    );
    return withResolutionDefaults(parsed.options);
  }

  private withinRoots(path: string): boolean {
    return this.roots.some((root) => path === root || path.startsWith(`${root}/`));
  }
}

/**
 * Resolution as a bundler does it when the project does not say: extensionless and `.js`
 * specifiers find `.ts` sources, folders find their index, JavaScript files count.
 */
function withResolutionDefaults(options: ts.CompilerOptions): ts.CompilerOptions {
  const resolution = options.moduleResolution;
  const classic = resolution === undefined || resolution === ts.ModuleResolutionKind.Classic;
  return {
    ...options,
    allowJs: true,
    ...(classic ? { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext } : {}),
    // Bundler resolution needs an ES module kind; a CommonJS project resolving as Node 10 keeps its own.
    ...(options.moduleResolution === ts.ModuleResolutionKind.Bundler && !isEsModuleKind(options.module)
      ? { module: ts.ModuleKind.ESNext }
      : {}),
  };
}

function isEsModuleKind(kind: ts.ModuleKind | undefined): boolean {
  return kind !== undefined && kind >= ts.ModuleKind.ES2015 && kind <= ts.ModuleKind.ESNext;
}

function inNodeModules(path: string): boolean {
  return path.includes('/node_modules/');
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
}
