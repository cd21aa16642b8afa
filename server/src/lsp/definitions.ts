import { documentHandler } from './request';
import type { Session } from './session';

/** Go to definition and find references: a request on a document turned into one service call. */
export function registerDefinitions(session: Session): void {
  session.connection.onDefinition(
    documentHandler(session, 'definition', ({ document, engine, params }) =>
      engine.service.findDefinition(document, params.position),
    ),
  );
  session.connection.onReferences(
    documentHandler(
      session,
      'references',
      ({ document, engine, params }) =>
        engine.service.findReferences(document, params.position, params.context.includeDeclaration),
      { wholeWorkspace: true },
    ),
  );
}
