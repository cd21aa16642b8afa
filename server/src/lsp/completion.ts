import { compactCompletionList } from './completionDefaults';
import type { Session } from './session';
import { sourceDocumentHandler } from './sourceDocument';

export function registerCompletion(session: Session): void {
  session.connection.onCompletion(
    sourceDocumentHandler(
      session,
      'completion',
      (settings) => settings.completion.enable,
      ({ service }, document, params) =>
        compactCompletionList(
          service.doComplete(document, params.position, params.context?.triggerCharacter),
          session.clientCapabilities(),
        ),
    ),
  );
}
