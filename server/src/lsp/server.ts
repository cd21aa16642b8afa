import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS } from '../service/codeActions';
import { getLanguageService } from '../service/languageService';
import { SEMANTIC_TOKEN_LEGEND } from '../service/semanticTokens';
import type { WorkspaceHost } from '../workspace/host';
import { findIgnoreTop, GitignoreHost } from '../workspace/gitignoreHost';
import { DEFAULT_CATALOG_GLOBS, isSourcePath, SOURCE_GLOB } from '../workspace/fileKinds';
import { pathToUri, uriToPath } from '../workspace/paths';
import type { SourceIndex } from '../workspace/sourceIndex';
import { WorkspaceContext } from '../workspace/workspaceContext';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { registerCatalogView } from './catalogView';
import { registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import { registerCompletion } from './completion';
import { registerDefinitions } from './definitions';
import { documentDiagnostics, registerDiagnostics } from './diagnostics';
import { DiagnosticsDelivery } from './diagnosticsDelivery';
import { registerDebugRequests, type DebugRuntime } from './debug';
import { registerHover } from './hover';
import { CatalogTyping } from './catalogTyping';
import { CatalogWatcher, type WatchFile } from './catalogWatcher';
import { requestsWaiting } from './runSafe';
import { registerInlayHints } from './inlayHints';
import { registerRename } from './rename';
import { registerSemanticTokens } from './semanticTokens';
import type { AnalysisMemo } from '../workspace/analysisMemo';
import type { PositionEncoding } from './positionEncoding';
import type { Engine, Session } from './session';
import { SettingsCache } from './settingsCache';
import { registerSymbols } from './symbols';
import { registerWorkspaceDiagnostics } from './workspaceDiagnostics';

/** What the server needs from the platform it runs on. */
interface RuntimeEnvironment {
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
}

/** Analyses kept across sessions. */
interface PersistentMemo extends AnalysisMemo {
  /** Why the kept file was not used, if it was there and was not. */
  readonly note?: string;
  /** Writes what this session analysed; why it could not, if it could not. */
  save(): Promise<string | undefined>;
}

/** How long after bytes arrive the index treats the client as waiting on an answer. */
const INPUT_GRACE_MS = 5;

/** Files the client is asked to watch, so edits on disk reach the index. */
const WATCHED_GLOBS = [
  ...DEFAULT_CATALOG_GLOBS.filter((glob) => !glob.endsWith('.md')),
  // Every Markdown file, not only the default names: `catalogFiles` may name any documentation page.
  '**/*.md',
  SOURCE_GLOB,
];

/** Wires the features to a connection. The Node entry point calls it; so could a browser one. */
export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  runtime.positions?.useOpenDocuments((uri) => documents.get(uri)?.getText());
  let clientHasConfiguration = false;
  let clientHasDynamicWatchers = false;
  let clientCapabilities: ClientCapabilities = {};
  let roots: string[] = [];
  let resolveEngine: (engine: Engine) => void;
  const engineReady = new Promise<Engine>((resolve) => (resolveEngine = resolve));
  const settings = new SettingsCache(connection, () => clientHasConfiguration);
  // Index updates run one after another; requests wait for those already queued, so an answer
  // never comes from a catalog older than a change the client has already sent.
  let pendingUpdates: Promise<unknown> = engineReady;
  const whenIndexed = (update: (engine: Engine) => Promise<void>) => {
    pendingUpdates = pendingUpdates
      .then(() => engineReady.then(update))
      .catch((error) => {
        connection.console.error(`updating the index failed: ${String(error)}`);
      });
  };
  const catalogTyping = new CatalogTyping((uri) =>
    whenIndexed(async ({ index }) => {
      const document = documents.get(uri);
      if (document) await index.updateCatalogFile(uri, document.getText());
    }),
  );
  const diagnostics = new DiagnosticsDelivery(
    connection,
    documents,
    () => clientCapabilities,
    (uri) => documentDiagnostics(session, uri),
  );
  const session: Session = {
    connection,
    documents,
    settings,
    diagnostics,
    clientCapabilities: () => clientCapabilities,
    ready: (uri) => {
      if (uri !== undefined) catalogTyping.flush(uri);
      return pendingUpdates.then(() => engineReady);
    },
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientCapabilities = params.capabilities;
    clientHasConfiguration = params.capabilities.workspace?.configuration === true;
    clientHasDynamicWatchers =
      params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    roots = workspaceRoots(params);
    const positionEncoding =
      runtime.positions?.negotiate(params.capabilities.general?.positionEncodings) ?? 'utf-16';
    return {
      capabilities: {
        positionEncoding,
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        // `(` for a carrier's status, a space for `throw `.
        completionProvider: { triggerCharacters: ["'", '"', '`', '(', ' '], resolveProvider: true },
        codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS] },
        diagnosticProvider: {
          identifier: 'error-catalog',
          interFileDependencies: true,
          workspaceDiagnostics: true,
        },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        documentSymbolProvider: true,
        inlayHintProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: true },
        semanticTokensProvider: { legend: SEMANTIC_TOKEN_LEGEND, full: true, range: false },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'error-catalog' },
    };
  });

  /** The workspace's files as git sees them, once the folders are known. */
  let ignoring: GitignoreHost | undefined;

  connection.onInitialized(async () => {
    if (clientHasDynamicWatchers) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
      });
    }
    const folderSettings = roots.length > 0 ? await settings.get(pathToUri(roots[0])) : undefined;
    // What git ignores is not the workspace's, in the editor as in `check`: one set of files.
    const tops = await Promise.all(roots.map((root) => findIgnoreTop(runtime.host, root)));
    const host = new GitignoreHost(runtime.host, [...new Set(tops)]);
    ignoring = host;
    const index = new WorkspaceIndex(host, { roots, catalogFiles: folderSettings?.catalogFiles });
    try {
      await index.initialize();
    } catch (error) {
      connection.console.error(`indexing the workspace failed: ${String(error)}`);
    }
    // An editor that starts the server in the wrong folder (a subfolder, no root at all) would
    // otherwise get nothing back and no word why.
    if (index.catalogUris().length === 0) connection.console.info(noCatalogMessage(roots));
    await takeSettingRows(index);
    const context = new WorkspaceContext(index);
    const cache = roots.length > 0 ? await runtime.analysisCache?.(roots[0]) : undefined;
    if (cache?.note) connection.console.info(cache.note);
    if (cache) context.rememberAnalyses(cache);
    const sources = context.indexSources(
      host,
      roots,
      (path, reason) => connection.console.info(`${path} skipped: ${reason}`),
      () =>
        requestsWaiting() > 0 ||
        (runtime.lastInputAt !== undefined && performance.now() - runtime.lastInputAt() < INPUT_GRACE_MS),
      { testFiles: folderSettings?.testFiles },
    );
    index.onDidChangeCatalog(() => diagnostics.changed());
    if (!clientHasDynamicWatchers && runtime.watchFile) {
      const watchFile = runtime.watchFile;
      new CatalogWatcher(index, watchFile, (uri) =>
        whenIndexed(async () => {
          // The open editor's text is what counts for an open catalog.
          if (!documents.get(uri)) await index.updateCatalogFile(uri);
        }),
      );
    }
    resolveEngine({
      index,
      sources,
      context,
      service: getLanguageService(context),
      isIgnored: (path) => host.isIgnored(path),
    });
    diagnostics.changed();
    await indexSources(connection, sources, diagnostics);
    // The enum members the sources use as codes join the catalog now that every use is known (a
    // change of the catalog asks the client to pull diagnostics again).
    context.settle();
    // The next session, or `check --cache`, starts from this one's analyses.
    const unsaved = await cache?.save();
    if (unsaved) connection.console.warn(unsaved);
  });

  documents.onDidChangeContent(({ document }) => {
    diagnostics.edited(document.uri);
    whenIndexed(async ({ index }) => {
      if (index.isCatalogDocument(document.uri)) catalogTyping.edited(document.uri);
    });
  });

  documents.onDidClose(({ document }) =>
    whenIndexed(async ({ index, context }) => {
      context.forget(document.uri);
      catalogTyping.cancel(document.uri);
      // The closed file now comes with the workspace pull, from its text on disk.
      diagnostics.closed(document.uri);
      // An unsaved edit dies with the editor: the file on disk is the catalog again.
      if (index.isCatalogDocument(document.uri)) await index.updateCatalogFile(document.uri);
    }),
  );

  connection.onDidChangeWatchedFiles(({ changes }) =>
    whenIndexed(async ({ index, sources }) => {
      let sourcesChanged = false;
      for (const change of changes) {
        if (documents.get(change.uri)) continue; // the open editor's text is what counts
        if (index.isCatalogDocument(change.uri)) await index.updateCatalogFile(change.uri);
        else if (isSourcePath(change.uri)) {
          if (await ignoring?.isIgnored(uriToPath(change.uri))) continue;
          await sources.updateFromDisk(change.uri);
          sourcesChanged = true;
        }
      }
      // A use added or removed on disk changes what the catalog files report (unused-code).
      if (sourcesChanged) diagnostics.changed();
    }),
  );

  /**
   * Gives each folder's catalogs the envelope and carrier rows of its settings; true when they
   * changed for some folder.
   */
  const takeSettingRows = async (index: WorkspaceIndex): Promise<boolean> => {
    let changed = false;
    for (const root of roots) {
      const { envelopes, carriers } = await settings.get(pathToUri(root));
      if (index.setSettingRows(root, { envelopes, carriers })) changed = true;
    }
    return changed;
  };

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    whenIndexed(async ({ index, sources }) => {
      // New rows change what every source file holds: it is read again, as on a reindex.
      if (await takeSettingRows(index)) await sources.reindex();
    });
    diagnostics.changed();
  });

  if (runtime.debug) registerDebugRequests(connection, runtime.debug);
  registerHover(session);
  registerCompletion(session);
  registerCodeActions(session);
  registerDiagnostics(session);
  registerWorkspaceDiagnostics(session);
  registerDefinitions(session);
  registerRename(session);
  registerSymbols(session);
  registerCatalogView(session, runtime.host);
  registerInlayHints(session);
  registerCodeLens(session);
  registerSemanticTokens(session);

  documents.listen(connection);
  connection.listen();
}

function workspaceRoots(params: InitializeParams): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) {
    return params.workspaceFolders.map((folder) => uriToPath(folder.uri));
  }
  if (params.rootUri) return [uriToPath(params.rootUri)];
  return params.rootPath ? [params.rootPath] : [];
}

/** Indexes the workspace's sources, reporting work-done progress while it runs. */
async function indexSources(
  connection: Connection,
  sources: SourceIndex,
  diagnostics: DiagnosticsDelivery,
): Promise<void> {
  // A client that declared progress and then refuses the token still gets its workspace indexed.
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin('Indexing error codes', 0, undefined, false);
  try {
    await sources.initialize((done, total) =>
      progress?.report(total === 0 ? 100 : Math.round((done / total) * 100), `${done}/${total} files`),
    );
  } catch (error) {
    connection.console.error(`indexing the sources failed: ${String(error)}`);
  } finally {
    progress?.done();
  }
  diagnostics.changed();
}

/** What the server logs when no catalog governs any of its folders. */
function noCatalogMessage(roots: readonly string[]): string {
  const where = roots.length > 0 ? `under ${roots.join(', ')}` : '(the client named no workspace folder)';
  return (
    `no error catalog found ${where}: codes are checked against a catalog file such as ` +
    'error-catalog.json, or the files the errorCatalog.catalogFiles setting names'
  );
}
