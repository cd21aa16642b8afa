import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { RenameRefusal } from '../service/navigation/rename';
import { documentHandler } from './request';
import type { Session } from './session';

/** Rename with prepareRename; a rename the service refuses is an error that says why. */
export function registerRename(session: Session): void {
  session.connection.onPrepareRename(
    documentHandler(
      session,
      'prepare rename',
      ({ document, engine, params }) =>
        refusedAsError(engine.service.prepareRename(document, params.position)),
      { wholeWorkspace: true },
    ),
  );
  session.connection.onRenameRequest(
    documentHandler(
      session,
      'rename',
      ({ document, engine, params }) =>
        refusedAsError(engine.service.doRename(document, params.position, params.newName)),
      { wholeWorkspace: true },
    ),
  );
}

/** A refusal of the service becomes a request error whose message the client shows as is. */
function refusedAsError<T>(result: T | RenameRefusal): T | ResponseError<never> {
  return result && typeof result === 'object' && 'error' in result
    ? new ResponseError<never>(LSPErrorCodes.RequestFailed, result.error)
    : (result as T);
}
