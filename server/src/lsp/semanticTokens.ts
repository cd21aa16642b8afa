import type { Session } from './session';
import { sourceDocumentHandler } from './sourceDocument';

export function registerSemanticTokens(session: Session): void {
  // Off, the answer is null, never an empty list: the editor then keeps the language's own tokens.
  session.connection.languages.semanticTokens.on(
    sourceDocumentHandler(
      session,
      'semantic tokens',
      (settings) => settings.semanticTokens.enable,
      ({ service }, document) => service.doSemanticTokens(document),
    ),
  );
}
