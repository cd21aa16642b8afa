import type { Session } from './session';
import { runSafe } from './runSafe';

export function registerHover(session: Session): void {
  const { connection, documents } = session;
  connection.onHover((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        const [engine, settings] = await Promise.all([session.ready(), session.settings.get(document.uri)]);
        if (!settings.hover.enable) return null;
        return engine.service.doHover(document, params.position);
      },
      null,
      `hover in ${params.textDocument.uri}`,
      token,
    ),
  );
}
