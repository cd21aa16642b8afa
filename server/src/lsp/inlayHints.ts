import { isSourcePath } from '../workspace/paths';
import type { Session } from './session';
import { runSafe } from './runSafe';

export function registerInlayHints(session: Session): void {
  const { connection, documents } = session;
  connection.languages.inlayHint.on((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !isSourcePath(document.uri)) return null;
        const [engine, settings] = await Promise.all([session.ready(), session.settings.get(document.uri)]);
        if (!settings.inlayHints.enable) return null;
        return engine.service.doInlayHints(document, params.range);
      },
      null,
      `inlay hints in ${params.textDocument.uri}`,
      token,
    ),
  );
}
