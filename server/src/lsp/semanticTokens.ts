import { documentHandler } from './request';
import type { Session } from './session';

export function registerSemanticTokens(session: Session): void {
  // Off, the answer is null, never an empty list: the editor then keeps the language's own tokens.
  session.connection.languages.semanticTokens.on(
    documentHandler(
      session,
      'semantic tokens',
      ({ document, engine }) => engine.service.doSemanticTokens(document),
      {
        sourceOnly: true,
        enabled: (settings) => settings.semanticTokens.enable,
      },
    ),
  );
}
