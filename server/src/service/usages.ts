import type { CatalogEntry } from '../catalog/types';
import type { CodeUsage, ServiceContext } from './context';

/**
 * The uses of a catalog entry across the workspace, the one count every feature shows (hover,
 * code lens, the catalog view, unused-code, `list --unused`): the uses of its code and of its
 * aliases in files whose catalog counts this entry among the code's definitions. A package whose
 * own catalog defines the code again uses both its entry and the one it overrides, and two
 * catalog files that document the same code are both used where it is sent.
 */
export function usagesOf(entry: CatalogEntry, context: ServiceContext): CodeUsage[] {
  const usages: CodeUsage[] = [];
  for (const spelling of new Set([entry.code, ...entry.aliases])) {
    for (const usage of context.usages(spelling)) {
      const catalog = context.catalogFor(usage.uri);
      const inForce = catalog.lookup(spelling);
      if (inForce && catalog.definitions(inForce.code).some((definition) => sameSource(definition, entry))) {
        usages.push(usage);
      }
    }
  }
  return entry.aliases.length > 0 ? usages.sort(byPlace) : usages;
}

function sameSource(a: CatalogEntry, b: CatalogEntry): boolean {
  return (
    a.code === b.code &&
    a.source.uri === b.source.uri &&
    a.source.range.start.line === b.source.range.start.line &&
    a.source.range.start.character === b.source.range.start.character
  );
}

function byPlace(a: CodeUsage, b: CodeUsage): number {
  return (
    (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
    a.reference.range.start.line - b.reference.range.start.line ||
    a.reference.range.start.character - b.reference.range.start.character
  );
}

/** The usages of each of the entries (`usagesOf`), for a view that lists many at once. */
export function usagesByEntry(
  entries: readonly CatalogEntry[],
  context: ServiceContext,
): Map<CatalogEntry, CodeUsage[]> {
  return new Map(entries.map((entry) => [entry, usagesOf(entry, context)]));
}
