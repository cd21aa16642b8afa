import type { Session } from './session';
import { runSafe } from './runSafe';

/** Go to definition and find references: a request on a document turned into one service call. */
export function registerDefinitions(session: Session): void {
  const { connection, documents } = session;

  connection.onDefinition((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        return (await session.ready()).service.findDefinition(document, params.position);
      },
      null,
      `definition in ${params.textDocument.uri}`,
      token,
    ),
  );

  connection.onReferences((params, token) =>
    runSafe(
      connection.console,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        const engine = await session.ready();
        await engine.sources.initialize();
        return engine.service.findReferences(document, params.position, params.context.includeDeclaration);
      },
      null,
      `references in ${params.textDocument.uri}`,
      token,
    ),
  );
}
