import type { CatalogEntry } from '../catalog/types';
import type { ServiceContext } from './context';
import { usagesOf } from './usages';

/** How a catalog entry is used: by the API's sources, and, counted apart, by its tests. */
export interface EntryUseCount {
  /** Uses in the workspace's sources, as hover and the code lens count them. */
  api: number;
  /** Test files that mention the code or an alias (tests are not the API: counted apart). */
  testFiles: number;
}

/** The one count of an entry's uses that unused-code, `list --unused` and the views share. */
export function entryUseCount(entry: CatalogEntry, context: ServiceContext): EntryUseCount {
  const api = usagesOf(entry, context).length;
  let testFiles = 0;
  for (const spelling of new Set([entry.code, ...entry.aliases])) {
    testFiles = Math.max(testFiles, context.testFilesMentioning?.(spelling) ?? 0);
  }
  return { api, testFiles };
}
