import type { Catalog } from '../../catalog/catalog';
import type { ApiOperation } from '../../catalog/types';
import type { LinkedRoute } from './linkedRoute';
import { joinPaths, pathsMatch } from './routePaths';
import { inferredBasePath } from './basePathInference';

/** An operation of an OpenAPI document a route serves, and the document's URI. */
export interface MatchedOperation {
  documentUri: string;
  operation: ApiOperation;
}

/**
 * The operations of the catalog's OpenAPI documents that a route serves: same method (a route of
 * every method serves each), and a path equal to one of the route's full paths, with or without
 * the base path of the document's `servers` (an API mounted under `/v1` may be written with or
 * without it in code, as a proxy may add it), or of a document without servers, the base path
 * the routes show (`inferredBasePath`).
 */
export function operationsServedBy(
  route: LinkedRoute,
  catalog: Catalog,
  routes: readonly LinkedRoute[],
  method?: string,
): MatchedOperation[] {
  const wanted = method ?? route.declaration.method;
  // A route file's validation asks for its routes as handlers and as declarations, and hover and
  // completion ask again: each route is matched once per catalog (a route belongs to one table,
  // whose `routes` the inferred base path is read from).
  let byRoute = served.get(catalog);
  if (!byRoute) served.set(catalog, (byRoute = new WeakMap()));
  let byMethod = byRoute.get(route);
  if (!byMethod) byRoute.set(route, (byMethod = new Map()));
  let matched = byMethod.get(wanted);
  if (!matched) byMethod.set(wanted, (matched = matchOperations(route, catalog, routes, wanted)));
  return matched;
}

const served = new WeakMap<Catalog, WeakMap<LinkedRoute, Map<string, MatchedOperation[]>>>();

function matchOperations(
  route: LinkedRoute,
  catalog: Catalog,
  routes: readonly LinkedRoute[],
  wanted: string,
): MatchedOperation[] {
  const matched: MatchedOperation[] = [];
  for (const { uri, api } of catalog.apiDescriptions()) {
    const inferred = api.serverless ? inferredBasePath(routes, api) : undefined;
    const bases = inferred === undefined ? api.basePaths : [...api.basePaths, inferred];
    for (const operation of api.operations) {
      if (wanted !== 'all' && operation.method !== wanted) continue;
      const full = bases.map((base) => joinPaths(base, operation.path));
      const served = route.paths.some(
        (path) => pathsMatch(path, operation.path) || full.some((candidate) => pathsMatch(path, candidate)),
      );
      if (served) matched.push({ documentUri: uri, operation });
    }
  }
  return matched;
}

/** Whether an operation documents a status: the status itself, its range (`4XX`), or `default`. */
export function documentsStatus(operation: ApiOperation, status: number): boolean {
  const range = `${Math.floor(status / 100)}XX`;
  return operation.responses.some(
    (response) =>
      response.status === status || response.key === 'default' || response.key.toUpperCase() === range,
  );
}
