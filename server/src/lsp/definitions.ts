import { answerDocumentRequest } from './documentRequest';
import type { Session } from './session';

/** Go to definition and find references: a request on a document turned into one service call. */
export function registerDefinitions(session: Session): void {
  session.connection.onDefinition((params, token) =>
    answerDocumentRequest(session, params, token, 'definition', (document, { service }) =>
      service.findDefinition(document, params.position),
    ),
  );
  session.connection.onReferences((params, token) =>
    answerDocumentRequest(
      session,
      params,
      token,
      'references',
      (document, { service }) =>
        service.findReferences(document, params.position, params.context.includeDeclaration),
      true,
    ),
  );
}
