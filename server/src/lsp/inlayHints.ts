import { documentHandler } from './request';
import type { Session } from './session';

export function registerInlayHints(session: Session): void {
  session.connection.languages.inlayHint.on(
    documentHandler(
      session,
      'inlay hints',
      ({ document, engine, params }) => engine.service.doInlayHints(document, params.range),
      { sourceOnly: true, enabled: (settings) => settings.inlayHints.enable },
    ),
  );
}
