import type { Session } from './session';
import { runSafe } from './request';

export function registerCodeLens(session: Session): void {
  const { connection } = session;
  connection.onCodeLens((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const uri = params.textDocument.uri;
        const [engine, settings] = await Promise.all([session.ready(uri), session.settings.get(uri)]);
        if (!settings.codeLens.enable || !engine.index.isCatalogDocument(uri)) return null;
        return engine.service.doCodeLens(uri);
      },
      null,
      `code lenses in ${params.textDocument.uri}`,
      token,
    ),
  );
  connection.onCodeLensResolve((lens, token) =>
    runSafe(
      connection.console,
      async () => (await session.ready()).service.resolveCodeLens(lens),
      lens,
      'resolving a code lens',
      token,
    ),
  );
}
