import type { Session } from './session';
import { runSafe } from './runSafe';

/** Workspace symbols (the codes of every catalog and source) and the outline of catalog files. */
export function registerSymbols(session: Session): void {
  const { connection, documents } = session;

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
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        return (await session.ready()).service.findDocumentSymbols(document);
      },
      null,
      `document symbols in ${params.textDocument.uri}`,
      token,
    ),
  );
}
