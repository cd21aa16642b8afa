import type { WorkspaceHost } from './host';

/**
 * Decides whether a path named from outside the start-up walk (a file watcher's event, a document
 * the editor closed) may be read from disk. The walk enters no symbolic link, so neither does
 * anything else: a path is admitted when it lies in a workspace root and resolving its links
 * changes nothing in it, so a linked `error-catalog.json` or a linked folder (to `/etc`, say) is
 * never read, whichever way it is announced. Paths arrive normalised (`uriToPath` folds `..`).
 */
export class PathAdmission {
  /** Each root with its real path, resolved once. */
  private realRoots?: Array<{ root: string; real: string }>;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly roots: readonly string[],
  ) {}

  admits(path: string): boolean {
    this.realRoots ??= this.roots.map((given) => {
      const root = given.length > 1 && given.endsWith('/') ? given.slice(0, -1) : given;
      return { root, real: this.host.realPath?.(root) ?? root };
    });
    const place = this.realRoots.find(
      ({ root }) => path === root || path.startsWith(root.endsWith('/') ? root : root + '/'),
    );
    if (!place) return false;
    if (!this.host.realPath) return true;
    // A path that does not exist (a deletion) has nothing to read through a link.
    const real = this.host.realPath(path);
    return real === undefined || real === place.real + path.slice(place.root.length);
  }
}
