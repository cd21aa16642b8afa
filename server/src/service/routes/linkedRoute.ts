import type { Range } from 'vscode-languageserver-types';
import type { RouteDeclaration } from '../../analysis/routeTypes';

/** A place in a file of the workspace. */
export interface Place {
  uri: string;
  range: Range;
}

/**
 * A route as the workspace links it: where it is declared, every full path it is served at (a
 * router mounted under two prefixes serves both), and the code that handles it, wherever written.
 */
export interface LinkedRoute {
  uri: string;
  declaration: RouteDeclaration;
  /** Full paths as the framework writes them: `/v1/orders/:id`, `/api/orders/[id]`. */
  paths: string[];
  handlers: Place[];
  /** For a handler of every method (`all`): the parts of it that serve one method each. */
  methodBranches?: { method: string; place: Place }[];
}
