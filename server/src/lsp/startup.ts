import { AnalysisPool } from '../workspace/analysisPool';
import { DidChangeWatchedFilesNotification, type Connection } from 'vscode-languageserver';
import { getLanguageService } from '../service/languageService';
import { DEFAULT_CATALOG_GLOBS, SOURCE_GLOB } from '../workspace/fileKinds';
import { findIgnoreTop, GitignoreHost } from '../workspace/gitignoreHost';
import { pathToUri } from '../workspace/paths';
import type { SourceIndex } from '../workspace/sourceIndex';
import { WorkspaceContext } from '../workspace/workspaceContext';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { CatalogWatcher } from './catalogWatcher';
import type { DiagnosticsDelivery } from './diagnosticsDelivery';
import { requestsWaiting } from './request';
import type { RuntimeEnvironment } from './runtime';
import type { ServerSession } from './session';

/** How long after bytes arrive the index treats the client as waiting on an answer. */
const INPUT_GRACE_MS = 5;

/** Files the client is asked to watch, so edits on disk reach the index. */
const WATCHED_GLOBS = [
  ...DEFAULT_CATALOG_GLOBS.filter((glob) => !glob.endsWith('.md')),
  // Every Markdown file, not only the default names: `catalogFiles` may name any documentation page.
  '**/*.md',
  // Any file an OpenAPI document refers to (`$ref: ./responses.yaml`) may change what it says.
  '**/*.{json,yaml,yml}',
  SOURCE_GLOB,
];

/**
 * `initialized`: the start-up of the engine. It watches the files, indexes the catalogs with the
 * settings' rows, takes the analyses an earlier session kept, starts the session (requests waiting
 * on `ready` are answered from here on), then indexes the sources in the background.
 */
export function registerStartup(session: ServerSession, runtime: RuntimeEnvironment): void {
  const { connection, diagnostics, documents } = session;
  connection.onInitialized(async () => {
    const { roots, hasDynamicWatchers } = session.client;
    if (hasDynamicWatchers) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
      });
    }
    const folderSettings = roots.length > 0 ? await session.settings.get(pathToUri(roots[0])) : undefined;
    // What git ignores is not the workspace's, in the editor as in `check`: one set of files.
    const tops = await Promise.all(roots.map((root) => findIgnoreTop(runtime.host, root)));
    const host = new GitignoreHost(runtime.host, [...new Set(tops)]);
    const index = new WorkspaceIndex(host, { roots, catalogFiles: folderSettings?.catalogFiles });
    try {
      await index.initialize();
    } catch (error) {
      connection.console.error(`indexing the workspace failed: ${String(error)}`);
    }
    // An editor that starts the server in the wrong folder (a subfolder, no root at all) would
    // otherwise get nothing back and no word why.
    if (index.catalogUris().length === 0) connection.console.info(noCatalogMessage(roots));
    await takeSettingRows(session, index);
    const context = new WorkspaceContext(index);
    const cache = roots.length > 0 ? await runtime.analysisCache?.(roots[0]) : undefined;
    if (cache?.note) connection.console.info(cache.note);
    if (cache) context.rememberAnalyses(cache);
    const threads = runtime.analysisThreads;
    const pool = threads && new AnalysisPool(threads.program, threads.concurrency);
    if (pool) context.analyzeInParallel(pool);
    const sources = context.indexSources(
      host,
      roots,
      (path, reason) => connection.console.info(`${path} skipped: ${reason}`),
      () =>
        requestsWaiting() > 0 ||
        (runtime.lastInputAt !== undefined && performance.now() - runtime.lastInputAt() < INPUT_GRACE_MS),
      { testFiles: folderSettings?.testFiles },
    );
    // Sources are read for their routes only under an OpenAPI document: one added or removed
    // changes what every file's model holds, so the files are read again.
    let readsRoutes = describesApi(index);
    index.onDidChangeCatalog(() => {
      diagnostics.changed();
      if (describesApi(index) === readsRoutes) return;
      readsRoutes = !readsRoutes;
      void session.whenIndexed(() => sources.reindex());
    });
    if (!hasDynamicWatchers && runtime.watchFile) {
      const watchFile = runtime.watchFile;
      new CatalogWatcher(index, watchFile, (uri) =>
        session.whenIndexed(async () => {
          // The open editor's text is what counts for an open catalog.
          if (!documents.get(uri)) await index.fileChanged(uri);
        }),
      );
    }
    session.start({
      index,
      sources,
      context,
      service: getLanguageService(context),
      isIgnored: (path) => host.isIgnored(path),
    });
    diagnostics.changed();
    try {
      await indexSources(connection, sources, diagnostics);
    } finally {
      // Files that change later are analysed one at a time, here: the workers' memory is given back.
      await pool?.close();
    }
    if (pool && pool.started > 0) {
      const workers = pool.started === 1 ? '1 worker thread' : `${pool.started} worker threads`;
      connection.console.info(`indexed with ${workers}, which analysed ${pool.answered} of the files`);
    }
    // The enum members the sources use as codes join the catalog now that every use is known (a
    // change of the catalog asks the client to pull diagnostics again).
    context.settle();
    // The next session, or `check --cache`, starts from this one's analyses.
    const unsaved = await cache?.save();
    if (unsaved) connection.console.warn(unsaved);
  });
}

/**
 * Gives each folder's catalogs the envelope and carrier rows of its settings; true when they
 * changed for some folder.
 */
export async function takeSettingRows(session: ServerSession, index: WorkspaceIndex): Promise<boolean> {
  let changed = false;
  for (const root of session.client.roots) {
    const { envelopes, carriers } = await session.settings.get(pathToUri(root));
    if (index.setSettingRows(root, { envelopes, carriers })) changed = true;
  }
  return changed;
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

/** Whether any catalog of the workspace holds an OpenAPI document. */
function describesApi(index: WorkspaceIndex): boolean {
  return index.catalogUris().some((uri) => index.catalogFor(uri).extensions.routes === true);
}
