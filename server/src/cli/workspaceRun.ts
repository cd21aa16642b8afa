import { catalogProblemDiagnostics } from '../service/diagnostics';
import { findIgnoreTop, GitignoreHost } from '../workspace/gitignoreHost';
import type { WorkspaceHost } from '../workspace/host';
import { uriToPath } from '../workspace/paths';
import { WorkspaceContext } from '../workspace/workspaceContext';
import { discoverCatalogs, loadNamedCatalogs, type CatalogSet } from './catalogSet';
import { ConfigurationError } from './cliIo';
import { displayPath, type Finding } from './findings';
import { listSources } from './sources';
import { bearsOnTargets, resolveTargets } from './targets';

/** What `check` and `list` both start from: the catalogs, the sources, and a way to analyse them. */
export interface WorkspaceRun {
  /** The host that hides what git ignores. */
  host: WorkspaceHost;
  catalogs: CatalogSet;
  /** Absolute paths of the source files to read. */
  sources: string[];
  context: WorkspaceContext;
  /** The problems of every catalog file, as findings. */
  catalogFindings: Finding[];
}

export interface WorkspaceRunOptions {
  cwd: string;
  /** The command line's paths (default: the current folder). */
  paths: readonly string[];
  /** --catalog values: when given they replace discovery. */
  catalogPatterns: readonly string[];
}

/** A catalog file that does not parse stops the run: nothing checked against it would be right. */
export class UnreadableCatalogError extends ConfigurationError {
  constructor(readonly findings: Finding[]) {
    super(`cannot read the catalog ${[...new Set(findings.map((finding) => finding.path))].join(', ')}`);
  }
}

/**
 * Resolves the paths, loads the catalogs that govern them and lists their sources, honouring
 * .gitignore throughout. Throws a ConfigurationError for input the run cannot go on with.
 */
export async function openWorkspace(
  host: WorkspaceHost,
  options: WorkspaceRunOptions,
): Promise<WorkspaceRun> {
  const { cwd, paths, catalogPatterns } = options;
  const targets = await resolveTargets(host, cwd, paths, catalogPatterns.length === 0);
  const tops = await Promise.all(targets.roots.map((root) => findIgnoreTop(host, root)));
  const ignoring = new GitignoreHost(host, [...new Set(tops)]);
  const catalogs =
    catalogPatterns.length > 0
      ? await loadNamedCatalogs(ignoring, cwd, catalogPatterns)
      : await discoverCatalogs(ignoring, targets.roots);
  if (catalogPatterns.length === 0) {
    catalogs.files = catalogs.files.filter((file) => bearsOnTargets(targets, uriToPath(file.uri)));
  }

  const catalogFindings: Finding[] = [];
  const unreadable: Finding[] = [];
  for (const file of catalogs.files) {
    const path = displayPath(cwd, uriToPath(file.uri));
    for (const diagnostic of catalogProblemDiagnostics(file.problems)) {
      (file.parsed ? catalogFindings : unreadable).push({ path, diagnostic });
    }
  }
  if (unreadable.length > 0) throw new UnreadableCatalogError(unreadable);

  return {
    host: ignoring,
    catalogs,
    sources: await listSources(ignoring, targets),
    context: new WorkspaceContext(catalogs),
    catalogFindings,
  };
}
