import { constructedNames } from '../analysis/prefilter';
import type { SourceModel } from '../analysis/types';
import type { WorkspaceHost } from './host';
import { PathAdmission } from './pathAdmission';
import { isSourcePath } from './fileKinds';
import { pathToUri, uriToPath } from './paths';
import { MAX_SOURCE_BYTES, tooLargeReason, UNREADABLE_REASON } from './fileLimits';
import { walkFiles } from './walk';

/**
 * How long the index works before it yields to waiting requests: a request waits at most this,
 * plus the file being analysed. A count of files would make a slice of long files a long wait.
 */
const SLICE_MS = 5;

/** How often progress is reported; a slice is shorter than anyone can read. */
const PROGRESS_MS = 100;

/** How long the index waits at most for waiting requests to start, before it goes on. */
const STEP_ASIDE_MS = 50;

/** Files read ahead of the one being analysed, so the disk works while the parser does. */
const READ_AHEAD = 16;

interface SourceIndexOptions {
  roots: string[];
  /**
   * Analyses a source document; the context supplies the catalog's table extensions. The model
   * may come later, from a worker thread: the index takes models in the order of its files.
   */
  analyze(uri: string, text: string): SourceModel | Promise<SourceModel>;
  /** Told of each model as the index takes it, before `onModel`. */
  onAnalysed?(uri: string, model: SourceModel): void;
  /** Told how many files a pass of the index is about to read, before it reads them. */
  expect?(files: number): void;
  /** Told when a file leaves the index. */
  forget?(uri: string): void;
  /** Told of each file's model as it enters the index or changes, and with none when it leaves. */
  onModel?(uri: string, model: SourceModel | undefined): void;
  /**
   * Cheap test that lets files which cannot hold a reference skip the parse. `classNames` are the
   * error classes defined so far in the workspace, which other files may import and construct.
   */
  mayContainReferences?(uri: string, text: string, classNames: ReadonlySet<string>): boolean;
  /** Told when files appear or disappear: imports may now resolve elsewhere. */
  onFilesChanged?(): void;
  /** Told of each file skipped, with the reason. */
  onSkipped?(path: string, reason: string): void;
  /** Asked between files: true while requests wait to be answered, so the index steps aside. */
  busy?(): boolean;
}

export type { CodeUsage } from '../service/context';

const decoder = new TextDecoder('utf-8');

/**
 * The analysed models of every source file in the workspace, open or not, so that usages,
 * references, rename and workspace diagnostics see the whole project.
 */
export class SourceIndex {
  private readonly models = new Map<string, SourceModel>();
  /**
   * Files the prefilter ruled out, with the names they construct (undefined: unknown), to look
   * again at those that construct a class defined later in the walk.
   */
  private readonly prefiltered = new Map<string, string[] | undefined>();
  /** Exported error classes (`createError` results) defined anywhere in the workspace. */
  private readonly classNames = new Set<string>();
  /** Every source file the walk found, analysed or not: where imports may lead. */
  private readonly paths = new Set<string>();
  private indexing: Promise<void> | undefined;
  /** Whether a walk of every file has completed (and no reindex is under way). */
  private complete = false;

  private readonly admission: PathAdmission;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly options: SourceIndexOptions,
  ) {
    this.admission = new PathAdmission(host, options.roots);
  }

  /**
   * Indexes every source file of the roots. Work is cut in slices that yield to the event loop,
   * so requests are answered while a large workspace is indexed.
   */
  /** Whether every file of the roots has been indexed at least once, and no reindex is under way. */
  isComplete(): boolean {
    return this.complete;
  }

  initialize(onProgress?: (done: number, total: number) => void): Promise<void> {
    this.indexing ??= this.indexAll(onProgress);
    return this.indexing;
  }

  /** Re-reads a file after it changed on disk, or drops it when it is gone. */
  async updateFromDisk(uri: string): Promise<void> {
    const path = uriToPath(uri);
    if (!isSourcePath(path)) return;
    // A file outside the roots, or reached through a link, is read as the walk would: not at all.
    const text = this.admission.admits(path) ? await this.read(path) : undefined;
    const known = this.paths.has(path);
    if (text === undefined) {
      this.paths.delete(path);
      this.remove(uri);
    } else {
      this.paths.add(path);
      await this.store(uri, text);
    }
    if (known !== (text !== undefined)) this.options.onFilesChanged?.();
  }

  /** The paths of every source file found, including those the prefilter left unanalysed. */
  knownPaths(): Iterable<string> {
    return this.paths;
  }

  /** Re-analyses every file, e.g. after the catalog's table extensions changed. */
  async reindex(): Promise<void> {
    for (const uri of this.models.keys()) this.options.onModel?.(uri, undefined);
    this.models.clear();
    this.prefiltered.clear();
    this.complete = false;
    this.indexing = this.indexAll();
    await this.indexing;
  }

  /** The model of a file as last indexed. */
  model(uri: string): SourceModel | undefined {
    return this.models.get(uri);
  }

  /** Every indexed model. */
  allModels(): SourceModel[] {
    return [...this.models.values()];
  }

  private async indexAll(onProgress?: (done: number, total: number) => void): Promise<void> {
    const paths: string[] = [];
    for (const root of this.options.roots) {
      for (const relative of await walkFiles(this.host, root, { accept: isSourcePath }))
        paths.push(`${root}/${relative}`);
    }
    this.paths.clear();
    for (const path of paths) this.paths.add(path);
    this.options.onFilesChanged?.();
    await this.indexPaths(paths, onProgress);
    // A file that only constructs an imported class (`new ForbiddenError()`) passes the prefilter
    // only once that class's definition has been seen, which may be later in the walk.
    const constructing = [...this.prefiltered]
      .filter(([, names]) => names === undefined || names.some((name) => this.classNames.has(name)))
      .map(([uri]) => uriToPath(uri));
    if (constructing.length > 0) await this.indexPaths(constructing);
    this.complete = true;
    onProgress?.(paths.length, paths.length);
  }

  private async indexPaths(
    paths: string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    this.options.expect?.(paths.length);
    const reads = new Map<number, Promise<string | undefined>>();
    const readAhead = (index: number) => {
      if (index >= paths.length || reads.has(index)) return;
      const read = this.read(paths[index]);
      // Handled when its turn comes; until then a failure must not count as unhandled.
      read.catch(() => undefined);
      reads.set(index, read);
    };
    const analysed = new AnalysedInOrder((uri, model) => this.take(uri, model));
    let sliceStart = performance.now();
    let reported = sliceStart;
    for (let i = 0; i < paths.length; i++) {
      for (let ahead = i; ahead <= i + READ_AHEAD; ahead++) readAhead(ahead);
      const text = await reads.get(i);
      reads.delete(i);
      if (text !== undefined) {
        const uri = pathToUri(paths[i]);
        if (this.admit(uri, text)) analysed.add(uri, this.options.analyze(uri, text));
      }
      const now = performance.now();
      if (now - sliceStart < SLICE_MS && !this.options.busy?.()) continue;
      if (now - reported >= PROGRESS_MS) {
        onProgress?.(i + 1, paths.length);
        reported = now;
      }
      await yieldToEventLoop();
      // A request takes a few turns of the event loop (read, queue, answer): each turn would run a
      // slice before it, so the index lets waiting requests start first.
      const until = performance.now() + STEP_ASIDE_MS;
      while (this.options.busy?.() && performance.now() < until) await pause();
      sliceStart = performance.now();
    }
    await analysed.finish();
  }

  /** Reads a file into the index, or leaves it out when the prefilter rules it out. */
  private async store(uri: string, text: string): Promise<void> {
    if (this.admit(uri, text)) this.take(uri, await this.options.analyze(uri, text));
  }

  /** Whether the file is to be analysed; a file the prefilter rules out leaves the index. */
  private admit(uri: string, text: string): boolean {
    if (this.options.mayContainReferences && !this.options.mayContainReferences(uri, text, this.classNames)) {
      this.remove(uri);
      this.prefiltered.set(uri, constructedNames(text));
      return false;
    }
    this.prefiltered.delete(uri);
    return true;
  }

  /** Puts a file's model in the index. */
  private take(uri: string, model: SourceModel): void {
    this.options.onAnalysed?.(uri, model);
    for (const definition of [
      ...model.definitions,
      ...(model.pendingDefinitions ?? []).map((p) => p.definition),
    ]) {
      if (definition.className && definition.exported) this.classNames.add(definition.className);
    }
    // A class that keeps a code it is given (`new WebSocketError('auth', 'AUTH_FAILED')`) makes a
    // reference of every construction, in files that write no envelope of their own.
    const exported = new Set(Object.values(model.module?.exports ?? {}));
    for (const name of Object.keys(model.module?.wrappers ?? {}))
      if (exported.has(name)) this.classNames.add(name);
    this.models.set(uri, model);
    this.options.onModel?.(uri, model);
  }

  private remove(uri: string): void {
    if (this.models.delete(uri)) this.options.onModel?.(uri, undefined);
    this.options.forget?.(uri);
  }

  private async read(path: string): Promise<string | undefined> {
    const stat = await this.host.stat(path);
    if (!stat?.isFile) return undefined;
    if (stat.size > MAX_SOURCE_BYTES) {
      this.options.onSkipped?.(path, tooLargeReason(MAX_SOURCE_BYTES));
      return undefined;
    }
    const bytes = await this.host.readFile(path);
    // There, but not readable: said, never passed over in silence.
    if (bytes === undefined) this.options.onSkipped?.(path, UNREADABLE_REASON);
    return bytes === undefined ? undefined : decoder.decode(bytes);
  }
}

/**
 * Models taken in the order their files were read, whether made at once or later by a worker:
 * the index then holds the same models in the same order however the work was shared.
 */
class AnalysedInOrder {
  private readonly queue: { uri: string; model?: SourceModel; made?: Promise<SourceModel> }[] = [];

  constructor(private readonly take: (uri: string, model: SourceModel) => void) {}

  add(uri: string, model: SourceModel | Promise<SourceModel>): void {
    if (model instanceof Promise) {
      const entry: (typeof this.queue)[number] = { uri, made: model };
      model.then((made) => (entry.model = made)).catch(() => undefined);
      this.queue.push(entry);
    } else this.queue.push({ uri, model });
    this.takeReady();
  }

  /** Waits for every model still being made, and takes them all. */
  async finish(): Promise<void> {
    for (const entry of this.queue) entry.model ??= await entry.made;
    this.takeReady();
  }

  private takeReady(): void {
    let ready = 0;
    while (ready < this.queue.length && this.queue[ready].model) ready++;
    for (const entry of this.queue.splice(0, ready)) this.take(entry.uri, entry.model!);
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1));
}
