import type { Session } from './session';
import { sourceDocumentHandler } from './sourceDocument';

export function registerInlayHints(session: Session): void {
  session.connection.languages.inlayHint.on(
    sourceDocumentHandler(
      session,
      'inlay hints',
      (settings) => settings.inlayHints.enable,
      ({ service }, document, params) => service.doInlayHints(document, params.range),
    ),
  );
}
