import type { CatalogEntry, CatalogProblem } from '../catalog/types';
import { describeGovernance, governanceOf } from '../service/governance';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CatalogProblemSummary, CatalogStatus } from './catalogProtocol';

/** The status of a workspace with no catalog (or before an answer). */
export const EMPTY_STATUS: CatalogStatus = {
  catalogs: [],
  codes: 0,
  sourceCodes: 0,
  standards: [],
  governance: describeGovernance({ files: [], sourceCodes: 0, standards: [] }, (uri) => uri),
  problems: [],
};

/** Each catalog file's own entries: one per code it defines, whether or not another file wins. */
export function catalogFileEntries(index: WorkspaceIndex): CatalogEntry[] {
  return index.catalogUris().flatMap((uri) => {
    const catalog = index.catalogFor(uri);
    return catalog
      .entries()
      .flatMap((inForce) => catalog.definitions(inForce.code).filter((entry) => entry.source.uri === uri))
      .filter((entry, i, all) => all.findIndex((other) => other.code === entry.code) === i);
  });
}

/** The catalogs, their code counts and their problems, errors first. */
export function catalogStatus(index: WorkspaceIndex): CatalogStatus {
  const entries = catalogFileEntries(index);
  const problems: CatalogProblemSummary[] = [];
  const catalogs = index.catalogUris().map((uri) => {
    const own = index.catalogProblems(uri);
    problems.push(...own.map((problem) => summarizeProblem(uri, problem)));
    return {
      uri,
      format: uri.slice(uri.lastIndexOf('.') + 1).toLowerCase(),
      codes: entries.filter((entry) => entry.source.uri === uri).length,
      problems: own.length,
    };
  });
  const rank = { error: 0, warning: 1, info: 2 };
  problems.sort((a, b) => rank[a.severity] - rank[b.severity]);
  // Each folder's top catalog holds every code its sources define.
  const governance = governanceOf([
    ...index.catalogUris().map((uri) => index.catalogFor(uri)),
    ...index.folderCatalogs(),
  ]);
  return {
    catalogs,
    codes: new Set(entries.map((entry) => entry.code)).size,
    sourceCodes: governance.sourceCodes,
    standards: governance.standards,
    governance: describeGovernance(governance, (uri) => index.relativePath(uri)),
    problems,
  };
}

export function summarizeProblem(uri: string, problem: CatalogProblem): CatalogProblemSummary {
  return { uri, range: problem.range, message: problem.message, severity: problem.severity };
}
