import { dirname, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { CodeDefinition } from '../analysis/types';
import { Catalog, type CatalogDocument, type CatalogExtensions } from '../catalog/catalog';
import { loadCatalogDocument } from '../catalog/loaders';
import type { CatalogEntry, CatalogLoadResult, CatalogProblem } from '../catalog/types';
import type { WorkspaceHost } from '../workspace/host';
import { pathToUri } from '../workspace/paths';
import { walkFiles } from '../workspace/walk';
import { relatedDocumentReader } from '../workspace/relatedDocuments';
import { definitionEntry, MAX_CATALOG_BYTES, WorkspaceIndex } from '../workspace/workspaceIndex';
import { ConfigurationError } from './cliIo';

/** One catalog file of the run and what loading it found. */
interface CatalogFileReport {
  uri: string;
  problems: CatalogProblem[];
  /** False when the file could not be read as a catalog at all: the run stops with exit code 2. */
  parsed: boolean;
}

/** The catalogs of a run: discovered under the workspace roots, or named with --catalog. */
export interface CatalogSet {
  /** The catalog that governs a source document. */
  catalogFor(uri: string): Catalog;
  /** Takes the codes a source file defines (`createError(...)`): they join the catalog after its files. */
  setSourceDefinitions(uri: string, definitions: CodeDefinition[]): void;
  /** The table extensions the catalog files declare, without merging the codes sources define. */
  extensionsFor(uri: string): CatalogExtensions;
  files: CatalogFileReport[];
}

/** Finds and loads the catalogs under each root exactly as the language server does. */
export async function discoverCatalogs(host: WorkspaceHost, roots: string[]): Promise<CatalogSet> {
  const index = new WorkspaceIndex(host, { roots });
  await index.initialize();
  const files = index.catalogUris().map((uri) => ({
    uri,
    problems: index.catalogProblems(uri),
    // A file whose text never parsed has no good version to merge, so its folder's catalog lacks it.
    parsed: index.catalogFor(uri).uris().includes(uri),
  }));
  return {
    catalogFor: (uri) => index.catalogFor(uri),
    setSourceDefinitions: (uri, definitions) => index.setSourceDefinitions(uri, definitions),
    extensionsFor: (uri) => index.extensionsFor(uri),
    files,
  };
}

/**
 * Loads the catalog files that --catalog names (paths or globs, relative to `cwd`), in the order
 * given: that order is their precedence. One catalog governs every source of the run.
 */
export async function loadNamedCatalogs(
  host: WorkspaceHost,
  cwd: string,
  patterns: readonly string[],
): Promise<CatalogSet> {
  const paths: string[] = [];
  for (const pattern of patterns) {
    const matches = await expandPattern(host, cwd, pattern);
    if (matches.length === 0) throw new ConfigurationError(`--catalog '${pattern}' matches no file`);
    for (const path of matches) if (!paths.includes(path)) paths.push(path);
  }
  const files: CatalogFileReport[] = [];
  const documents: CatalogDocument[] = [];
  for (const path of paths) {
    const uri = pathToUri(path);
    const shown = relative(cwd, path) || path;
    const result = await loadFile(host, path, uri, shown);
    if (!result) throw new ConfigurationError(`--catalog '${shown}' is in no catalog format this tool reads`);
    files.push({ uri, problems: result.problems, parsed: result.parsed });
    if (result.parsed) documents.push({ uri, result });
  }
  const named = new NamedCatalogs(documents, files);
  for (const file of files) file.problems.push(...(named.catalogFor().problems.get(file.uri) ?? []));
  return named;
}

/** The --catalog files, in the order given, then the codes the sources define: one catalog for every source. */
class NamedCatalogs implements CatalogSet {
  private readonly definitions = new Map<string, CatalogEntry[]>();
  private merged?: Catalog;
  private readonly extensions: CatalogExtensions;

  constructor(
    private readonly documents: CatalogDocument[],
    readonly files: CatalogFileReport[],
  ) {
    this.extensions = Catalog.from(documents).extensions;
  }

  extensionsFor(): CatalogExtensions {
    return this.extensions;
  }

  catalogFor(): Catalog {
    this.merged ??= Catalog.from([
      ...this.documents,
      ...[...this.definitions].map(([uri, entries]) => ({
        uri,
        result: { entries, problems: [], kind: 'codes' as const, parsed: true },
      })),
    ]);
    return this.merged;
  }

  setSourceDefinitions(uri: string, definitions: CodeDefinition[]): void {
    if (definitions.length === 0 && !this.definitions.has(uri)) return;
    if (definitions.length === 0) this.definitions.delete(uri);
    else
      this.definitions.set(
        uri,
        definitions.map((definition) => definitionEntry(uri, definition)),
      );
    this.merged = undefined;
  }
}

async function expandPattern(host: WorkspaceHost, cwd: string, pattern: string): Promise<string[]> {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) {
    const path = resolve(cwd, pattern);
    return (await host.stat(path))?.isFile ? [path] : [];
  }
  const base = resolve(cwd, scan.base || '.');
  const matches = picomatch(scan.glob, { dot: true });
  const found = await walkFiles(host, base, { accept: (relativePath) => matches(relativePath) });
  return found.map((relativePath) => `${base}/${relativePath}`);
}

async function loadFile(
  host: WorkspaceHost,
  path: string,
  uri: string,
  shown: string,
): Promise<CatalogLoadResult | undefined> {
  const stat = await host.stat(path);
  if (stat && stat.size > MAX_CATALOG_BYTES) {
    const megabytes = Math.round(MAX_CATALOG_BYTES / (1024 * 1024));
    throw new ConfigurationError(`the catalog '${shown}' is larger than ${megabytes} MB`);
  }
  const bytes = await host.readFile(path);
  if (!bytes) throw new ConfigurationError(`cannot read the catalog '${shown}'`);
  // A catalog named on the command line may refer to documents beside it, and no further.
  const related = relatedDocumentReader(host, dirname(path));
  return loadCatalogDocument(path, uri, new TextDecoder('utf-8').decode(bytes), related);
}
