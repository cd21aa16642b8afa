import type { ApiDescription } from '../../catalog/types';
import type { LinkedRoute } from './linkedRoute';
import { pathsMatch } from './routePaths';

/** Below this many operations explained, a shared prefix is a coincidence, not a base path. */
const MIN_OPERATIONS = 2;
/** The share of the document's operations the prefix must explain. */
const MIN_SHARE = 0.25;

const inferred = new WeakMap<readonly LinkedRoute[], WeakMap<ApiDescription, string | undefined>>();

/**
 * The base path of a document that names no server (a fragment a server completes when it serves
 * it): the prefix before which the routes in code serve the most of its operations
 * (`/api/v1` when `/api/v1/tools/:id` serves `/tools/{id}`), when it explains enough of them.
 */
export function inferredBasePath(routes: readonly LinkedRoute[], api: ApiDescription): string | undefined {
  let byApi = inferred.get(routes);
  if (!byApi) inferred.set(routes, (byApi = new WeakMap()));
  if (byApi.has(api)) return byApi.get(api);
  const served = new Map<string, Set<number>>();
  for (const route of routes) {
    for (const path of route.paths) {
      const segments = path.split('/').filter((segment) => segment !== '');
      api.operations.forEach((operation, index) => {
        const method = route.declaration.method;
        if (method !== 'all' && method !== operation.method) return;
        const length = operation.path.split('/').filter((segment) => segment !== '').length;
        if (segments.length <= length) return;
        const tail = `/${segments.slice(segments.length - length).join('/')}`;
        if (!pathsMatch(tail, operation.path)) return;
        const prefix = `/${segments.slice(0, segments.length - length).join('/')}`;
        const operations = served.get(prefix) ?? new Set<number>();
        operations.add(index);
        served.set(prefix, operations);
      });
    }
  }
  let best: string | undefined;
  let most = 0;
  for (const [prefix, operations] of served) {
    if (operations.size > most) [best, most] = [prefix, operations.size];
  }
  const enough = most >= MIN_OPERATIONS && most >= api.operations.length * MIN_SHARE;
  const result = enough ? best : undefined;
  byApi.set(api, result);
  return result;
}
