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
        const [engine, settings] = await Promise.all([
          session.ready(document.uri),
          session.settings.get(document.uri),
        ]);
        return engine.service.doCodeActions(document, params.context.diagnostics, {
          only: params.context.only,
          settings,
          disabledSupport: session.clientCapabilities().textDocument?.codeAction?.disabledSupport === true,
        });
      },
      [],
      `code actions in ${params.textDocument.uri}`,
      token,
    ),
  );
}
