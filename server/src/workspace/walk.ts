import type { WorkspaceHost } from './host';

/** Folders that never hold a project's own catalog or sources. */
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
]);

interface WalkOptions {
  /** Extra folder names to skip, besides SKIPPED_DIRECTORIES. */
  skip?: Iterable<string>;
  /** Decides, from the path relative to the root, whether a file is wanted. */
  accept(relativePath: string): boolean;
  /** Called for a folder path relative to the root; false skips it (e.g. a .gitignore match). */
  enterDirectory?(relativePath: string): boolean;
}

/**
 * Lists the wanted files below `root`, as paths relative to it with `/` separators, in a stable
 * order. Symbolic links are not followed, so a link loop cannot trap the walk.
 */
export async function walkFiles(host: WorkspaceHost, root: string, options: WalkOptions): Promise<string[]> {
  const skipped = new Set([...SKIPPED_DIRECTORIES, ...(options.skip ?? [])]);
  const found: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relative = pending.shift()!;
    const absolute = relative ? `${root}/${relative}` : root;
    for (const entry of await host.readDirectory(absolute)) {
      if (entry.isSymbolicLink) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory) {
        if (skipped.has(entry.name)) continue;
        if (options.enterDirectory && !options.enterDirectory(child)) continue;
        pending.push(child);
      } else if (entry.isFile && options.accept(child)) {
        found.push(child);
      }
    }
  }
  return found.sort();
}
