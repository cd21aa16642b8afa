import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RenameRefusal } from '../service/navigation/rename';
import type { Engine, Session } from './session';
import { runSafe } from './runSafe';

/**
 * Answers a request about an open document with one service call, inside `runSafe`. With
 * `wholeWorkspace`, it first waits for the source index: references and rename must see every use,
 * not the files indexed so far. A refusal of the service becomes a request error whose message the
 * client shows as is.
 */
export function answerDocumentRequest<T>(
  session: Session,
  params: { textDocument: { uri: string } },
  token: CancellationToken,
  what: string,
  work: (document: TextDocument, engine: Engine) => T | RenameRefusal | null,
  wholeWorkspace = false,
): Promise<T | ResponseError<never> | null> {
  const uri = params.textDocument.uri;
  return runSafe<T | ResponseError<never> | null>(
    session.connection.console,
    async () => {
      const document = session.documents.get(uri);
      if (!document) return null;
      const engine = await session.ready(uri);
      if (wholeWorkspace) await engine.sources.initialize();
      const result = work(document, engine);
      if (result && typeof result === 'object' && 'error' in result) {
        return new ResponseError<never>(LSPErrorCodes.RequestFailed, result.error);
      }
      return result as T | null;
    },
    null,
    `${what} in ${uri}`,
    token,
  );
}
