import { isSourcePath } from '../workspace/fileKinds';
import { uriToPath } from '../workspace/paths';
import type { ServerSession } from './session';
import { takeSettingRows } from './startup';

/**
 * Keeps the index in step with the client: edits of open documents, closed documents, files
 * changed on disk, and changed settings. Each update is queued behind those before it.
 */
export function registerDocumentSync(session: ServerSession): void {
  const { connection, documents, diagnostics, catalogTyping } = session;

  documents.onDidChangeContent(({ document }) => {
    diagnostics.edited(document.uri);
    session.whenIndexed(async ({ index }) => {
      if (index.isCatalogDocument(document.uri)) catalogTyping.edited(document.uri);
    });
  });

  documents.onDidClose(({ document }) =>
    session.whenIndexed(async ({ index, context }) => {
      context.forget(document.uri);
      catalogTyping.cancel(document.uri);
      // The closed file now comes with the workspace pull, from its text on disk.
      diagnostics.closed(document.uri);
      // An unsaved edit dies with the editor: the file on disk is the catalog again.
      if (index.isCatalogDocument(document.uri)) await index.updateCatalogFile(document.uri);
    }),
  );

  connection.onDidChangeWatchedFiles(({ changes }) =>
    session.whenIndexed(async ({ index, sources, isIgnored }) => {
      let sourcesChanged = false;
      for (const change of changes) {
        if (documents.get(change.uri)) continue; // the open editor's text is what counts
        if (await index.fileChanged(change.uri)) continue;
        if (isSourcePath(change.uri)) {
          if (await isIgnored(uriToPath(change.uri))) continue;
          await sources.updateFromDisk(change.uri);
          sourcesChanged = true;
        }
      }
      // A use added or removed on disk changes what the catalog files report (unused-code).
      if (sourcesChanged) diagnostics.changed();
    }),
  );

  connection.onDidChangeConfiguration(() => {
    session.settings.clear();
    session.whenIndexed(async ({ index, sources }) => {
      // New rows change what every source file holds: it is read again, as on a reindex.
      if (await takeSettingRows(session, index)) await sources.reindex();
    });
    diagnostics.changed();
  });
}
