import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerInitialize } from './capabilities';
import { registerCatalogView } from './catalogView';
import { CatalogTyping } from './catalogTyping';
import { registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import { registerCompletion } from './completion';
import { registerDebugRequests } from './debug';
import { registerDefinitions } from './definitions';
import { documentDiagnostics, registerDiagnostics } from './diagnostics';
import { DiagnosticsDelivery } from './diagnosticsDelivery';
import { registerDocumentSync } from './documentSync';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import type { PositionEncoding } from './positionEncoding';
import { registerRename } from './rename';
import type { RuntimeEnvironment } from './runtime';
import { registerSemanticTokens } from './semanticTokens';
import type { Engine, ServerSession } from './session';
import { SettingsCache } from './settingsCache';
import { registerStartup } from './startup';
import { registerSymbols } from './symbols';
import { registerWorkspaceDiagnostics } from './workspaceDiagnostics';

/** Wires the features to a connection. The Node entry point calls it; so could a browser one. */
export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const session = createSession(connection, runtime.positions);
  registerInitialize(session, runtime.positions);
  registerStartup(session, runtime);
  registerDocumentSync(session);
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

  session.documents.listen(connection);
  connection.listen();
}

/** A session on a connection, before `initialize`: no client facts yet, no engine. */
function createSession(connection: Connection, positions?: PositionEncoding): ServerSession {
  const documents = new TextDocuments(TextDocument);
  positions?.useOpenDocuments((uri) => documents.get(uri)?.getText());
  let resolveEngine: (engine: Engine) => void;
  const engineReady = new Promise<Engine>((resolve) => (resolveEngine = resolve));
  const settings = new SettingsCache(connection, () => session.client.hasConfiguration);
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
    () => session.client.capabilities,
    (uri) => documentDiagnostics(session, uri),
  );
  const session: ServerSession = {
    connection,
    documents,
    settings,
    diagnostics,
    client: { capabilities: {}, hasConfiguration: false, hasDynamicWatchers: false, roots: [] },
    catalogTyping,
    whenIndexed,
    start: (engine) => resolveEngine(engine),
    clientCapabilities: () => session.client.capabilities,
    ready: (uri) => {
      if (uri !== undefined) catalogTyping.flush(uri);
      return pendingUpdates.then(() => engineReady);
    },
  };
  return session;
}
