import type { CatalogEntry } from '../catalog/types';
import type { CodeUsage, ServiceContext } from './context';

/**
 * The uses of a catalog entry across the workspace: the uses of its code in files whose catalog
 * puts this very entry in force (a package with a catalog of its own may define the code again).
 */
export function usagesOf(entry: CatalogEntry, context: ServiceContext): CodeUsage[] {
  return context.usages(entry.code).filter((usage) => {
    const inForce = context.catalogFor(usage.uri).definitions(entry.code)[0];
    return inForce !== undefined && sameSource(inForce, entry);
  });
}

function sameSource(a: CatalogEntry, b: CatalogEntry): boolean {
  return (
    a.source.uri === b.source.uri &&
    a.source.range.start.line === b.source.range.start.line &&
    a.source.range.start.character === b.source.range.start.character
  );
}
