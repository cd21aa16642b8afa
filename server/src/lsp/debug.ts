import type { Connection } from 'vscode-languageserver';

/**
 * `errorCatalog/debug/memory`: the server's heap after a garbage collection, for the tests that
 * check it does not grow over a long session. Registered only when the server starts with
 * ERROR_CATALOG_DEBUG=1; the collection happens only when Node runs with --expose-gc.
 */
export const DEBUG_MEMORY_REQUEST = 'errorCatalog/debug/memory';

export interface DebugMemory {
  /** Bytes of JavaScript heap in use. */
  heapUsed: number;
  /** Bytes of memory the process holds. */
  rss: number;
  /** Whether a full garbage collection ran before measuring. */
  collected: boolean;
}

/** What the platform offers for debugging; the Node entry point provides it when asked to. */
export interface DebugRuntime {
  memory(): DebugMemory;
}

export function registerDebugRequests(connection: Connection, debug: DebugRuntime): void {
  connection.onRequest(DEBUG_MEMORY_REQUEST, () => debug.memory());
}
