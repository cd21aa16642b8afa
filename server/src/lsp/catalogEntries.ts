import type { SourceModel } from '../analysis/types';
import { entryKey, referencesByEntry, type SourceUsages } from '../workspace/sourceUsages';
import { isSourcePath, uriToPath } from '../workspace/paths';
import {
  CatalogMethods,
  type CatalogEntriesParams,
  type CatalogEntriesResult,
  type UsagesParams,
} from './catalogProtocol';
import { catalogFileEntries } from './catalogSummaries';
import type { Engine, Session } from './session';
import { runSafe } from './runSafe';

/** The catalog view's data: every code of every catalog file, and where a code is used. */
export function registerCatalogEntries(session: Session, usages: SourceUsages): void {
  const { connection } = session;

  const usagesByEntry = async (engine: Engine) =>
    referencesByEntry(await usages.references(openModels(session, engine)), (uri) =>
      engine.index.catalogFor(uri),
    );

  connection.onRequest(CatalogMethods.entries, (params: CatalogEntriesParams | undefined, token) =>
    runSafe(
      connection.console,
      async (): Promise<CatalogEntriesResult> => {
        const engine = await session.ready();
        const counted = params?.countUsages ? await usagesByEntry(engine) : undefined;
        const entries = catalogFileEntries(engine.index).map((entry) => ({
          code: entry.code,
          statuses: entry.statuses,
          title: entry.title,
          description: entry.description,
          deprecated: entry.deprecated,
          definition: { uri: entry.source.uri, range: entry.source.range },
          usages: counted ? (counted.get(entryKey(entry.source.uri, entry.code))?.length ?? 0) : undefined,
        }));
        return { entries };
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
        const found = (await usagesByEntry(engine)).get(entryKey(params.catalogUri, params.code));
        return (found ?? []).map(({ uri, reference }) => ({ uri, range: reference.range }));
      },
      [],
      `usages of ${params.code}`,
      token,
    ),
  );
}

function openModels(session: Session, engine: Engine): Map<string, SourceModel> {
  const open = session.documents.all().filter((document) => isSourcePath(uriToPath(document.uri)));
  return new Map(open.map((document) => [document.uri, engine.context.analyze(document)]));
}
