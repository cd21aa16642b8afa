import { hoverFor } from './clientFormats';
import type { Session } from './session';
import { sourceDocumentHandler } from './sourceDocument';

export function registerHover(session: Session): void {
  session.connection.onHover(
    sourceDocumentHandler(
      session,
      'hover',
      (settings) => settings.hover.enable,
      ({ service }, document, params) =>
        hoverFor(service.doHover(document, params.position), session.clientCapabilities()),
    ),
  );
}
