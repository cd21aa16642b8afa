import { hoverFor } from './clientFormats';
import { documentHandler } from './request';
import type { Session } from './session';

export function registerHover(session: Session): void {
  session.connection.onHover(
    documentHandler(
      session,
      'hover',
      ({ document, engine, params }) =>
        hoverFor(engine.service.doHover(document, params.position), session.clientCapabilities()),
      { sourceOnly: true, enabled: (settings) => settings.hover.enable },
    ),
  );
}
