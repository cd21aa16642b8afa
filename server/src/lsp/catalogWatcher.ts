import { uriToPath } from '../workspace/paths';
import { KeyedDebounce } from './keyedDebounce';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** Stops watching one file. */
export interface FileWatch {
  close(): void;
}

/** Watches one file for changes on disk (Node's `fs.watch`); absent where the platform cannot. */
export type WatchFile = (path: string, onChange: () => void) => FileWatch | undefined;

/** How long after the last event of a burst (an editor's write is several) the file is read again. */
const CATALOG_WATCH_DELAY_MS = 100;

/**
 * For a client that does not watch files (no dynamic `workspace/didChangeWatchedFiles`, as Neovim
 * on Linux): the server watches the workspace's catalog files itself, so a catalog edited outside
 * the editor (a `git pull`, another tool) is read again, as the client's watcher would have told
 * it. The set of files follows the index; a file found later by a reindex is watched from then.
 */
export class CatalogWatcher {
  private readonly watches = new Map<string, FileWatch>();
  private readonly pending: KeyedDebounce;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly watchFile: WatchFile,
    /** Reads a changed catalog file again (queued with the other index updates). */
    private readonly reread: (uri: string) => void,
    delayMs = CATALOG_WATCH_DELAY_MS,
  ) {
    this.pending = new KeyedDebounce(delayMs);
    this.follow();
    index.onDidChangeCatalog(() => this.follow());
  }

  /** Watches every catalog file the index knows and the files they read, and no other. */
  private follow(): void {
    const uris = new Set([...this.index.catalogUris(), ...this.index.relatedUris()]);
    for (const [uri, watch] of this.watches) {
      if (uris.has(uri)) continue;
      watch.close();
      this.watches.delete(uri);
    }
    for (const uri of uris) {
      if (this.watches.has(uri)) continue;
      const watch = this.watchFile(uriToPath(uri), () => this.changed(uri));
      if (watch) this.watches.set(uri, watch);
    }
  }

  private changed(uri: string): void {
    this.pending.schedule(uri, () => {
      // A file replaced by a rename (how many editors save) ends its watch: watch it anew.
      this.watches.get(uri)?.close();
      this.watches.delete(uri);
      this.reread(uri);
    });
  }

  dispose(): void {
    for (const watch of this.watches.values()) watch.close();
    this.pending.clear();
    this.watches.clear();
  }
}
