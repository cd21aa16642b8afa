import { documentHandler, runSafe } from './request';
import type { Session } from './session';

/** Workspace symbols (the codes of every catalog and source) and the outline of catalog files. */
export function registerSymbols(session: Session): void {
  const { connection } = session;
  connection.onWorkspaceSymbol((params, token) =>
    runSafe(
      connection.console,
      async () => (await session.ready()).service.findWorkspaceSymbols(params.query),
      [],
      'workspace symbols',
      token,
    ),
  );
  connection.onDocumentSymbol(
    documentHandler(session, 'document symbols', ({ document, engine }) =>
      engine.service.findDocumentSymbols(document),
    ),
  );
}
