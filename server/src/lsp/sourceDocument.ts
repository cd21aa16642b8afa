import type { CancellationToken, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../service/settings';
import { isSourcePath } from '../workspace/fileKinds';
import { runSafe } from './runSafe';
import type { Engine, Session } from './session';

/**
 * The handler of a request about one source document: it runs the feature, safely, when its
 * setting turns it on, and answers null otherwise: for a document the client never opened, for a
 * catalog file (the analyser reads TypeScript and JavaScript only), or with the feature off.
 */
export function sourceDocumentHandler<P extends { textDocument: { uri: string } }, R>(
  session: Session,
  feature: string,
  enabled: (settings: Settings) => boolean,
  work: (engine: Engine, document: TextDocument, params: P) => R,
): (params: P, token: CancellationToken) => Promise<R | null | ResponseError<never>> {
  return (params, token) =>
    runSafe(
      session.connection.console,
      async () => {
        const document = session.documents.get(params.textDocument.uri);
        if (!document || !isSourcePath(document.uri)) return null;
        const [engine, settings] = await Promise.all([session.ready(), session.settings.get(document.uri)]);
        return enabled(settings) ? work(engine, document, params) : null;
      },
      null,
      `${feature} in ${params.textDocument.uri}`,
      token,
    );
}
