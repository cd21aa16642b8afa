import { catalogFileEntries } from '../service/catalogSummary';
import { usagesByEntry, usagesOf } from '../service/usages';
import { isSourcePath } from '../workspace/fileKinds';
import {
  CatalogMethods,
  type CatalogEntriesParams,
  type CatalogEntriesResult,
  type UsagesParams,
} from './catalogProtocol';
import { runSafe } from './request';
import type { Engine, Session } from './session';

/** The catalog view's data: every code of every catalog file, and where a code is used. */
export function registerCatalogEntries(session: Session): void {
  const { connection } = session;

  connection.onRequest(CatalogMethods.entries, (params: CatalogEntriesParams | undefined, token) =>
    runSafe(
      connection.console,
      async (): Promise<CatalogEntriesResult> => {
        const engine = await session.ready();
        const entries = catalogFileEntries(engine.index);
        const counted = params?.countUsages
          ? usagesByEntry(entries, await everyUseKnown(session, engine))
          : undefined;
        return {
          entries: entries.map((entry) => ({
            code: entry.code,
            statuses: entry.statuses,
            title: entry.title,
            description: entry.description,
            deprecated: entry.deprecated,
            definition: { uri: entry.source.uri, range: entry.source.range },
            usages: counted ? (counted.get(entry)?.length ?? 0) : undefined,
          })),
        };
      },
      { entries: [] },
      'catalog entries',
      token,
    ),
  );

  connection.onRequest(CatalogMethods.usages, (params: UsagesParams, token) =>
    runSafe(
      connection.console,
      async () => {
        const engine = await session.ready();
        // One entry at most: a catalog file defines a code once.
        const entries = catalogFileEntries(engine.index).filter(
          (entry) => entry.code === params.code && entry.source.uri === params.catalogUri,
        );
        const context = await everyUseKnown(session, engine);
        return entries
          .flatMap((entry) => usagesOf(entry, context))
          .map(({ uri, reference }) => ({ uri, range: reference.range }));
      },
      [],
      `usages of ${params.code}`,
      token,
    ),
  );
}

/**
 * The engine's context once every use is known, for counts that are never partial: after the
 * background source indexing, with the open documents' models brought up to their current version
 * (they count as edited).
 */
async function everyUseKnown(session: Session, engine: Engine): Promise<Engine['context']> {
  await engine.sources.initialize();
  for (const document of session.documents.all()) {
    if (isSourcePath(document.uri)) engine.context.analyze(document);
  }
  return engine.context;
}
