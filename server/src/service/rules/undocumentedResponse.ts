import { formatStatus } from '../statusText';
import { documentsStatus, type MatchedOperation } from '../routes/operationMatch';
import { sentStatuses, type SentStatus } from '../routes/sentStatuses';
import { rangeWithin } from '../positions';
import type { RouteScope } from '../routes/routeScopes';
import type { RuleFinding, SourceRule } from './rule';

/** An operation of the document, as the fix finds it. */
interface OperationRef {
  method: string;
  path: string;
}

/** What the "add the response to the OpenAPI document" fix needs. */
export interface UndocumentedResponseData {
  documentUri: string;
  /** The operations that do not document the status, where the fix can write (the document's own paths). */
  operations: OperationRef[];
  status: number;
  /** The code sent with the status, for the new response's example. */
  code?: string;
}

/** Operations named in a message before the rest are counted. */
const NAMED_OPERATIONS = 3;

/**
 * A route's handler sends a status that the OpenAPI operation it serves does not document, and
 * no `default` or range (`4XX`) response covers. Reported once per place: a function many routes
 * share (an authentication guard) names the operations in one finding.
 */
export const undocumentedResponseRule: SourceRule = {
  id: 'undocumented-response',
  description: "A route's handler sends a status that its OpenAPI operation does not document.",
  defaultSeverity: 'warning',
  check({ model, routes }) {
    const routesAt = new Map<string, Set<RouteScope['route']>>();
    const bySite = new Map<
      string,
      { sent: SentStatus; missing: Map<string, { matched: MatchedOperation; everyMethod: boolean }> }
    >();
    for (const scope of routes ?? []) {
      if (scope.operations.length === 0) continue;
      for (const sent of sentStatuses(model, scope.range)) {
        // A branch of one method answers for the statuses in it; the handler around it does not.
        if (!scope.method && inBranch(routes ?? [], scope, sent)) continue;
        const key = `${sent.range.start.line}:${sent.range.start.character}:${sent.status}`;
        const sharing = routesAt.get(key) ?? new Set<RouteScope['route']>();
        routesAt.set(key, sharing.add(scope.route));
        let site = bySite.get(key);
        for (const missing of undocumented(scope, sent)) {
          if (!site) bySite.set(key, (site = { sent, missing: new Map() }));
          const { operation } = missing.matched;
          const name = `${operation.method} ${operation.path} ${missing.matched.documentUri}`;
          if (!site.missing.has(name)) site.missing.set(name, missing);
        }
      }
    }
    return [...bySite.entries()]
      .filter(([key, { sent }]) => !generic(sent, routesAt.get(key)?.size ?? 0))
      .map(([, { sent, missing }]) => finding(sent, [...missing.values()]));
  },
};

/**
 * A success sent by a function several routes share (a final `respond` middleware that answers
 * 204 when a route left no data) depends on what each route leaves at run time: only a shared
 * function's error statuses (an authentication guard's 401) are the operations' to document.
 */
function generic(sent: SentStatus, routesSharing: number): boolean {
  return routesSharing > 1 && sent.status < FIRST_NON_SUCCESS;
}

const FIRST_NON_SUCCESS = 300;

function inBranch(scopes: readonly RouteScope[], scope: RouteScope, sent: SentStatus): boolean {
  return scopes.some(
    (other) => other.method && other.route === scope.route && rangeWithin(other.range, sent.range),
  );
}

function undocumented(
  scope: RouteScope,
  sent: SentStatus,
): { matched: MatchedOperation; everyMethod: boolean }[] {
  const missing = scope.operations.filter(({ operation }) => !documentsStatus(operation, sent.status));
  // A handler of every method, outside any method's branch: one documented method is enough.
  const everyMethod = scope.route.declaration.method === 'all' && !scope.method;
  if (missing.length === 0 || (everyMethod && missing.length < scope.operations.length)) return [];
  return (everyMethod ? missing.slice(0, 1) : missing).map((matched) => ({ matched, everyMethod }));
}

function finding(
  sent: SentStatus,
  missing: { matched: MatchedOperation; everyMethod: boolean }[],
): RuleFinding {
  const status = formatStatus(sent.status);
  const names = missing.map(({ matched: { operation }, everyMethod }) =>
    everyMethod ? operation.path : `${operation.method.toUpperCase()} ${operation.path}`,
  );
  const documentUri = missing[0].matched.documentUri;
  // A path item written in another file (`$ref`) is edited there by hand: the fix writes the document's own paths.
  const writable = missing
    .filter(({ matched }) => matched.documentUri === documentUri && matched.operation.uri === documentUri)
    .map(({ matched: { operation } }) => ({ method: operation.method, path: operation.path }));
  const data: UndocumentedResponseData = {
    documentUri,
    operations: writable,
    status: sent.status,
    code: sent.code,
  };
  if (missing.length === 1) {
    const which = missing[0].everyMethod ? 'for any method of this path' : 'for this operation';
    return {
      range: sent.range,
      message: `${names[0]} sends ${status}, which the OpenAPI document does not list ${which}.`,
      data,
    };
  }
  const named = names.slice(0, NAMED_OPERATIONS).join(', ');
  const more = names.length > NAMED_OPERATIONS ? ` and ${names.length - NAMED_OPERATIONS} more` : '';
  return {
    range: sent.range,
    message: `${status} is sent here for ${names.length} operations whose responses in the OpenAPI document do not list it: ${named}${more}.`,
    data,
  };
}
