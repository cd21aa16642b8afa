import type { CatalogEntry } from '../catalog/types';
import type { CodeUsage } from '../service/context';
import { usagesOf } from '../service/usages';
import { isSourcePath } from '../workspace/fileKinds';
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
export function registerCatalogEntries(session: Session): void {
  const { connection } = session;

  connection.onRequest(CatalogMethods.entries, (params: CatalogEntriesParams | undefined, token) =>
    runSafe(
      connection.console,
      async (): Promise<CatalogEntriesResult> => {
        const engine = await session.ready();
        const entries = catalogFileEntries(engine.index);
        const counted = params?.countUsages ? await usagesByEntry(session, engine, entries) : undefined;
        return {
          entries: entries.map((entry) => ({
            code: entry.code,
            statuses: entry.statuses,
            title: entry.title,
            description: entry.description,
            deprecated: entry.deprecated,
            definition: { uri: entry.source.uri, range: entry.source.range },
            usages: counted ? (counted.get(entryKey(entry.source.uri, entry.code))?.length ?? 0) : undefined,
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
        const entries = catalogFileEntries(engine.index).filter(
          (entry) => entry.code === params.code && entry.source.uri === params.catalogUri,
        );
        const found = (await usagesByEntry(session, engine, entries)).get(
          entryKey(params.catalogUri, params.code),
        );
        return (found ?? []).map(({ uri, reference }) => ({ uri, range: reference.range }));
      },
      [],
      `usages of ${params.code}`,
      token,
    ),
  );
}

/**
 * The usages of each entry, as hover, the code lens and unused-code count them (`usagesOf`), keyed
 * by entry. Waits for the background source indexing, so counts are never partial.
 */
async function usagesByEntry(
  session: Session,
  engine: Engine,
  entries: CatalogEntry[],
): Promise<Map<string, CodeUsage[]>> {
  await engine.sources.initialize();
  // Open documents count as edited: bring their models up to their current version.
  for (const document of session.documents.all()) {
    if (isSourcePath(document.uri)) engine.context.analyze(document);
  }
  const byEntry = new Map<string, CodeUsage[]>();
  for (const entry of entries) {
    byEntry.set(entryKey(entry.source.uri, entry.code), usagesOf(entry, engine.context));
  }
  return byEntry;
}

function entryKey(catalogUri: string, code: string): string {
  return `${catalogUri}\n${code}`;
}
