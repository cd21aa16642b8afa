import { completionFor } from './clientFormats';
import { compactCompletionList, itemDefaultsOf } from './completionDefaults';
import { DeferredDocumentation } from './completionDocumentation';
import { documentHandler, runSafe } from './request';
import type { Session } from './session';

export function registerCompletion(session: Session): void {
  const deferred = new DeferredDocumentation();
  session.connection.onCompletion(
    documentHandler(
      session,
      'completion',
      ({ document, engine, params }) => {
        const capabilities = session.clientCapabilities();
        return deferred.defer(
          compactCompletionList(
            completionFor(
              engine.service.doComplete(document, params.position, params.context?.triggerCharacter),
              capabilities,
            ),
            capabilities,
          ),
          itemDefaultsOf(capabilities).includes('data'),
        );
      },
      { sourceOnly: true, enabled: (settings) => settings.completion.enable },
    ),
  );
  session.connection.onCompletionResolve((item, token) =>
    runSafe(session.connection.console, () => deferred.resolve(item), item, 'completion resolve', token),
  );
}
