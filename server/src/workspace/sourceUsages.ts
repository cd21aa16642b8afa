import type { CodeReference, SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { WorkspaceHost } from './host';
import { isSourcePath, pathToUri, uriToPath } from './paths';
import { SKIPPED_DIRECTORIES, walkFiles } from './walk';

/** Source files larger than this are generated bundles, not code a team writes errors in. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Analyses one source file's text. */
export type AnalyzeText = (uri: string, text: string) => SourceModel;

const decoder = new TextDecoder('utf-8');

/**
 * The code references of every source file of the workspace folders: read once, then kept until
 * the caller says a file changed on disk. Open documents' own models take precedence, so unsaved
 * edits count.
 */
export class SourceUsages {
  private readonly onDisk = new Map<string, CodeReference[]>();
  private readonly stale = new Set<string>();
  private scan?: Promise<void>;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly roots: () => string[],
    private readonly analyze: AnalyzeText,
  ) {}

  /** Forgets what the files at these URIs held, or everything when none are named. */
  invalidate(uris?: readonly string[]): void {
    if (!uris) {
      this.onDisk.clear();
      this.stale.clear();
      this.scan = undefined;
      return;
    }
    for (const uri of uris) if (this.isWorkspaceSource(uriToPath(uri))) this.stale.add(uri);
  }

  /** Every source file's references; `open` holds the models of documents open in the editor. */
  async references(open: ReadonlyMap<string, SourceModel>): Promise<Map<string, CodeReference[]>> {
    this.scan ??= this.readAll();
    await this.scan;
    for (const uri of [...this.stale]) {
      this.stale.delete(uri);
      await this.read(uri);
    }
    const all = new Map(this.onDisk);
    for (const [uri, model] of open) all.set(uri, model.references);
    return all;
  }

  private async readAll(): Promise<void> {
    for (const root of this.roots()) {
      const paths = await walkFiles(this.host, root, { accept: isSourcePath });
      for (const path of paths) await this.read(pathToUri(`${root}/${path}`));
    }
  }

  private async read(uri: string): Promise<void> {
    const path = uriToPath(uri);
    const stat = await this.host.stat(path);
    const bytes = stat?.isFile && stat.size <= MAX_SOURCE_BYTES ? await this.host.readFile(path) : undefined;
    if (bytes === undefined) this.onDisk.delete(uri);
    else this.onDisk.set(uri, this.analyze(uri, decoder.decode(bytes)).references);
  }

  private isWorkspaceSource(path: string): boolean {
    if (!isSourcePath(path)) return false;
    const root = this.roots().find((candidate) => path.startsWith(candidate + '/'));
    if (!root) return false;
    return !path
      .slice(root.length + 1)
      .split('/')
      .some((segment) => SKIPPED_DIRECTORIES.has(segment));
  }
}

/** The catalog file's URI and the code: identifies one file's entry across the merged catalogs. */
export function entryKey(catalogUri: string, code: string): string {
  return `${catalogUri}\n${code}`;
}

/**
 * The references that resolve, through the catalog governing their file, to each catalog entry
 * (by `entryKey`). A reference written with an alias counts for the entry that declares it.
 */
export function referencesByEntry(
  references: ReadonlyMap<string, CodeReference[]>,
  catalogFor: (uri: string) => Catalog,
): Map<string, Array<{ uri: string; reference: CodeReference }>> {
  const byEntry = new Map<string, Array<{ uri: string; reference: CodeReference }>>();
  for (const [uri, list] of references) {
    const catalog = catalogFor(uri);
    for (const reference of list) {
      const entry = catalog.lookup(reference.code);
      if (!entry) continue;
      const key = entryKey(entry.source.uri, entry.code);
      const found = byEntry.get(key);
      if (found) found.push({ uri, reference });
      else byEntry.set(key, [{ uri, reference }]);
    }
  }
  return byEntry;
}
