import type { Concurrency } from '../workspace/analysisPool';
import type { AnalysisMemo } from '../workspace/analysisMemo';
import type { WorkspaceHost } from '../workspace/host';
import type { WatchFile } from './catalogWatcher';
import type { DebugRuntime } from './debug';
import type { PositionEncoding } from './positionEncoding';

/** What the server needs from the platform it runs on. */
export interface RuntimeEnvironment {
  host: WorkspaceHost;
  /** Test-only requests (ERROR_CATALOG_DEBUG=1); absent in normal use. */
  debug?: DebugRuntime;
  /**
   * When the transport last received bytes from the client (a `performance.now()` time), if it
   * can tell: a message that has arrived but is not yet dispatched already makes the index step
   * aside, before it reaches a handler a few turns of the event loop later.
   */
  lastInputAt?: () => number;
  /** Watches a file on disk, for clients that cannot watch files themselves. */
  watchFile?: WatchFile;
  /**
   * The transport's conversion of positions, when it has one: the client may then choose UTF-8.
   * Without it every position is UTF-16, the protocol's default.
   */
  positions?: PositionEncoding;
  /**
   * The analyses `check --cache` or an earlier session kept for a workspace folder, if the
   * platform keeps them: indexing takes the models of unchanged files from it, then saves it.
   */
  analysisCache?: (root: string) => Promise<PersistentMemo | undefined>;
  /**
   * Worker threads for the first index of the workspace: the program they run (the server
   * itself) and `--concurrency`. Without it every file is analysed on the main thread.
   */
  analysisThreads?: { program: string; concurrency: Concurrency };
}

/** Analyses kept across sessions. */
interface PersistentMemo extends AnalysisMemo {
  /** Why the kept file was not used, if it was there and was not. */
  readonly note?: string;
  /** Writes what this session analysed; why it could not, if it could not. */
  save(): Promise<string | undefined>;
}
