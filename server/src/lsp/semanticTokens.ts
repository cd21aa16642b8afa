import { isSourcePath } from '../workspace/paths';
import type { Session } from './session';
import { runSafe } from './runSafe';

export function registerSemanticTokens(session: Session): void {
  const { connection, documents } = session;
  connection.languages.semanticTokens.on((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !isSourcePath(document.uri)) return null;
        const [engine, settings] = await Promise.all([session.ready(), session.settings.get(document.uri)]);
        // Null, not an empty list: the editor then falls back to the language's own tokens.
        if (!settings.semanticTokens.enable) return null;
        return engine.service.doSemanticTokens(document);
      },
      null,
      `semantic tokens of ${params.textDocument.uri}`,
      token,
    ),
  );
}
