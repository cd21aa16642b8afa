import { readFileSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import {
  createConnection,
  ProposedFeatures,
  type MessageReader,
  type MessageStrategy,
} from 'vscode-languageserver/node';
import { shutdownGate } from '../lsp/afterShutdown';
import type { FileWatch } from '../lsp/catalogWatcher';
import type { DebugRuntime } from '../lsp/debug';
import { PositionEncoding } from '../lsp/positionEncoding';
import { startServer } from '../lsp/server';
import { AnalysisCache, cacheFilePath } from '../workspace/analysisCache';
import { engineId } from '../workspace/engineId';
import { MAX_CATALOG_BYTES } from '../workspace/fileLimits';
import { nodeHost } from '../workspace/nodeHost';
import { uriToPath } from '../workspace/paths';
import { concurrencyFrom, type Concurrency } from '../workspace/analysisPool';
import { servesAnalyses } from './analysisWorker';
import { commandLineTransport } from './transport';

// The server runs itself on worker threads to analyse files while it indexes (AnalysisPool).
if (!servesAnalyses()) startLanguageServer();

function startLanguageServer(): void {
  // The transport (--stdio, --node-ipc, --socket) comes from the command line; started with none
  // (`error-catalog-language-server` as an editor's command), it speaks over stdio.
  const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  if (!process.argv.some((arg) => TRANSPORTS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)))) {
    process.argv.push('--stdio');
  }
  const gate = shutdownGate();
  const positions = new PositionEncoding(fileText);
  // Positions are made UTF-16 first; the gate then sees the message as the handlers will.
  const messageStrategy: MessageStrategy = {
    handleMessage: (message, next) =>
      positions.strategy.handleMessage(message, (converted) => gate.strategy.handleMessage(converted, next)),
  };
  const { input, output } = commandLineTransport(process.argv.slice(2));
  // The library takes a stream or a reader as input at run time (a stream ends the server when it
  // closes); its typings pair a stream with a stream only.
  const connection = createConnection(
    ProposedFeatures.all,
    input as MessageReader,
    positions.writer(output),
    {
      messageStrategy,
    },
  );
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

  /**
   * The transports read stdin or IPC messages; listening to the same events tells the index that a
   * message came in before the protocol library dispatches it.
   */
  let lastInputAt = Number.NEGATIVE_INFINITY;
  const markInput = () => (lastInputAt = performance.now());
  if (process.argv.includes('--stdio')) process.stdin.on('data', markInput);
  process.on('message', markInput);

  startServer(connection, {
    host: nodeHost,
    analysisThreads: { program: process.argv[1], concurrency: concurrencyOption(connection) },
    debug,
    lastInputAt: () => lastInputAt,
    watchFile,
    positions,
    analysisCache,
  });
}

/** A file's text, to place the positions the server sends in it; undefined if it cannot be read. */
function fileText(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const path = uriToPath(uri);
    if (statSync(path).size > MAX_CATALOG_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The analyses kept for a workspace folder, in the file `check --cache` uses: only in a project
 * whose dependencies are installed, where `node_modules/.cache` is where tools keep theirs. The
 * server creates no `node_modules` of its own.
 */
async function analysisCache(root: string): Promise<AnalysisCache | undefined> {
  if (!statSync(join(root, 'node_modules'), { throwIfNoEntry: false })?.isDirectory()) return undefined;
  return AnalysisCache.open(await cacheFilePath(root), engineId());
}

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
 * `--concurrency=<n|auto|off>` on the command line, as for `check`: threads for the first index.
 * Off unless asked for: the index runs while the user works, and on two cores a worker taking one
 * of them made hovers wait (a median of 29 ms instead of 0.4 while a 50,000-file workspace was
 * indexed), for an index a third shorter. A value that is none of those is said in the log.
 */
function concurrencyOption(connection: { console: { warn(message: string): void } }): Concurrency {
  const argv = process.argv;
  const at = argv.findIndex((arg) => arg === '--concurrency' || arg.startsWith('--concurrency='));
  if (at < 0) return 'off';
  const text = argv[at].includes('=') ? argv[at].slice('--concurrency='.length) : (argv[at + 1] ?? '');
  const concurrency = concurrencyFrom(text);
  if (concurrency === undefined) {
    connection.console.warn(`--concurrency takes a number of threads, auto or off, not '${text}': using off`);
  }
  return concurrency ?? 'off';
}
