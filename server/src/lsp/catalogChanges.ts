import { catalogStatus, EMPTY_STATUS } from '../service/catalogSummary';
import { isSourcePath } from '../workspace/fileKinds';
import { uriToPath } from '../workspace/paths';
import { CatalogMethods, type CatalogClientCapabilities } from './catalogProtocol';
import type { Session } from './session';
import { runSafe } from './request';

/** Typing in a catalog or a source file changes the view; one notice per pause is enough. */
const NOTIFY_DELAY_MS = 300;

/**
 * Keeps the client's catalog view live: tells it when a catalog or an open source document
 * changed (the client watches files on disk itself), and reindexes the workspace on demand.
 */
export function registerCatalogChanges(session: Session): void {
  const { connection, documents } = session;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hasView = () =>
    (session.clientCapabilities().experimental as CatalogClientCapabilities | undefined)?.errorCatalog
      ?.catalogView === true;
  const notify = () => {
    if (!hasView()) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () => void connection.sendNotification(CatalogMethods.catalogChanged),
      NOTIFY_DELAY_MS,
    );
  };

  void session.ready().then(({ index }) => index.onDidChangeCatalog(notify));
  documents.onDidChangeContent(({ document }) => {
    if (isSourcePath(uriToPath(document.uri))) notify();
  });

  connection.onRequest(CatalogMethods.reindex, (token) =>
    runSafe(
      connection.console,
      async () => {
        const { index, sources } = await session.ready();
        // Known files first, so a deleted one drops out; then a walk finds the new ones.
        for (const uri of index.catalogUris()) await index.updateCatalogFile(uri);
        await index.initialize();
        for (const uri of index.catalogUris()) {
          const open = documents.get(uri);
          if (open) await index.updateCatalogFile(uri, open.getText());
        }
        await sources.reindex();
        session.settings.clear();
        session.diagnostics.changed();
        notify();
        return catalogStatus(index);
      },
      EMPTY_STATUS,
      'reindex',
      token,
    ),
  );
}
