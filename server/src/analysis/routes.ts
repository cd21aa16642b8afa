import ts from './typescript';
import type { SourceRoutes } from './routeTypes';
import { RouteResolver } from './routeRefs';
import { RouteFindings } from './routeFindings';
import { CallRoutes, CALL_MARKERS } from './routeCalls';
import { findDeclaredRoutes } from './routeDeclarations';
import { topLevelFunctions } from './routeFunctions';

/**
 * What one file declares about routes, by the rows of the route table (`routeTable.ts`), from the
 * syntax alone: its route declarations, router mounts, routers' own prefixes, Nest's global
 * prefix, the parts of a handler that serve one method each, and its top-level functions (which
 * another file's routes may name). Undefined when it declares no routes and exports no function.
 */
export function findRoutes(sourceFile: ts.SourceFile): SourceRoutes | undefined {
  const resolver = new RouteResolver(sourceFile);
  const found = new RouteFindings();
  // Calls are found by a walk of the whole tree, which a file without any of the methods and
  // factories the table names is spared; declarations and functions are at the top level.
  if (mayDeclareRouteCalls(sourceFile.text))
    ts.forEachChild(sourceFile, new CallRoutes(resolver, found).visit);
  findDeclaredRoutes(resolver, found);
  const { functions, exported } = topLevelFunctions(resolver);
  const routes = found.result(functions, exported);
  if (routes && resolver.mountedOnly.size > 0) routes.mountedOnly = [...resolver.mountedOnly].sort();
  return routes;
}

/**
 * The routes of a file for its model. A failure here is told (`onError`) and leaves the routes
 * out, not the codes and statuses the rest of the analysis found.
 */
export function modelRoutes(
  sourceFile: ts.SourceFile,
  onError?: (error: unknown) => void,
): SourceRoutes | undefined {
  try {
    return findRoutes(sourceFile);
  } catch (error) {
    onError?.(error);
    return undefined;
  }
}

function mayDeclareRouteCalls(text: string): boolean {
  return CALL_MARKERS.some((marker) => text.includes(marker));
}
