import type { Position } from 'vscode-languageserver-types';
import type { Catalog } from '../../catalog/catalog';
import type { ServiceContext } from '../context';
import { rangeContains } from '../positions';
import type { LinkedRoute } from './linkedRoute';
import { operationsServedBy, type MatchedOperation } from './operationMatch';
import { routeScopesIn } from './routeScopes';

/** The route whose path string holds the position, with the operations it serves. */
export function routeDeclaredAt(
  uri: string,
  position: Position,
  context: ServiceContext,
  catalog: Catalog,
): { route: LinkedRoute; operations: MatchedOperation[] } | undefined {
  if (!context.routes || catalog.apiDescriptions().length === 0) return undefined;
  const routes = context.routes();
  const route = routes.find(
    (candidate) =>
      candidate.uri === uri &&
      candidate.declaration.pathRange !== undefined &&
      rangeContains(candidate.declaration.pathRange, position),
  );
  return route && { route, operations: operationsServedBy(route, catalog, routes) };
}

/**
 * The statuses documented by the operations whose handler holds the position (innermost first: a
 * method's branch before the handler around it); empty outside every handler.
 */
export function documentedStatusesAt(
  uri: string,
  position: Position,
  context: ServiceContext,
  catalog: Catalog,
): number[] {
  if (!context.routes || catalog.apiDescriptions().length === 0) return [];
  const scope = routeScopesIn(uri, context.routes(), catalog).find((candidate) =>
    rangeContains(candidate.range, position),
  );
  const statuses = new Set<number>();
  for (const { operation } of scope?.operations ?? []) {
    for (const response of operation.responses)
      if (response.status !== undefined) statuses.add(response.status);
  }
  return [...statuses];
}
