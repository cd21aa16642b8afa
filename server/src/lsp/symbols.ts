import { answerDocumentRequest } from './documentRequest';
import type { Session } from './session';
import { runSafe } from './runSafe';

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
  connection.onDocumentSymbol((params, token) =>
    answerDocumentRequest(session, params, token, 'document symbols', (document, { service }) =>
      service.findDocumentSymbols(document),
    ),
  );
}
