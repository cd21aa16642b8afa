import { catalogStatus, EMPTY_STATUS } from '../service/catalogSummary';
import { CatalogMethods, type StatusParams } from './catalogProtocol';
import type { Session } from './session';
import { runSafe } from './request';

/**
 * The language status item's data. The answer waits for the workspace's first indexing; while it
 * runs, the server reports work-done progress on the token the client sent.
 */
export function registerCatalogStatus(session: Session): void {
  const { connection } = session;
  connection.onRequest(CatalogMethods.status, (params: StatusParams | undefined, token) =>
    runSafe(
      connection.console,
      async () => {
        const progress =
          params?.workDoneToken !== undefined
            ? connection.window.attachWorkDoneProgress(params.workDoneToken)
            : undefined;
        progress?.begin('Indexing error catalogs');
        try {
          return catalogStatus((await session.ready()).index);
        } finally {
          progress?.done();
        }
      },
      EMPTY_STATUS,
      'catalog status',
      token,
    ),
  );
}
