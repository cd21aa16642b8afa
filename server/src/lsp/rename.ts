import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Session } from './session';
import { runSafe } from './runSafe';

/**
 * Rename with prepareRename. Both wait for the source index, since a rename must see every use. A
 * rename the service refuses becomes a request error whose message the client shows as is.
 */
export function registerRename(session: Session): void {
  const { connection, documents } = session;

  connection.onPrepareRename((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        const engine = await session.ready();
        await engine.sources.initialize();
        const result = engine.service.prepareRename(document, params.position);
        if (result && 'error' in result) return new ResponseError(LSPErrorCodes.RequestFailed, result.error);
        return result;
      },
      null,
      `prepare rename in ${params.textDocument.uri}`,
      token,
    ),
  );

  connection.onRenameRequest((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        const engine = await session.ready();
        await engine.sources.initialize();
        const result = engine.service.doRename(document, params.position, params.newName);
        if (result && 'error' in result) return new ResponseError(LSPErrorCodes.RequestFailed, result.error);
        return result;
      },
      null,
      `rename in ${params.textDocument.uri}`,
      token,
    ),
  );
}
