import { documentHandler } from './request';
import type { Session } from './session';

export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction(
    documentHandler(
      session,
      'code actions',
      ({ document, engine, params, settings }) =>
        engine.service.doCodeActions(document, params.context.diagnostics, {
          only: params.context.only,
          settings,
          disabledSupport: session.clientCapabilities().textDocument?.codeAction?.disabledSupport === true,
        }),
      { empty: [], withSettings: true },
    ),
  );
}
