import type { Range } from 'vscode-languageserver-types';
import type { Catalog } from '../../catalog/catalog';
import type { LinkedRoute } from './linkedRoute';
import { operationsServedBy, type MatchedOperation } from './operationMatch';

/**
 * A stretch of one document that handles a route, with the operations it serves: a whole handler,
 * or one method's branch of a handler of every method.
 */
export interface RouteScope {
  route: LinkedRoute;
  range: Range;
  /** The method the stretch serves, when it is one branch of a handler of every method. */
  method?: string;
  operations: MatchedOperation[];
}

/**
 * The parts of a document that handle routes the catalog's OpenAPI documents describe. Branches
 * come before the whole handler they lie in, so the innermost scope of a position is found first.
 */
export function routeScopesIn(uri: string, routes: readonly LinkedRoute[], catalog: Catalog): RouteScope[] {
  if (catalog.apiDescriptions().length === 0) return [];
  const scopes: RouteScope[] = [];
  for (const route of routes) {
    const handlers = route.handlers.filter((place) => place.uri === uri);
    if (handlers.length === 0) continue;
    for (const branch of route.methodBranches ?? []) {
      if (branch.place.uri !== uri) continue;
      const operations = operationsServedBy(route, catalog, routes, branch.method);
      scopes.push({ route, range: branch.place.range, method: branch.method, operations });
    }
    const operations = operationsServedBy(route, catalog, routes);
    for (const handler of handlers) scopes.push({ route, range: handler.range, operations });
  }
  return scopes;
}
