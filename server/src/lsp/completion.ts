import { isSourcePath } from '../workspace/paths';
import type { Session } from './session';
import { runSafe } from './runSafe';

export function registerCompletion(session: Session): void {
  const { connection, documents } = session;
  connection.onCompletion((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        // Catalog files open in the editor too; the analyser reads only sources.
        if (!document || !isSourcePath(document.uri)) return null;
        const [engine, settings] = await Promise.all([session.ready(), session.settings.get(document.uri)]);
        if (!settings.completion.enable) return null;
        return engine.service.doComplete(document, params.position, params.context?.triggerCharacter);
      },
      null,
      `completion in ${params.textDocument.uri}`,
      token,
    ),
  );
}
