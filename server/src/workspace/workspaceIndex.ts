import picomatch from 'picomatch';
import { Catalog, type CatalogExtensions } from '../catalog/catalog';
import { loadCatalogDocument } from '../catalog/loaders';
import { makeProblem, ProblemCodes } from '../catalog/problems';
import type { CodeDefinition } from '../analysis/types';
import type { CatalogEntry, CatalogLoadResult, CatalogProblem } from '../catalog/types';
import type { WorkspaceHost } from './host';
import { PathAdmission } from './pathAdmission';
import { DEFAULT_CATALOG_GLOBS } from './fileKinds';
import { pathToUri, uriToPath } from './paths';
import { MAX_CATALOG_BYTES, tooLargeProblem } from './fileLimits';
import { walkFiles } from './walk';
import { relatedDocumentReader } from './relatedDocuments';

export { MAX_CATALOG_BYTES } from './fileLimits';

interface CatalogFileState {
  uri: string;
  relativePath: string;
  /** The last result that parsed: it stays in force while the file is broken. */
  lastGood?: CatalogLoadResult;
  /** Problems of the current text, good or broken. */
  problems: CatalogProblem[];
  /** The current text (an open editor's, unsaved edits included), for edits that write into the file. */
  text?: string;
  /** Other files its load read (an OpenAPI document's `$ref: ./responses.yaml`): a change to one reloads it. */
  related?: string[];
}

interface FolderState {
  root: string;
  files: Map<string, CatalogFileState>;
  /** Merged catalogs by the directory whose documents govern (see catalogForDirectory). */
  catalogs: Map<string, Catalog>;
  /**
   * The same catalogs by the catalog files they merge: the directories under one set of files
   * share a catalog, built once after each change rather than once per directory.
   */
  catalogsByFiles: Map<string, Catalog>;
  /** Codes defined in source files (`createError('FORBIDDEN', ...)`, string enums), by file URI. */
  sourceDefinitions: Map<string, CatalogEntry[]>;
  /**
   * The table extensions of the catalog files by directory: they change only with the files, not
   * with every source file's definitions, and the analyser asks for them once per file.
   */
  extensions: Map<string, CatalogExtensions>;
  /** The envelope and carrier rows the editor's settings add for the folder. */
  settingRows?: CatalogExtensions;
}

interface WorkspaceIndexOptions {
  /** Absolute paths of the workspace folders. */
  roots: string[];
  /** Glob patterns (relative to a root) that replace catalog discovery when not empty. */
  catalogFiles?: string[];
}

const decoder = new TextDecoder('utf-8');

/**
 * The catalogs of every workspace folder: found, loaded, kept fresh. Source documents ask it for
 * the catalog that governs them.
 */
export class WorkspaceIndex {
  private readonly folders: FolderState[];
  private readonly places = new Map<string, { folder: FolderState; directory: string } | null>();
  private readonly listeners: Array<() => void> = [];
  private notifyScheduled = false;
  /** Decides from a path relative to its folder whether the file is a catalog. */
  private readonly isCatalogPath: (relativePath: string) => boolean;
  /** Whether a catalog path may be read: in a folder, and reached through no symbolic link. */
  private readonly admission: PathAdmission;

  constructor(
    private readonly host: WorkspaceHost,
    options: WorkspaceIndexOptions,
  ) {
    // Longest root first, so a nested workspace folder wins over its parent.
    this.folders = [...options.roots]
      .sort((a, b) => b.length - a.length)
      .map((root) => ({
        root: trimSlash(root),
        files: new Map(),
        catalogs: new Map(),
        catalogsByFiles: new Map(),
        sourceDefinitions: new Map(),
        extensions: new Map(),
      }));
    const globs =
      options.catalogFiles && options.catalogFiles.length > 0 ? options.catalogFiles : DEFAULT_CATALOG_GLOBS;
    this.isCatalogPath = picomatch([...globs], { dot: true });
    this.admission = new PathAdmission(
      host,
      this.folders.map((folder) => folder.root),
    );
  }

  /** Finds and loads every catalog file of every folder. */
  async initialize(): Promise<void> {
    for (const folder of this.folders) {
      const paths = await walkFiles(this.host, folder.root, { accept: this.isCatalogPath });
      for (const relativePath of paths) await this.loadFromDisk(folder, relativePath);
      this.rebuild(folder);
    }
  }

  /** Registers a listener called whenever a catalog changes. */
  onDidChangeCatalog(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * The catalog that governs a document of the workspace: the catalog files of the nearest
   * directory above it first (a package's own catalog), then those of each directory further up
   * to the folder root, each followed by the files it includes, then the codes defined in source.
   */
  catalogFor(uri: string): Catalog {
    const place = this.placeOf(uri);
    return place ? this.catalogForDirectory(place.folder, place.directory) : EMPTY_CATALOG;
  }

  /**
   * The envelope and carrier rows the catalog files governing a document declare. The same as
   * `catalogFor(uri).extensions`, without merging the codes every source file defines: indexing
   * asks for it once per file, and a catalog rebuilt after each file that defines a code would
   * cost a merge of every definition per file.
   */
  extensionsFor(uri: string): CatalogExtensions {
    const place = this.placeOf(uri);
    if (!place) return EMPTY_CATALOG.extensions;
    const { folder, directory } = place;
    let extensions = folder.extensions.get(directory);
    if (!extensions) {
      const documents = this.governingFiles(folder, directory).map((state) => ({
        uri: state.uri,
        result: state.lastGood!,
      }));
      extensions = Catalog.from(documents, folder.settingRows).extensions;
      folder.extensions.set(directory, extensions);
    }
    return extensions;
  }

  /**
   * The folder and directory of a document, remembered: the features ask for the catalog of every
   * use of a code (a hover counts them), and parsing the URI each time costs more than the lookup.
   */
  private placeOf(uri: string): { folder: FolderState; directory: string } | undefined {
    let place = this.places.get(uri);
    if (place === undefined) {
      const path = uriToPath(uri);
      const folder = this.folderOf(path);
      if (folder) {
        const relative = relativeTo(folder.root, path);
        place = {
          folder,
          directory: relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '',
        };
      } else place = null;
      this.places.set(uri, place);
    }
    return place ?? undefined;
  }

  /** True when the document is one of the workspace's catalog files. */
  isCatalogDocument(uri: string): boolean {
    const path = uriToPath(uri);
    const folder = this.folderOf(path);
    return folder !== undefined && this.isCatalogPath(relativeTo(folder.root, path));
  }

  /** Problems of a catalog file: its own, then those found when merging it with the others. */
  catalogProblems(uri: string): CatalogProblem[] {
    const path = uriToPath(uri);
    const folder = this.folderOf(path);
    if (!folder) return [];
    const state = folder.files.get(relativeTo(folder.root, path));
    const merged = this.catalogFor(uri).problems.get(uri) ?? [];
    return [...(state?.problems ?? []), ...merged];
  }

  /** The current text of a catalog file: the open editor's when it has unsaved edits, else the file's. */
  catalogText(uri: string): string | undefined {
    const path = uriToPath(uri);
    const folder = this.folderOf(path);
    return folder?.files.get(relativeTo(folder.root, path))?.text;
  }

  /** URIs of every catalog file known. */
  catalogUris(): string[] {
    return this.folders.flatMap((folder) => [...folder.files.values()].map((state) => state.uri));
  }

  /** The files catalog files read besides themselves (the files an OpenAPI document refers to). */
  relatedUris(): string[] {
    return [
      ...new Set(
        this.folders.flatMap((folder) => [...folder.files.values()].flatMap((state) => state.related ?? [])),
      ),
    ];
  }

  /**
   * A file changed on disk: a catalog file is read again, and so is every catalog that read it (an
   * OpenAPI document whose `$ref` leads into it). False when no catalog is concerned.
   */
  async fileChanged(uri: string): Promise<boolean> {
    if (this.isCatalogDocument(uri)) {
      await this.updateCatalogFile(uri);
      return true;
    }
    let concerned = false;
    for (const folder of this.folders) {
      for (const state of [...folder.files.values()]) {
        if (!state.related?.includes(uri)) continue;
        concerned = true;
        if (state.text !== undefined) this.loadText(folder, state.relativePath, state.text);
        else await this.loadFromDisk(folder, state.relativePath);
        this.rebuild(folder);
      }
    }
    return concerned;
  }

  /** Each folder's catalog at its top: its root catalog files and every code its sources define. */
  folderCatalogs(): Catalog[] {
    return this.folders.map((folder) => this.catalogForDirectory(folder, ''));
  }

  /** A path as a person reads it: relative to its workspace folder, or the whole path outside them. */
  relativePath(uri: string): string {
    const path = uriToPath(uri);
    const folder = this.folderOf(path);
    return folder ? relativeTo(folder.root, path) : path;
  }

  /** The workspace folder roots. */
  roots(): string[] {
    return this.folders.map((folder) => folder.root);
  }

  /**
   * Takes a catalog file's new text: an unsaved edit of an open document, or (without `text`)
   * the file as it now is on disk, or its deletion.
   */
  async updateCatalogFile(uri: string, text?: string): Promise<void> {
    const path = uriToPath(uri);
    const folder = this.folderOf(path);
    if (!folder) return;
    const relativePath = relativeTo(folder.root, path);
    if (!this.isCatalogPath(relativePath)) return;
    if (text === undefined) await this.loadFromDisk(folder, relativePath);
    else this.loadText(folder, relativePath, text);
    this.rebuild(folder);
  }

  /**
   * Takes the envelope and carrier rows the editor's settings add for the folder holding `path`;
   * they join every catalog of the folder after its files' rows. True when they changed: what the
   * folder's sources hold must then be read again.
   */
  setSettingRows(path: string, rows: CatalogExtensions): boolean {
    const folder = this.folderOf(path);
    if (!folder) return false;
    const empty = rows.envelopes.length === 0 && rows.carriers.length === 0;
    const next = empty ? undefined : rows;
    if (JSON.stringify(folder.settingRows) === JSON.stringify(next)) return false;
    folder.settingRows = next;
    this.rebuild(folder);
    return true;
  }

  /**
   * Takes the codes a source file defines. They join its folder's catalog after every catalog
   * file, so a documented entry wins over a bare definition.
   */
  setSourceDefinitions(uri: string, definitions: CodeDefinition[]): void {
    const folder = this.folderOf(uriToPath(uri));
    if (!folder) return;
    const entries = definitions.map((definition) => definitionEntry(uri, definition));
    const previous = folder.sourceDefinitions.get(uri) ?? [];
    if (JSON.stringify(previous) === JSON.stringify(entries)) return;
    if (entries.length === 0) folder.sourceDefinitions.delete(uri);
    else folder.sourceDefinitions.set(uri, entries);
    this.rebuild(folder, false);
  }

  private async loadFromDisk(folder: FolderState, relativePath: string): Promise<void> {
    const path = `${folder.root}/${relativePath}`;
    const stat = this.admission.admits(path) ? await this.host.stat(path) : undefined;
    if (!stat || !stat.isFile) {
      folder.files.delete(relativePath);
      return;
    }
    if (stat.size > MAX_CATALOG_BYTES) {
      this.skipTooLarge(folder, relativePath);
      return;
    }
    const bytes = await this.host.readFile(path);
    if (bytes === undefined) {
      // It is there but cannot be read (permissions): a catalog that silently counts as none would
      // let a check pass that should not. It stays known, with its problem and no entries.
      const uri = pathToUri(path);
      folder.files.set(relativePath, { uri, relativePath, problems: [unreadableProblem()] });
      return;
    }
    this.loadText(folder, relativePath, decoder.decode(bytes));
  }

  /** The file stays known, with its problem, and no entries: a stale catalog would mislead more. */
  private skipTooLarge(folder: FolderState, relativePath: string): void {
    const uri = pathToUri(`${folder.root}/${relativePath}`);
    folder.files.set(relativePath, { uri, relativePath, problems: [tooLargeProblem(MAX_CATALOG_BYTES)] });
  }

  private loadText(folder: FolderState, relativePath: string, text: string): void {
    // An open editor's text has no size on disk; its length in UTF-16 units is the closest bound.
    if (text.length > MAX_CATALOG_BYTES) {
      this.skipTooLarge(folder, relativePath);
      return;
    }
    const uri = pathToUri(`${folder.root}/${relativePath}`);
    const related: string[] = [];
    const reader = relatedDocumentReader(this.host, folder.root);
    const recording = reader && ((target: string) => (related.push(target), reader(target)));
    const result = loadCatalogDocument(relativePath, uri, text, recording);
    if (!result) return;
    const previous = folder.files.get(relativePath);
    folder.files.set(relativePath, {
      uri,
      relativePath,
      lastGood: result.parsed ? result : previous?.lastGood,
      problems: result.problems,
      text,
      ...(related.length > 0 && { related }),
    });
  }

  private rebuild(folder: FolderState, filesChanged = true): void {
    folder.catalogs.clear();
    folder.catalogsByFiles.clear();
    if (filesChanged) folder.extensions.clear();
    // Many files may change at once (indexing, a branch switch): tell listeners once per turn.
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    setImmediate(() => {
      this.notifyScheduled = false;
      for (const listener of this.listeners) listener();
    });
  }

  private catalogForDirectory(folder: FolderState, directory: string): Catalog {
    const cached = folder.catalogs.get(directory);
    if (cached) return cached;
    const ordered = this.governingFiles(folder, directory);
    const key = ordered.map((state) => state.relativePath).join('\n');
    let catalog = folder.catalogsByFiles.get(key);
    if (!catalog) {
      const documents = ordered.map((state) => ({ uri: state.uri, result: state.lastGood! }));
      for (const [uri, entries] of folder.sourceDefinitions) {
        documents.push({ uri, result: { entries, problems: [], kind: 'codes', parsed: true } });
      }
      catalog = Catalog.from(documents, folder.settingRows);
      folder.catalogsByFiles.set(key, catalog);
    }
    folder.catalogs.set(directory, catalog);
    return catalog;
  }

  /** The catalog files that govern a directory, nearest first, each followed by what it includes. */
  private governingFiles(folder: FolderState, directory: string): CatalogFileState[] {
    const ordered: CatalogFileState[] = [];
    const seen = new Set<string>();
    const add = (state: CatalogFileState) => {
      if (seen.has(state.relativePath) || !state.lastGood) return;
      seen.add(state.relativePath);
      ordered.push(state);
      for (const included of this.includedBy(folder, state)) add(included);
    };
    for (const ancestor of ancestors(directory)) {
      for (const state of folder.files.values()) if (scopeOfFile(state) === ancestor) add(state);
    }
    return ordered;
  }

  /** The catalog files that a catalog's `include` globs name, relative to its own directory. */
  private includedBy(folder: FolderState, state: CatalogFileState): CatalogFileState[] {
    const globs = state.lastGood?.include ?? [];
    if (globs.length === 0) return [];
    const base = directoryOf(state.relativePath);
    const matches = picomatch(
      globs.map((glob) => (base ? `${base}/${glob}` : glob)),
      { dot: true },
    );
    return [...folder.files.values()].filter((other) => other !== state && matches(other.relativePath));
  }

  private folderOf(path: string): FolderState | undefined {
    return this.folders.find((folder) => path === folder.root || path.startsWith(folder.root + '/'));
  }
}

const EMPTY_CATALOG = Catalog.from([]);

function unreadableProblem(): CatalogProblem {
  const origin = { line: 0, character: 0 };
  return makeProblem(
    ProblemCodes.unreadableCatalog,
    'The catalog file cannot be read (check its permissions): none of its codes are known.',
    { start: origin, end: origin },
  );
}

/** The catalog entry of a code defined in source (`createError('FORBIDDEN', ...)`). */
export function definitionEntry(uri: string, definition: CodeDefinition): CatalogEntry {
  return {
    code: definition.code,
    statuses: definition.status === undefined ? [] : [definition.status],
    description: definition.message,
    aliases: [],
    source: {
      uri,
      range: definition.range,
      format: 'typescript',
      ...(definition.via === 'constant' && { readThrough: true as const }),
    },
  };
}

/** `a/b/c` gives `a/b/c`, `a/b`, `a`, `` (the root). */
function ancestors(directory: string): string[] {
  const result = [directory];
  let current = directory;
  while (current !== '') {
    current = current.includes('/') ? current.slice(0, current.lastIndexOf('/')) : '';
    result.push(current);
  }
  return result;
}

/**
 * The directory whose sources a loaded catalog file governs. An OpenAPI document describes the API
 * wherever its code is written (`packages/specs/openapi.yaml` of a server in `api/`): it governs
 * the whole folder.
 */
function scopeOfFile(state: CatalogFileState): string {
  return state.lastGood?.api ? '' : scopeOf(state.relativePath);
}

/**
 * The directory whose sources a catalog file governs: its own, or, for documentation kept in a
 * `docs` folder, the directory that holds that folder (`packages/a/docs/errors.md` governs
 * `packages/a`).
 */
function scopeOf(relativePath: string): string {
  const segments = directoryOf(relativePath).split('/');
  const docs = segments.findIndex((segment) => segment === 'docs' || segment === 'doc');
  return (docs < 0 ? segments : segments.slice(0, docs)).join('/');
}

function directoryOf(relativePath: string): string {
  return relativePath.includes('/') ? relativePath.slice(0, relativePath.lastIndexOf('/')) : '';
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function relativeTo(root: string, path: string): string {
  return path === root ? '' : path.slice(root.length + 1);
}
