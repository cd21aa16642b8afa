import type { Session } from './session';
import { runSafe } from './runSafe';

export function registerCompletion(session: Session): void {
  const { connection, documents } = session;
  connection.onCompletion((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        const [engine, settings] = await Promise.all([session.ready(), session.settings.get(document.uri)]);
        if (!settings.completion.enable) return null;
        return engine.service.doComplete(document, params.position);
      },
      null,
      `completion in ${params.textDocument.uri}`,
      token,
    ),
  );
}
