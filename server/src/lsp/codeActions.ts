import type { Session } from './session';
import { runSafe } from './runSafe';

export function registerCodeActions(session: Session): void {
  const { connection, documents } = session;
  connection.onCodeAction((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return [];
        const engine = await session.ready();
        return engine.service.doCodeActions(document, params.context.diagnostics);
      },
      [],
      `code actions in ${params.textDocument.uri}`,
      token,
    ),
  );
}
