import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CatalogMethods, type CatalogStatus } from '../../server/src/lsp/catalogProtocol';
import { DEFAULT_CATALOG_GLOBS, SOURCE_GLOB } from '../../server/src/workspace/fileKinds';
import { addErrorCode } from './addErrorCode';
import { CatalogTreeProvider, CATALOG_VIEW_ID } from './catalogTree';
import { registerViewCommands } from './catalogViewCommands';
import { importFromDocs } from './importFromDocs';
import { CatalogLanguageStatus } from './languageStatus';
import { RestartLimiter, type ServerCrashState } from './restartLimiter';
import { catalogViewCapability } from './catalogViewCapability';
import { showReferencesMiddleware } from './showReferences';

let client: LanguageClient | undefined;

/** Source languages the server analyses. */
const SOURCE_LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Error Catalog', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6029'] },
    },
  };
  const documentSelector = [
    ...SOURCE_LANGUAGES.map((language) => ({ scheme: 'file', language })),
    // Catalog documents the server reports problems in.
    ...DEFAULT_CATALOG_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
  ];
  // A crashed server is restarted a bounded number of times; each crash is logged and shown.
  let crashStatus: vscode.LanguageStatusItem | undefined;
  const restarts = new RestartLimiter({
    maxRestarts: 4,
    windowMs: 3 * 60_000,
    log: (line) => output.error(line),
    onCrash: (state) => {
      crashStatus ??= vscode.languages.createLanguageStatusItem('errorCatalog.serverCrash', documentSelector);
      showServerCrash(crashStatus, state);
    },
  });
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    errorHandler: restarts,
    // `workspace/configuration` requests are answered per resource by the client library.
    synchronize: { configurationSection: 'errorCatalog' },
    middleware: showReferencesMiddleware,
  };
  const languageClient = new LanguageClient('errorCatalog', 'Error Catalog', serverOptions, clientOptions);
  languageClient.registerFeature(catalogViewCapability);
  client = languageClient;
  // Started before the view exists, so the view's first request waits for the server, not fails.
  const started = languageClient.start();

  const tree = new CatalogTreeProvider(languageClient, output);
  const view = vscode.window.createTreeView(CATALOG_VIEW_ID, {
    treeDataProvider: tree,
    showCollapseAll: true,
  });
  const status = new CatalogLanguageStatus(languageClient, documentSelector);
  let viewIsStale = false;
  const onCatalogChanged = () => {
    void status.refresh();
    if (view.visible) tree.refresh();
    else viewIsStale = true;
  };

  context.subscriptions.push(
    output,
    view,
    status,
    view.onDidChangeVisibility(({ visible }) => {
      if (visible && viewIsStale) {
        viewIsStale = false;
        tree.refresh();
      }
    }),
    watchSources(onCatalogChanged),
    ...registerViewCommands(languageClient, tree, view),
    vscode.commands.registerCommand('errorCatalog.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('errorCatalog.restartServer', () => {
      restarts.reset();
      crashStatus?.dispose();
      crashStatus = undefined;
      return languageClient.restart();
    }),
    { dispose: () => crashStatus?.dispose() },
    vscode.commands.registerCommand('errorCatalog.addErrorCode', () => addErrorCode(languageClient)),
    vscode.commands.registerCommand('errorCatalog.importFromDocs', () => importFromDocs(languageClient)),
    vscode.commands.registerCommand('errorCatalog.reindex', async () => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Reindexing error catalogs' },
        () => languageClient.sendRequest<CatalogStatus>(CatalogMethods.reindex),
      );
      status.show(result);
      tree.refresh();
      vscode.window.setStatusBarMessage(
        `Error Catalog: ${result.codes} codes in ${result.catalogs.length} catalogs`,
        4000,
      );
    }),
  );

  await started;
  context.subscriptions.push(languageClient.onNotification(CatalogMethods.catalogChanged, onCatalogChanged));
  void status.refresh();
}

/**
 * Calls `onChange` once per burst of source file changes on disk. The server re-reads the files
 * itself (it watches them); the usage counts in the view follow once it has.
 */
function watchSources(onChange: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(SOURCE_GLOB);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (uri: vscode.Uri) => {
    if (uri.path.includes('/node_modules/')) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(onChange, 500);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete(changed),
    { dispose: () => timer && clearTimeout(timer) },
  );
}

/** The language status item after a crash: a warning while restarted, an error once left stopped. */
function showServerCrash(item: vscode.LanguageStatusItem, state: ServerCrashState): void {
  const stopped = state.kind === 'stopped';
  item.name = 'Error Catalog server';
  item.severity = stopped ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Warning;
  item.text = stopped ? '$(error) Error Catalog server stopped' : '$(warning) Error Catalog server restarted';
  item.detail = state.message;
  item.command = stopped
    ? { title: 'Restart', command: 'errorCatalog.restartServer' }
    : { title: 'Show Output', command: 'errorCatalog.showOutput' };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
