import { catalogProblemDiagnostics } from '../service/diagnostics';
import { findIgnoreTop, GitignoreHost } from '../workspace/gitignoreHost';
import type { WorkspaceHost } from '../workspace/host';
import { pathToUri, uriToPath } from '../workspace/paths';
import type { AnalysisMemo } from '../workspace/analysisMemo';
import { AnalysisPool, type Concurrency } from '../workspace/analysisPool';
import { WorkspaceContext } from '../workspace/workspaceContext';
import { discoverCatalogs, loadNamedCatalogs, type CatalogSet } from './catalogSet';
import { ConfigurationError } from './cliIo';
import { displayPath, type Finding } from './findings';
import type { Progress } from './progress';
import { listSources } from './sources';
import { bearsOnTargets, resolveTargets } from './targets';

/** What `check` and `list` both start from: the catalogs, the indexed sources, the context. */
export interface WorkspaceRun {
  /** The host that hides what git ignores. */
  host: WorkspaceHost;
  catalogs: CatalogSet;
  /** The source files the paths name, absolute, in path order. */
  sources: string[];
  /** The engine's context, as in the editor; `model(uri)` is a file's model as the index made it. */
  context: WorkspaceContext;
  /** The problems of every catalog file that bears on the paths, as findings. */
  catalogFindings: Finding[];
  /** Source files not read, absolute, with why: too large, or unreadable. */
  skipped: Map<string, string>;
}

export interface WorkspaceRunOptions {
  cwd: string;
  /** The command line's paths (default: the current folder). */
  paths: readonly string[];
  /** --catalog values: when given they replace discovery. */
  catalogPatterns: readonly string[];
  /** --test-files values: when given they replace the default globs of test files. */
  testFiles?: readonly string[];
  /** Analyses remembered from the last run (`--cache`). */
  memo?: AnalysisMemo;
  /** Worker threads for the first analysis: the program they run, and `--concurrency`. */
  parallel?: { program: string; concurrency: Concurrency };
}

/** A catalog file that does not parse stops the run: nothing checked against it would be right. */
export class UnreadableCatalogError extends ConfigurationError {
  constructor(readonly findings: Finding[]) {
    super(`cannot read the catalog ${[...new Set(findings.map((finding) => finding.path))].join(', ')}`);
  }
}

/**
 * Resolves the paths, loads the catalogs that govern them and analyses the sources of their
 * workspace, honouring .gitignore throughout. Throws a ConfigurationError for input the run
 * cannot go on with.
 */
export async function openWorkspace(
  host: WorkspaceHost,
  options: WorkspaceRunOptions,
  progress: Progress,
): Promise<WorkspaceRun> {
  const { cwd, paths, catalogPatterns } = options;
  const named = catalogPatterns.length > 0;
  const targets = await resolveTargets(host, cwd, paths, !named);
  const tops = await Promise.all(targets.roots.map((root) => findIgnoreTop(host, root)));
  const ignoring = new GitignoreHost(host, [...new Set(tops)]);
  const catalogs = named
    ? await loadNamedCatalogs(ignoring, cwd, catalogPatterns)
    : await discoverCatalogs(ignoring, targets.roots);
  if (!named) catalogs.files = catalogs.files.filter((file) => bearsOnTargets(targets, uriToPath(file.uri)));

  const catalogFindings: Finding[] = [];
  const unreadable: Finding[] = [];
  for (const file of catalogs.files) {
    const path = displayPath(cwd, uriToPath(file.uri));
    for (const diagnostic of catalogProblemDiagnostics(file.uri, file.problems)) {
      (file.parsed ? catalogFindings : unreadable).push({ path, diagnostic });
    }
  }
  if (unreadable.length > 0) throw new UnreadableCatalogError(unreadable);

  // The whole workspace is indexed, as in the editor, so that codes defined in one file and
  // classes imported from another are known; only the files the paths name are reported on.
  const workspace = new WorkspaceContext(catalogs);
  if (options.memo) workspace.rememberAnalyses(options.memo);
  const pool = options.parallel && new AnalysisPool(options.parallel.program, options.parallel.concurrency);
  if (pool) workspace.analyzeInParallel(pool);
  const skipped = new Map<string, string>();
  const index = workspace.indexSources(
    ignoring,
    targets.roots,
    (path, why) => skipped.set(path, why),
    undefined,
    {
      testFiles: options.testFiles,
    },
  );
  try {
    await index.initialize((done, total) => progress.update('Analysing files', done, total));
  } finally {
    // What is analysed after the first index (a file named on the command line, a module read
    // for its exports) is analysed here: the workers' memory is given back.
    await pool?.close();
  }
  progress.done();
  workspace.settle();
  const sources = await listSources(ignoring, targets.folders, targets.files);
  // A file named on the command line is checked even where .gitignore hides it from the walk.
  for (const file of targets.files)
    if (!index.model(pathToUri(file))) await index.updateFromDisk(pathToUri(file));
  return {
    host: ignoring,
    catalogs,
    sources,
    context: workspace,
    catalogFindings,
    skipped,
  };
}
