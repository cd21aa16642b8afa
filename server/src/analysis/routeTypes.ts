import type { Range } from 'vscode-languageserver-types';
import type { ImportedSymbol } from './types';

/** The HTTP methods a route is declared for, lower case; `all` matches every method (`app.all`). */
export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options' | 'all';

/**
 * The router a route or a mount belongs to, as this file names it:
 * - `{ local }`: a binding of this file (`const router = Router()`, `const app = new Hono()`, a
 *   plugin function `async function orders(fastify)` whose parameter receives the routes, a Nest
 *   controller class). `default` names a file's anonymous default export, `Class.method` and
 *   `object.member` a member function, and `@line:column` (from 1) a function written inline
 *   with no name (`app.register(async (child) => ...)`), its routes' router and its mount's child.
 * - `{ symbol }`: a router this file imports.
 */
export type RouterRef = { local: string } | { symbol: ImportedSymbol };

/**
 * What handles a route: code written in this file (`range`: an inline function, or the body of a
 * function or method named by the route), or a function another file exports (`symbol`).
 */
export type HandlerRef = { range: Range } | { symbol: ImportedSymbol };

/** A route declared in source: `router.get('/orders/:id', handler)`, `@Get(':id')`, `export function GET`. */
export interface RouteDeclaration {
  /** The row of the route table that found it (`express-method`, `nest-controller`, `next-app`). */
  framework: string;
  method: RouteMethod;
  /**
   * The path as the framework reads it, relative to the router (`/:id`, `:id`, `''`). For a Nest
   * method, the controller's path joined with the method's (`orders/:id`).
   */
  path: string;
  /** The path string's characters without quotes, for hover; absent for a route named by its file. */
  pathRange?: Range;
  router: RouterRef;
  handlers: HandlerRef[];
  /**
   * Where to report on the route as a whole: the call from the method's name (`get('/x', h)` of
   * `router.get('/x', h)`), the decorator, or the exported function's name.
   */
  range: Range;
  /**
   * A route whose path is its file's (Next.js: `export async function GET` in `app/.../route.ts`,
   * the default export of `pages/api/...`): `path` is `''`, and the workspace reads the file's path.
   */
  fileRouted?: true;
}

/**
 * A router mounted into another under a prefix: `app.use('/orders', orders)`,
 * `app.route('/orders', orders)`, `fastify.register(orders, { prefix: '/orders' })`,
 * `router.use('/x', child.routes())`. A prefix a router is built with is in `ownPrefixes`.
 */
export interface RouteMount {
  parent: RouterRef;
  child: RouterRef;
  /** `''` when the router is mounted without a prefix. */
  prefix: string;
  range: Range;
}

/**
 * What a file declares about routes; absent from a model when it declares none and exports no
 * function (a file of handlers alone has empty `routes` and `mounts`, and its `functions`).
 */
export interface SourceRoutes {
  routes: RouteDeclaration[];
  mounts: RouteMount[];
  /** Prefixes a router is built with: `new Router({ prefix: '/orders' })`, local name -> prefix. */
  ownPrefixes?: Record<string, string>;
  /**
   * Routers of this file that serve nothing until mounted (`express.Router()`, koa-router's
   * `new Router()`): one no mount is found for has no known path, where an application made by
   * `express()` or `new Hono()` serves from the root.
   */
  mountedOnly?: string[];
  /** Nest's `app.setGlobalPrefix('api')`: applies to every controller route of the workspace. */
  globalPrefix?: string;
  /**
   * Top-level functions of this file by local name (`function getOrder`, `const getOrder = () =>`,
   * `default` for an anonymous default export; `controller.getOrder` and `OrdersController.getOrder`
   * for the members of an exported object or class), with their ranges (the whole function), so a
   * route in another file can name one as its handler.
   */
  functions?: Record<string, Range>;
  /**
   * A handler that branches on the request's method (`if (req.method === 'POST')`,
   * `switch (req.method) { case 'GET': ... }`, pages-router style): the ranges that belong to each
   * method, so a status sent in a `POST` branch is the `POST` operation's only.
   */
  methodBranches?: { method: RouteMethod; range: Range }[];
}
