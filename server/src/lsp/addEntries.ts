import { addCatalogEntries } from '../service/edits/addEntries';
import { CatalogMethods, type AddEntriesParams, type AddEntriesResult } from './catalogProtocol';
import type { Session } from './session';
import { runSafe } from './request';

/**
 * "Add Error Code..." and "Import from Documentation...": the edit that writes their entries into
 * a catalog file, made from the text the client sends; the client applies it as one undoable step.
 */
export function registerAddEntries(session: Session): void {
  const { connection } = session;
  connection.onRequest(CatalogMethods.addEntries, (params: AddEntriesParams, token) =>
    runSafe(
      connection.console,
      async (): Promise<AddEntriesResult> => addCatalogEntries(params.uri, params.text, params.entries),
      { error: 'Writing the catalog failed: see the Error Catalog output.' },
      `adding entries to ${params.uri}`,
      token,
    ),
  );
}
