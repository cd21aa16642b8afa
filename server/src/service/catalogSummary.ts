import type { Range } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry, CatalogProblem } from '../catalog/types';
import { describeGovernance, governanceOf } from './governance';

/**
 * What the summaries read of the workspace's catalogs: the workspace index has it, named here so
 * this layer need not know the index.
 */
interface CatalogFiles {
  /** URIs of every catalog file. */
  catalogUris(): string[];
  /** The catalog that governs a file. */
  catalogFor(uri: string): Catalog;
  /** A catalog file's problems. */
  catalogProblems(uri: string): CatalogProblem[];
  /** Each folder's top catalog: every code its sources define, with or without a catalog file. */
  folderCatalogs(): Catalog[];
  /** A file's path as the user reads it. */
  relativePath(uri: string): string;
}

interface CatalogFileStatus {
  uri: string;
  format: string;
  codes: number;
  problems: number;
}

export interface CatalogProblemSummary {
  uri: string;
  range: Range;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

export interface CatalogStatus {
  catalogs: CatalogFileStatus[];
  /** Distinct codes across the catalogs. */
  codes: number;
  /**
   * Distinct codes that only source defines (code enums, `createError(...)`, code-to-status maps):
   * with no catalog file, they are the catalog.
   */
  sourceCodes: number;
  /** Built-in vocabularies the catalogs take in (`oauth2`). */
  standards: string[];
  /** What governs, in one sentence, as `check` reports it. */
  governance: string;
  /** Problems of the catalog files, errors first. */
  problems: CatalogProblemSummary[];
}

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
export function catalogFileEntries(files: CatalogFiles): CatalogEntry[] {
  return files.catalogUris().flatMap((uri) => {
    const catalog = files.catalogFor(uri);
    return catalog
      .entries()
      .flatMap((inForce) => catalog.definitions(inForce.code).filter((entry) => entry.source.uri === uri))
      .filter((entry, i, all) => all.findIndex((other) => other.code === entry.code) === i);
  });
}

/** The catalogs, their code counts and their problems, errors first. */
export function catalogStatus(files: CatalogFiles): CatalogStatus {
  const entries = catalogFileEntries(files);
  const problems: CatalogProblemSummary[] = [];
  const catalogs = files.catalogUris().map((uri) => {
    const own = files.catalogProblems(uri);
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
    ...files.catalogUris().map((uri) => files.catalogFor(uri)),
    ...files.folderCatalogs(),
  ]);
  return {
    catalogs,
    codes: new Set(entries.map((entry) => entry.code)).size,
    sourceCodes: governance.sourceCodes,
    standards: governance.standards,
    governance: describeGovernance(governance, (uri) => files.relativePath(uri)),
    problems,
  };
}

export function summarizeProblem(uri: string, problem: CatalogProblem): CatalogProblemSummary {
  return { uri, range: problem.range, message: problem.message, severity: problem.severity };
}
