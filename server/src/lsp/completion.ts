import { completionFor } from './clientFormats';
import { compactCompletionList, itemDefaultsOf } from './completionDefaults';
import { DeferredDocumentation } from './completionDocumentation';
import { runSafe } from './runSafe';
import type { Session } from './session';
import { sourceDocumentHandler } from './sourceDocument';

export function registerCompletion(session: Session): void {
  const deferred = new DeferredDocumentation();
  session.connection.onCompletion(
    sourceDocumentHandler(
      session,
      'completion',
      (settings) => settings.completion.enable,
      ({ service }, document, params) => {
        const capabilities = session.clientCapabilities();
        return deferred.defer(
          compactCompletionList(
            completionFor(
              service.doComplete(document, params.position, params.context?.triggerCharacter),
              capabilities,
            ),
            capabilities,
          ),
          itemDefaultsOf(capabilities).includes('data'),
        );
      },
    ),
  );
  session.connection.onCompletionResolve((item, token) =>
    runSafe(session.connection.console, () => deferred.resolve(item), item, 'completion resolve', token),
  );
}
