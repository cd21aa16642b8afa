import { answerDocumentRequest } from './documentRequest';
import type { Session } from './session';

/** Rename with prepareRename; a rename the service refuses is an error that says why. */
export function registerRename(session: Session): void {
  session.connection.onPrepareRename((params, token) =>
    answerDocumentRequest(
      session,
      params,
      token,
      'prepare rename',
      (document, { service }) => service.prepareRename(document, params.position),
      true,
    ),
  );
  session.connection.onRenameRequest((params, token) =>
    answerDocumentRequest(
      session,
      params,
      token,
      'rename',
      (document, { service }) => service.doRename(document, params.position, params.newName),
      true,
    ),
  );
}
