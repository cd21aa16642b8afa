import type { CatalogEntry } from '../catalog/types';
import { pathToUri, uriToPath } from '../workspace/paths';
import type { WorkspaceRun } from './workspaceRun';
import { displayPath } from './findings';

/** One code of the merged catalog, as `list` shows it. */
export interface ListedCode {
  code: string;
  statuses: number[];
  title?: string;
  description?: string;
  deprecated?: true | string;
  aliases: string[];
  /** Where the entry in force is defined, the path relative to the current folder. */
  definedAt: { path: string; line: number };
  /** How many uses the sources make of the code; only counted for `--unused`. */
  uses?: number;
  /** How many test files mention the code (uses in tests, counted apart); only for `--unused`. */
  testFiles?: number;
}

/**
 * The entries in force of the run's catalog files, file by file in the order each file lists them
 * (the order its authors chose), then the codes the sources under the paths define
 * (`createError(...)`). An entry that a nearer or earlier file overrides is left out.
 */
export function listCodes(
  run: WorkspaceRun,
  cwd: string,
): Array<{ entry: CatalogEntry; listed: ListedCode }> {
  const rows: Array<{ entry: CatalogEntry; listed: ListedCode }> = [];
  const defining = run.sources
    .map((path) => pathToUri(path))
    .filter((uri) => (run.context.model(uri)?.definitions.length ?? 0) > 0);
  const owners = [...run.catalogs.files.map((file) => file.uri), ...defining];
  const owned = new Set(owners);
  const listed = new Set<CatalogEntry>();
  for (const uri of owners) {
    for (const entry of run.catalogs.catalogFor(uri).entries()) {
      // An entry an OpenAPI document reads from a file it refers to (`$ref: ./responses.yaml`) is
      // listed with the first catalog that has it: that file is no catalog of its own.
      const ownEntry =
        entry.source.uri === uri || (entry.source.format === 'openapi' && !owned.has(entry.source.uri));
      if (!ownEntry || listed.has(entry)) continue;
      listed.add(entry);
      rows.push({
        entry,
        listed: {
          code: entry.code,
          statuses: [...entry.statuses],
          ...(entry.title !== undefined ? { title: entry.title } : {}),
          ...(entry.description !== undefined ? { description: entry.description } : {}),
          ...(entry.deprecated !== undefined ? { deprecated: entry.deprecated } : {}),
          aliases: [...entry.aliases],
          definedAt: {
            path: displayPath(cwd, uriToPath(entry.source.uri)),
            line: entry.source.range.start.line + 1,
          },
        },
      });
    }
  }
  return rows;
}

/** A group of `--by-status`: a status (or none) and the codes the catalog gives it. */
export interface StatusGroup {
  /** Null for the codes the catalog gives no status. */
  status: number | null;
  codes: ListedCode[];
}

/** Groups codes by status, ascending; a code with two statuses is in both groups; no status last. */
export function groupByStatus(codes: readonly ListedCode[]): StatusGroup[] {
  const statuses = [...new Set(codes.flatMap((code) => code.statuses))].sort((a, b) => a - b);
  const groups: StatusGroup[] = statuses.map((status) => ({
    status,
    codes: codes.filter((code) => code.statuses.includes(status)),
  }));
  const without = codes.filter((code) => code.statuses.length === 0);
  if (without.length > 0) groups.push({ status: null, codes: without });
  return groups;
}
