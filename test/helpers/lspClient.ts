import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  ErrorCodes,
  ResponseError,
  WorkDoneProgress,
  type InitializeResult,
  type ProgressToken,
} from 'vscode-languageserver-protocol';
import { pathToUri } from '../../server/src/workspace/paths';

const SERVER = resolve(__dirname, '../../dist/server.js');

/** How long a test waits for an answer before failing, instead of hanging. */
export const REPLY_TIMEOUT_MS = 20_000;

export interface TestClientOptions {
  /** Absolute paths of the workspace folders. */
  folders: string[];
  /** What the client answers to `workspace/configuration` for the `errorCatalog` section. */
  settings?: Record<string, unknown>;
  /** Options for Node before the server script (`--expose-gc`, `--cpu-prof`). */
  nodeOptions?: string[];
  /** The bundled server to spawn; dist/server.js by default. */
  server?: string;
  /** Arguments after `--stdio` (`--concurrency=2`). */
  serverArgs?: string[];
  /** Variables added to the server's environment (`ERROR_CATALOG_DEBUG`). */
  env?: Record<string, string>;
  /** Extra `textDocument` client capabilities (e.g. `codeAction: { disabledSupport: true }`). */
  textDocument?: Record<string, unknown>;
  /**
   * False for a client that does not pull diagnostics (Neovim before 0.10, eglot 1.9): it declares
   * neither `textDocument.diagnostic` nor `workspace.diagnostics`, and gets `publishDiagnostics`.
   */
  pullDiagnostics?: boolean;
  /** False for a client that does not watch files (no dynamic `didChangeWatchedFiles`). */
  watchesFiles?: boolean;
  /** The position encodings the client offers, in its order of preference (`general.positionEncodings`). */
  positionEncodings?: string[];
  /** Experimental client capabilities (the VS Code client's `errorCatalog.catalogView`). */
  experimental?: Record<string, unknown>;
  /** A client that declares progress but answers `window/workDoneProgress/create` with an error. */
  refusesProgress?: boolean;
}

/** A `textDocument/publishDiagnostics` notification as the client received it. */
export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: unknown; message: string; code?: unknown }>;
}

/**
 * A minimal LSP client over stdio for protocol tests: it spawns the bundled server, answers the
 * server's requests the way VS Code does, and records what the server sends.
 */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  initializeResult?: InitializeResult;
  private readonly process: ChildProcess;
  private readonly exited: Promise<number | null>;
  /** False once the server process has exited. */
  running = true;
  private refreshWaiters: Array<() => void> = [];
  /** How many times the server asked the client to pull diagnostics again. */
  refreshRequests = 0;
  /** Every `publishDiagnostics` the server sent, in order. */
  readonly published: PublishedDiagnostics[] = [];
  private publishWaiters: Array<(published: PublishedDiagnostics) => boolean> = [];
  private readonly sourcesIndexed: Promise<void>;

  constructor(private readonly options: TestClientOptions) {
    this.process = spawn(
      process.execPath,
      [...(options.nodeOptions ?? []), options.server ?? SERVER, '--stdio', ...(options.serverArgs ?? [])],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, ...options.env },
      },
    );
    this.exited = new Promise((done) =>
      this.process.on('exit', (code) => {
        this.running = false;
        done(code);
      }),
    );
    this.process.stderr!.on('data', (chunk) => this.logs.push(String(chunk)));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => options.settings ?? {}),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      this.publishWaiters = this.publishWaiters.filter((waiter) => !waiter(params));
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      const waiters = this.refreshWaiters;
      this.refreshWaiters = [];
      for (const resolve of waiters) resolve();
      return null;
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    // The server reports indexing the workspace's sources as work-done progress on a token it
    // creates; the end of that progress means every file on disk is in the index.
    this.sourcesIndexed = new Promise((done) =>
      this.connection.onRequest('window/workDoneProgress/create', (params: { token: ProgressToken }) => {
        if (this.options.refusesProgress)
          throw new ResponseError(ErrorCodes.InternalError, 'no progress here');
        const listening = this.connection.onProgress(WorkDoneProgress.type, params.token, (value) => {
          if (value.kind !== 'end') return;
          listening.dispose();
          done();
        });
        return null;
      }),
    );
    this.connection.listen();
  }

  /** Spawns a server and completes the initialize handshake. */
  static async start(options: TestClientOptions): Promise<TestClient> {
    const client = new TestClient(options);
    await client.initialize();
    return client;
  }

  async initialize(): Promise<InitializeResult> {
    const folders = this.options.folders.map((path) => ({
      uri: pathToUri(path),
      name: path.split('/').pop()!,
    }));
    const pulls = this.options.pullDiagnostics !== false;
    this.initializeResult = await this.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: {
        ...(this.options.positionEncodings && {
          general: { positionEncodings: this.options.positionEncodings },
        }),
        ...(this.options.experimental && { experimental: this.options.experimental }),
        window: { workDoneProgress: true },
        workspace: {
          configuration: true,
          ...(this.options.watchesFiles !== false && {
            didChangeWatchedFiles: { dynamicRegistration: true },
          }),
          ...(pulls && { diagnostics: { refreshSupport: true } }),
        },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
          ...(pulls && { diagnostic: { dynamicRegistration: false } }),
          ...this.options.textDocument,
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /** Sends a request and fails with a clear message when no answer comes in time. */
  async request<T>(method: string, params: unknown): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer to ${method} within ${REPLY_TIMEOUT_MS} ms`)),
        REPLY_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([this.connection.sendRequest(method, params) as Promise<T>, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The server's process id, to read its memory use. */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Resolves once the server has indexed every source file of the workspace. */
  indexed(timeoutMs = REPLY_TIMEOUT_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`sources not indexed within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([this.sourcesIndexed, timeout]).finally(() => clearTimeout(timer));
  }

  async open(uri: string, text: string, languageId = 'typescript', version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  /** Pulls a document's diagnostics. */
  async diagnostics(uri: string): Promise<
    Array<{
      range: unknown;
      message: string;
      code?: unknown;
      severity?: number;
      data?: unknown;
      source?: string;
    }>
  > {
    const report = await this.request<{ kind: string; items: [] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    return report.items;
  }

  /** Resolves with the next `publishDiagnostics` for `uri` that `accept` takes. */
  nextPublished(
    uri: string,
    accept: (published: PublishedDiagnostics) => boolean = () => true,
  ): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics published for ${uri} within ${REPLY_TIMEOUT_MS} ms`)),
        REPLY_TIMEOUT_MS,
      );
      this.publishWaiters.push((published) => {
        if (published.uri !== uri || !accept(published)) return false;
        clearTimeout(timer);
        resolve(published);
        return true;
      });
    });
  }

  /** Resolves when the server next asks the client to pull diagnostics again. */
  nextDiagnosticRefresh(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostic refresh within ${REPLY_TIMEOUT_MS} ms`)),
        REPLY_TIMEOUT_MS,
      );
      this.refreshWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    try {
      // A server already shut down refuses a second shutdown; exit is what ends it either way.
      await this.request('shutdown', null).catch(() => undefined);
      await this.connection.sendNotification('exit');
    } finally {
      const exitTimer = setTimeout(() => this.process.kill('SIGKILL'), REPLY_TIMEOUT_MS);
      await this.exited;
      clearTimeout(exitTimer);
      this.connection.dispose();
    }
  }
}
