import { watch } from 'node:fs';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { shutdownGate } from '../lsp/afterShutdown';
import type { FileWatch } from '../lsp/catalogWatcher';
import type { DebugRuntime } from '../lsp/debug';
import { startServer } from '../lsp/server';
import { nodeHost } from '../workspace/nodeHost';

// The transport (--stdio, --node-ipc, --socket) comes from the command line; started with none
// (`error-catalog-language-server` as an editor's command), it speaks over stdio.
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => TRANSPORTS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)))) {
  process.argv.push('--stdio');
}
const gate = shutdownGate();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: gate.strategy });
gate.register(connection);

// Over --stdio, anything written to stdout corrupts the protocol stream: send it to the log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', (reason) =>
  connection.console.error(`unhandled rejection: ${String(reason)}`),
);

/** ERROR_CATALOG_DEBUG=1 adds requests for the server's own tests (see lsp/debug.ts). */
const debug: DebugRuntime | undefined =
  process.env.ERROR_CATALOG_DEBUG === '1'
    ? {
        memory() {
          const gc = (globalThis as { gc?: () => void }).gc;
          gc?.();
          const { heapUsed, rss } = process.memoryUsage();
          return { heapUsed, rss, collected: gc !== undefined };
        },
      }
    : undefined;

/** Node's watcher of one file; undefined when the file cannot be watched (gone, no permission). */
function watchFile(path: string, onChange: () => void): FileWatch | undefined {
  try {
    const watcher = watch(path, { persistent: false }, onChange);
    watcher.on('error', () => watcher.close());
    return watcher;
  } catch {
    return undefined;
  }
}

/**
 * The transports read stdin or IPC messages; listening to the same events tells the index that a
 * message came in before the protocol library dispatches it.
 */
let lastInputAt = Number.NEGATIVE_INFINITY;
const markInput = () => (lastInputAt = performance.now());
if (process.argv.includes('--stdio')) process.stdin.on('data', markInput);
process.on('message', markInput);

startServer(connection, { host: nodeHost, debug, lastInputAt: () => lastInputAt, watchFile });
