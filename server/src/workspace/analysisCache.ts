import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { SourceModel } from '../analysis/types';
import type { AnalysisMemo } from './analysisMemo';

/** Where `--cache` keeps its file when `--cache-location` does not say: ESLint's convention. */
const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/error-catalog/';

/** The file in a cache folder: `check` and the language server share it. */
const CACHE_FILE_NAME = 'check-cache.json';

/** What marks a cache file as this tool's, in this layout. */
const FORMAT = 'error-catalog-check-cache/1';

interface CacheFile {
  format: string;
  /** The engine that made the models: another engine's models are not this one's. */
  engine: string;
  /** Per file: the key of its text and options, and the model they gave. */
  files: Record<string, { key: string; model: SourceModel }>;
}

/**
 * The analyses of the last run, by file, kept in one JSON file: written by `check --cache` and by
 * the language server once it has indexed a workspace, read by either. A model is reused
 * when the file's text and the analysis options hash to the same key and the same engine made it;
 * everything that depends on other files is linked again on every run (see AnalysisMemo). The
 * cache is only a cache: a file that is missing, corrupt, truncated or another tool's is ignored
 * with a note, and the run analyses every file as without it.
 */
export class AnalysisCache implements AnalysisMemo {
  /** Models remembered from the last run, by URI. */
  private readonly previous: Map<string, { key: string; model: SourceModel }>;
  /** What this run analysed or reused: the next run's cache (files gone since are left out). */
  private readonly next = new Map<string, { key: string; model: SourceModel }>();
  private readonly optionHashes = new Map<string, string>();
  hits = 0;
  misses = 0;

  private constructor(
    readonly path: string,
    private readonly engine: string,
    previous: CacheFile['files'],
    /** Why the file on disk was not used, if it was there and was not. */
    readonly note?: string,
    /** Whether the file on disk was read whole, every entry of it usable. */
    private readonly loaded = false,
  ) {
    this.previous = new Map(Object.entries(previous));
  }

  /** Reads the cache at `path` (made by `engine`); never fails: what cannot be used is noted and left. */
  static async open(path: string, engine: string): Promise<AnalysisCache> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return new AnalysisCache(path, engine, {});
    }
    const unusable = (why: string) =>
      new AnalysisCache(path, engine, {}, `the cache ${path} ${why}; checking without it`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return unusable('is not valid JSON (a truncated or corrupt file)');
    }
    if (!isCacheFile(parsed)) return unusable('is not a cache of error-catalog check');
    if (parsed.engine !== engine) return unusable('was made by another version of error-catalog');
    const files: CacheFile['files'] = {};
    let damaged = false;
    for (const [uri, entry] of Object.entries(parsed.files)) {
      if (isEntry(entry)) files[uri] = entry;
      else damaged = true;
    }
    return new AnalysisCache(path, engine, files, undefined, !damaged);
  }

  model<M extends SourceModel | Promise<SourceModel>>(
    uri: string,
    text: string,
    optionsKey: string,
    analyze: () => M,
  ): SourceModel | M {
    const key = `${sha256(text)}:${this.optionsHash(optionsKey)}`;
    const remembered = this.previous.get(uri);
    if (remembered?.key === key && remembered.model.uri === uri) {
      this.hits++;
      this.next.set(uri, { key, model: remembered.model });
      return remembered.model;
    }
    this.misses++;
    const made = analyze();
    if (!(made instanceof Promise)) {
      this.next.set(uri, { key, model: made });
      return made;
    }
    // Kept in this run's order of files, as the models made here are: the entry is filled in later.
    const entry = { key, model: undefined as unknown as SourceModel };
    this.next.set(uri, entry);
    return made.then((model) => {
      entry.model = model;
      return model;
    }) as M;
  }

  /**
   * Writes what this run analysed, through a temporary file renamed over the old one, so that a
   * run stopped halfway leaves the last whole cache. Returns why it could not, if it could not.
   */
  async save(): Promise<string | undefined> {
    // A run that found every file as it was remembered would write the same file again: at
    // 10,000 files that is a fifth of a second of a warm run, for nothing.
    if (this.unchanged()) {
      this.previous.clear();
      return undefined;
    }
    const file: CacheFile = { format: FORMAT, engine: this.engine, files: Object.fromEntries(this.next) };
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temporary, JSON.stringify(file));
      await rename(temporary, this.path);
      // What was remembered has served: the models in use are this run's, kept in `next`.
      this.previous.clear();
      return undefined;
    } catch (error) {
      return `could not write the cache ${this.path}: ${(error as Error).message}`;
    }
  }

  /** Whether this run's models are exactly those the file on disk holds, file for file. */
  private unchanged(): boolean {
    if (!this.loaded || this.next.size !== this.previous.size) return false;
    for (const [uri, entry] of this.next) if (this.previous.get(uri)?.key !== entry.key) return false;
    return true;
  }

  private optionsHash(optionsKey: string): string {
    let hash = this.optionHashes.get(optionsKey);
    if (hash === undefined) this.optionHashes.set(optionsKey, (hash = sha256(optionsKey)));
    return hash;
  }
}

/**
 * The cache file `--cache-location` names, relative to the working folder: a folder (an existing
 * one, or a path that ends with a slash) holds `check-cache.json`; anything else is the file.
 */
export async function cacheFilePath(cwd: string, location = DEFAULT_CACHE_LOCATION): Promise<string> {
  const path = resolve(cwd, location);
  if (location.endsWith('/') || location.endsWith('\\')) return join(path, CACHE_FILE_NAME);
  const found = await stat(path).catch(() => undefined);
  return found?.isDirectory() ? join(path, CACHE_FILE_NAME) : path;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<CacheFile>;
  return (
    file.format === FORMAT &&
    typeof file.engine === 'string' &&
    typeof file.files === 'object' &&
    file.files !== null &&
    !Array.isArray(file.files)
  );
}

/** An entry that has the shape of a model; a damaged one is dropped, and its file analysed. */
function isEntry(value: unknown): value is { key: string; model: SourceModel } {
  if (typeof value !== 'object' || value === null) return false;
  const { key, model } = value as { key?: unknown; model?: Partial<SourceModel> };
  return (
    typeof key === 'string' &&
    typeof model === 'object' &&
    model !== null &&
    typeof model.uri === 'string' &&
    Array.isArray(model.references) &&
    Array.isArray(model.definitions) &&
    Array.isArray(model.statuses)
  );
}
