import type ts from 'typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSource, type AnalysisOptions } from '../analysis/analyzeSource';
import { emptyModel } from '../analysis/unanalysed';
import { createDocumentAnalyzer } from '../analysis/documentAnalyzer';
import { mayContainReferences } from '../analysis/prefilter';
import { mayHandleRoutes } from '../analysis/routeHints';
import type { SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { ServiceContext } from '../service/context';
import { codesUsedBy, codeUses } from '../service/codeUses';
import { OptionsKeys, type AnalysisMemo } from './analysisMemo';
import type { AnalysisPool } from './analysisPool';
import { ProjectLinker } from './projectLinker';
import { linkRoutes } from './routeLinker';
import type { LinkedRoute } from '../service/routes/linkedRoute';
import { TestFiles } from './testFiles';
import { TestMentions } from './testMentions';
import { MAX_CATALOG_BYTES, MAX_SOURCE_BYTES, tooLargeReason } from './fileLimits';
import type { WorkspaceHost } from './host';
import { isSourcePath } from './fileKinds';
import { uriToPath } from './paths';
import { SourceIndex, type CodeUsage } from './sourceIndex';
import { UsageIndex } from './usageIndex';
import type { WorkspaceIndex } from './workspaceIndex';

/** The definer of an enum's members. */
const ENUM_DEFINER = 'enum';

/** Joins the workspace's catalogs, its source index and the analyser into what the features need. */
export class WorkspaceContext implements ServiceContext {
  /** Open documents: re-analysed incrementally as they are edited, newer than the index's models. */
  private readonly openDocuments = createDocumentAnalyzer();
  private openOptionsKey = '{}';
  private readonly openUris = new Set<string>();
  /** Every file's uses of codes: open documents as edited, the others as indexed. */
  private readonly usageIndex = new UsageIndex();

  private sources?: SourceIndex;
  private testFiles?: TestFiles;
  /** Resolves what files import from each other; absent until the sources are indexed. */
  private linker?: ProjectLinker;
  private onSkipped?: (path: string, reason: string) => void;
  /** Files whose definitions only linking completes, fed to the catalog again when imports change. */
  private readonly linkedDefiners = new Set<string>();
  private definitionsStale = false;
  /** Files that declare error-code enums, whose members join the catalog once a use shows they are codes. */
  private readonly enumDefiners = new Set<string>();
  /** Every code the workspace's sources use, as the unused-code rule counts uses; rebuilt when stale. */
  private usedCodes: Set<string> | undefined;
  /** What each file uses, to tell an edit that changes the uses from one that does not. */
  private readonly usesOf = new Map<string, ReadonlySet<string>>();
  /** The codes test files mention, which count as uses in tests only. */
  private testMentions?: TestMentions;
  /** Open documents too large to analyse, told once each. */
  private readonly skippedUris = new Set<string>();
  /** Analyses of files on disk remembered from an earlier run, if the run keeps them. */
  private memo?: AnalysisMemo;
  private readonly optionsKeys = new OptionsKeys();
  /** Worker threads that analyse beside this one while the index is first built. */
  private pool?: AnalysisPool;
  /** The models that declare routes or functions a route may name, by URI. */
  private readonly routeModels = new Map<string, SourceModel>();
  /** The workspace's routes, linked; rebuilt when a route file or what imports resolve to changes. */
  private routeTable: LinkedRoute[] | undefined;

  /**
   * Takes whatever knows the governing catalogs: the index, or the CLI's --catalog files (which
   * list no catalog files for navigation and keep no text to edit).
   */
  constructor(
    private readonly index: Pick<WorkspaceIndex, 'catalogFor' | 'setSourceDefinitions'> &
      Partial<Pick<WorkspaceIndex, 'catalogUris' | 'catalogText' | 'extensionsFor'>>,
  ) {}

  /** Creates the index of every source file below the roots, feeding its code definitions to the catalog. */
  indexSources(
    host: WorkspaceHost,
    roots: string[],
    onSkipped?: (path: string, reason: string) => void,
    busy?: () => boolean,
    options: { testFiles?: readonly string[] } = {},
  ): SourceIndex {
    this.onSkipped = onSkipped;
    this.testMentions = new TestMentions(host.sync);
    this.testFiles = new TestFiles(roots, options.testFiles?.length ? options.testFiles : undefined);
    this.linker = new ProjectLinker(
      host.sync,
      roots,
      {
        modelOf: (uri) => this.modelOf(uri),
        // A file read only for what it exports: its codes are not the workspace's until it is indexed.
        analyze: (uri, text) => this.analyzeFile(uri, text),
        knownFiles: () => this.sources?.knownPaths() ?? [],
      },
      () => {
        this.definitionsStale = this.linkedDefiners.size > 0;
        this.routeTable = undefined;
        // What imports resolve to decides which enum members are used as codes.
        this.usedCodes = undefined;
      },
    );
    this.sources = new SourceIndex(host, {
      roots,
      analyze: (uri, text) => this.analyzeForIndex(uri, text),
      onAnalysed: (uri, model) => this.feedDefinitions(uri, model),
      expect: (files) => this.pool?.prepare(files),
      forget: (uri) => this.index.setSourceDefinitions(uri, []),
      onModel: (uri, model) => {
        if (!this.openUris.has(uri)) this.modelChanged(uri, model);
      },
      onFilesChanged: () => {
        this.linker?.filesChanged();
        this.routeTable = undefined;
        this.usageIndex.invalidate();
        const known = new Set(this.sources?.knownPaths() ?? []);
        this.testMentions?.keepOnly((uri) => known.has(uriToPath(uri)) && this.isTestFile(uri));
      },
      // A test's envelopes are no findings and its codes join no catalog: it is not analysed
      // unless an editor opens it. Only the codes it mentions are kept, to count apart.
      mayContainReferences: (uri, text, classNames) => {
        if (!this.isTestFile(uri)) {
          if (mayContainReferences(text, undefined, { ...this.optionsFor(uri), classNames })) return true;
          // Routes are checked against an OpenAPI document: their files hold no code of their own.
          return this.describesApi(uri) && mayHandleRoutes(text);
        }
        this.testMentions?.add(uri);
        return false;
      },
      onSkipped,
      busy,
    });
    return this.sources;
  }

  catalogFor(uri: string): Catalog {
    this.settle();
    return this.index.catalogFor(uri);
  }

  /**
   * Brings the definitions the catalog takes from source up to date with what the workspace's
   * imports and uses now show: the linked definitions, and the enum members used as codes.
   */
  settle(): void {
    if (!(this.sources?.isComplete() ?? true)) return;
    if (this.definitionsStale) this.refreshLinkedDefinitions();
    // Uses are read once the whole workspace is indexed: before, every file indexed would change them.
    if (this.usedCodes === undefined && this.enumDefiners.size > 0 && this.sources?.isComplete()) {
      this.refreshEnumDefinitions();
    }
  }

  /**
   * Gives the catalog a file's definitions: those its own text writes, and those its imports
   * complete (`createError(ErrorCode.Forbidden, msg, 403)`), so a code defined through an enum
   * has its status wherever it is used.
   */
  private feedDefinitions(uri: string, model: SourceModel): void {
    // A test's `createError('IM_A_RABBIT', ..., 418)` is a mock, not the API's vocabulary.
    if (this.isTestFile(uri)) {
      this.index.setSourceDefinitions(uri, []);
      return;
    }
    // While the workspace is being indexed, what an import resolves to may not be read yet: the
    // linked definitions are read once, when it is complete (`settle`), not again after every file.
    const indexing = this.sources !== undefined && !this.sources.isComplete();
    const linked = indexing ? [] : (this.linker?.definitionsOf(model) ?? []);
    if (indexing && ProjectLinker.mayDefineThroughLinking(model)) {
      this.linkedDefiners.add(uri);
      this.definitionsStale = true;
    } else if (linked.length > 0) this.linkedDefiners.add(uri);
    else this.linkedDefiners.delete(uri);
    const definitions = linked.length > 0 ? [...model.definitions, ...linked] : model.definitions;
    if (!definitions.some((d) => d.definer === ENUM_DEFINER)) {
      this.enumDefiners.delete(uri);
      this.index.setSourceDefinitions(uri, definitions);
      return;
    }
    // An enum named for errors may still hold database or locale codes: a member joins the
    // catalog once the sources use its value as a code somewhere (until they are all read, none).
    this.enumDefiners.add(uri);
    const used = this.usedCodes;
    this.index.setSourceDefinitions(
      uri,
      definitions.filter((d) => d.definer !== ENUM_DEFINER || (used?.has(d.code) ?? false)),
    );
  }

  /** Reads every file's uses again and gives the catalog the enum members they show to be codes. */
  private refreshEnumDefinitions(): void {
    const used = new Set<string>();
    for (const model of this.workspaceModels()) {
      if (this.isTestFile(model.uri)) continue;
      for (const code of codesUsedBy(model)) used.add(code);
      for (const definition of model.definitions) {
        if (definition.definer !== ENUM_DEFINER) used.add(definition.code);
      }
    }
    this.usedCodes = used;
    for (const uri of [...this.enumDefiners]) {
      const model = this.modelOf(uri);
      if (model) this.feedDefinitions(uri, model);
      else this.enumDefiners.delete(uri);
    }
  }

  /** What an import resolves to changed: the linked definitions are read again. */
  private refreshLinkedDefinitions(): void {
    this.definitionsStale = false;
    for (const uri of [...this.linkedDefiners]) {
      const model = this.modelOf(uri);
      if (model) this.feedDefinitions(uri, model);
      else this.linkedDefiners.delete(uri);
    }
  }

  analyze(document: TextDocument): SourceModel {
    if (this.isTooLarge(document)) {
      this.openDocuments.forget(document.uri);
      this.openUris.delete(document.uri);
      if (!this.skippedUris.has(document.uri)) {
        this.skippedUris.add(document.uri);
        this.onSkipped?.(uriToPath(document.uri), tooLargeReason(MAX_SOURCE_BYTES));
      }
      return emptyModel(document);
    }
    this.skippedUris.delete(document.uri);
    // The analyser holds one set of table extensions; documents under another catalog switch it.
    const options = this.optionsFor(document.uri);
    const key = JSON.stringify(options);
    if (key !== this.openOptionsKey) {
      this.openDocuments.setOptions(options);
      this.openOptionsKey = key;
    }
    this.openUris.add(document.uri);
    const cached = this.openDocuments.cached(document.uri);
    const model = this.openDocuments.analyze({
      uri: document.uri,
      version: document.version,
      text: document.getText(),
    });
    this.modelChanged(document.uri, model);
    if (model !== cached) this.feedDefinitions(document.uri, model);
    return this.link(model);
  }

  /**
   * The indexed model of a file on disk, linked: none when the file is not indexed, or when the
   * prefilter found it could hold no reference. A one-shot run (`check`, `list`) reads its files
   * this way, parsing nothing again.
   */
  model(uri: string): SourceModel | undefined {
    const model = this.sources?.model(uri);
    return model ? this.link(model) : undefined;
  }

  /** A model with what its imports resolve to across the workspace. */
  private link(model: SourceModel): SourceModel {
    return this.linker ? this.linker.link(model) : model;
  }

  private modelChanged(uri: string, model: SourceModel | undefined): void {
    this.linker?.modelChanged(uri, model);
    this.routesChanged(uri, model);
    this.usageIndex.set(uri, model);
    // A change of what a file uses may make an enum's member a code, or no longer one. Compared
    // as sets: every keystroke in a module with hundreds of codes asks.
    const uses = new Set(model ? codesUsedBy(model) : []);
    for (const definition of model?.definitions ?? []) uses.add(definition.code);
    if (!sameMembers(this.usesOf.get(uri), uses)) {
      if (uses.size > 0) this.usesOf.set(uri, uses);
      else this.usesOf.delete(uri);
      this.usedCodes = undefined;
    }
  }

  syntaxTree(document: TextDocument): ts.SourceFile | undefined {
    return this.openDocuments.tree(document.uri, document.getText());
  }

  /**
   * Whether an open document is too large to read, like the files the indexes skip: a source file
   * over the source bound, any other file (a catalog) over the catalog bound. Its length in UTF-16
   * units stands in for its size on disk.
   */
  isTooLarge(document: TextDocument): boolean {
    const limit = isSourcePath(document.uri) ? MAX_SOURCE_BYTES : MAX_CATALOG_BYTES;
    return document.getText().length > limit;
  }

  /** Analyses a file's text with the table extensions of the catalog that governs it. */
  analyzeText(uri: string, text: string, version = 0): SourceModel {
    const model =
      version === 0
        ? this.analyzeFile(uri, text)
        : analyzeSource({ uri, version, text }, this.optionsFor(uri));
    this.feedDefinitions(uri, model);
    return model;
  }

  /** Every use of a code in the workspace, open documents as they are in the editor. */
  usages(code: string): CodeUsage[] {
    return this.usageIndex.usages(code, (model) => {
      const linked = this.linker?.resolved(model);
      return linked ? codeUses(linked) : [];
    });
  }

  /** The workspace's routes, linked across files. */
  routes(): readonly LinkedRoute[] {
    const linker = this.linker;
    this.routeTable ??= linkRoutes(this.routeModels.values(), {
      bindingOf: (fromUri, symbol) => linker?.bindingOf(fromUri, symbol),
      modelOf: (uri) => this.routeModels.get(uri) ?? linker?.moduleModel(uri),
    });
    return this.routeTable;
  }

  /** Whether the catalog governing a file holds an OpenAPI document. */
  private describesApi(uri: string): boolean {
    return this.optionsFor(uri).routes === true;
  }

  private routesChanged(uri: string, model: SourceModel | undefined): void {
    const known = this.routeModels.get(uri);
    if (known === model) return;
    if (model?.routes) this.routeModels.set(uri, model);
    else if (known) this.routeModels.delete(uri);
    else return;
    this.routeTable = undefined;
  }

  /** The models of every source file of the workspace: open ones as edited, the rest as indexed. */
  workspaceModels(): SourceModel[] {
    return this.analysedModels().map((model) => this.link(model));
  }

  /** As `workspaceModels`, before linking. */
  private analysedModels(): SourceModel[] {
    const models = new Map<string, SourceModel>();
    for (const model of this.sources?.allModels() ?? []) models.set(model.uri, model);
    for (const uri of this.openUris) {
      const model = this.openDocuments.cached(uri);
      if (model) models.set(uri, model);
    }
    return [...models.values()];
  }

  /** How many test files mention a code (as a quoted word): its uses in tests, counted apart. */
  testFilesMentioning(code: string): number {
    return this.testMentions?.filesMentioning(code) ?? 0;
  }

  /** Whether a source file is a test, a mock or a fixture (`errorCatalog.testFiles`). */
  isTestFile(uri: string): boolean {
    return this.testFiles?.isTestFile(uriToPath(uri)) ?? false;
  }

  /** Sets the globs of the test files; the definitions they made leave the catalog. */
  setTestFiles(globs: readonly string[]): void {
    this.testFiles?.setGlobs(globs);
    for (const model of this.analysedModels()) this.feedDefinitions(model.uri, model);
  }

  catalogUris(): string[] {
    return this.index.catalogUris?.() ?? [];
  }

  catalogText(uri: string): string | undefined {
    return this.index.catalogText?.(uri);
  }

  /** Drops a closed document's model: the indexed file is what counts again. */
  forget(uri: string): void {
    this.skippedUris.delete(uri);
    this.openDocuments.forget(uri);
    this.openUris.delete(uri);
    // The codes the editor's text defined go with it; the file on disk (if any) defines them again.
    const indexed = this.sources?.model(uri);
    this.modelChanged(uri, indexed);
    if (indexed) this.feedDefinitions(uri, indexed);
    else this.index.setSourceDefinitions(uri, []);
  }

  private modelOf(uri: string): SourceModel | undefined {
    return (this.openUris.has(uri) ? this.openDocuments.cached(uri) : undefined) ?? this.sources?.model(uri);
  }

  /** Keeps the analyses of files on disk in `memo`, and takes those it remembers (`check --cache`). */
  rememberAnalyses(memo: AnalysisMemo): void {
    this.memo = memo;
  }

  /**
   * Analyses the files the index reads on worker threads too (`check --concurrency`), until the
   * pool is closed; linking and everything after it stay on this thread.
   */
  analyzeInParallel(pool: AnalysisPool): void {
    this.pool = pool;
  }

  /**
   * The analysis of a file the index read: remembered from an earlier run, made by a worker when
   * one is free, or made here. The index takes the models in the order of its files.
   */
  private analyzeForIndex(uri: string, text: string): SourceModel | Promise<SourceModel> {
    return this.remembered(uri, text, (options, optionsKey, here) => {
      // A worker that fails leaves its file to this thread: the answer is the same either way.
      const elsewhere = this.pool?.analyze(uri, text, options, optionsKey);
      return elsewhere ? elsewhere.catch(here) : here();
    });
  }

  /** The analysis of a file's text as on disk: remembered from an earlier run when it can be. */
  private analyzeFile(uri: string, text: string): SourceModel {
    return this.remembered(uri, text, (_options, _optionsKey, here) => here());
  }

  /**
   * A file's model as on disk: the memo's, when it remembers this text under these options, or
   * the one `analyze` makes (`here` analyses on this thread).
   */
  private remembered<M extends SourceModel | Promise<SourceModel>>(
    uri: string,
    text: string,
    analyze: (options: AnalysisOptions, optionsKey: string, here: () => SourceModel) => M,
  ): SourceModel | M {
    const options = this.optionsFor(uri);
    const optionsKey = this.optionsKeys.of(options);
    const make = () => analyze(options, optionsKey, () => analyzeSource({ uri, version: 0, text }, options));
    return this.memo ? this.memo.model(uri, text, optionsKey, make) : make();
  }

  private optionsFor(uri: string): AnalysisOptions {
    const { envelopes, carriers, routes } =
      this.index.extensionsFor?.(uri) ?? this.index.catalogFor(uri).extensions;
    return routes ? { envelopes, carriers, routes } : { envelopes, carriers };
  }
}

function sameMembers(before: ReadonlySet<string> | undefined, after: ReadonlySet<string>): boolean {
  if ((before?.size ?? 0) !== after.size) return false;
  for (const code of after) if (!before!.has(code)) return false;
  return true;
}
