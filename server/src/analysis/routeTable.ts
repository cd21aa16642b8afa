import type { RouteMethod } from './routeTypes';

/**
 * The route idioms of the frameworks, as data: which calls, decorators and exports declare a
 * route, mount a router under a prefix or give it one, and where their paths, methods and
 * handlers are written. `routes.ts` reads them; a framework is a row here, not a branch there.
 */

/** A router's methods that declare a route, and the HTTP method of each (`del` is koa-router's `delete`). */
const ROUTER_METHODS: Readonly<Record<string, RouteMethod>> = {
  get: 'get',
  post: 'post',
  put: 'put',
  patch: 'patch',
  delete: 'delete',
  del: 'delete',
  head: 'head',
  options: 'options',
  all: 'all',
};

/** HTTP methods as a request, Nest's decorators and Next.js's exports spell them. */
export const HTTP_METHODS: Readonly<Record<string, RouteMethod>> = {
  GET: 'get',
  POST: 'post',
  PUT: 'put',
  PATCH: 'patch',
  DELETE: 'delete',
  HEAD: 'head',
  OPTIONS: 'options',
};

/** Fastify's hooks that run before a route's handler, then the handler: its handlers in order. */
const FASTIFY_HANDLER_OPTIONS = ['onRequest', 'preParsing', 'preValidation', 'preHandler', 'handler'];

/** Where a prefix is written: an argument, or a property of an options object in that argument. */
interface ArgumentPlace {
  argument: number;
  property?: string;
}

/** `router.get('/orders/:id', auth, handler)`: a method of a router declares a route. */
export interface MethodRouteIdiom {
  name: string;
  kind: 'method-route';
  methods: readonly string[];
  /** The HTTP method each method name declares, when the name says it (`router.post`: `post`). */
  httpMethods?: Readonly<Record<string, RouteMethod>>;
  /** The argument naming the HTTP method or methods instead (Hono's `app.on('GET', '/x', h)`). */
  methodArgument?: number;
  pathArgument: number;
  /** koa-router's named routes, `router.get('user', '/users/:id', h)`: the path after the name. */
  namedPathArgument?: number;
  /** The arguments from this one on are the handlers: middlewares first, the handler last. */
  handlersFrom: number;
  /** Properties of an options object among them that hold handlers (`fastify.get('/x', { preHandler }, h)`). */
  handlerOptions?: readonly string[];
  /**
   * Without a path, the route has the path of the call it is chained on: Hono's
   * `app.get('/x', h).post(h2)`, Express's `router.route('/x').get(h)`. Its handlers then start at
   * `pathArgument`.
   */
  chainedPath?: boolean;
  /**
   * For a route of every method (`app.all`), the request's property its handler may branch on
   * (`if (req.method === 'POST')`), with the request its handler's first parameter.
   */
  methodProperty?: string;
}

/** `fastify.route({ method, url, handler })`: an options object declares the route. */
export interface OptionsRouteIdiom {
  name: string;
  kind: 'options-route';
  methods: readonly string[];
  optionsArgument: number;
  /** Calls that build the options object, read through, also when bound to a name: `createRoute({...})`. */
  optionsBuilders?: readonly string[];
  /** The property holding the HTTP method, or an array of them. */
  methodProperty: string;
  /** The properties that may hold the path; the first one written wins. */
  pathProperties: readonly string[];
  /** Properties holding handlers, in the order they run. */
  handlerProperties: readonly string[];
  /** Arguments after the options that are handlers (`app.openapi(route, handler)`). */
  handlersFrom?: number;
}

/** `router.route('/orders').get(list).post(create)`: a call naming the path of the routes chained on it. */
export interface PathScopeIdiom {
  name: string;
  kind: 'path-scope';
  methods: readonly string[];
  pathArgument: number;
  /** The number of arguments it takes: Hono's `app.route('/x', sub)`, with two, is a mount. */
  argumentCount: number;
}

/** `app.use('/orders', orders)`, `app.route('/orders', orders)`, `fastify.register(orders, { prefix })`. */
export interface MountIdiom {
  name: string;
  kind: 'mount';
  methods: readonly string[];
  /** Where the prefix is written; without one the prefix is `''`. */
  prefix?: ArgumentPlace & {
    /** Without a path there, the call mounts nothing (Hono's `route`); else the children start there. */
    required?: boolean;
  };
  /** The arguments that may name children: the first only, or every one after the prefix. */
  children: 'first' | 'rest';
  /** The number of arguments the idiom takes, when it is told from another by it. */
  argumentCount?: number;
  /** Calls that hand a router over as a middleware (koa-router's `router.routes()`): only they name a child. */
  childCalls?: readonly string[];
  /**
   * Whether a function of this file (or written inline) can be the child, as a Fastify plugin is;
   * a local function given to Express's `use` is a middleware, not a router.
   */
  functionChildren?: boolean;
}

/** `router.prefix('/orders')`, `const api = app.basePath('/api')`: a router's own prefix. */
export interface PrefixIdiom {
  name: string;
  kind: 'prefix';
  methods: readonly string[];
  prefixArgument: number;
  /** The call returns a new router with the prefix (Hono's `basePath`) instead of setting the receiver's. */
  returnsRouter?: boolean;
}

/** Nest's `app.setGlobalPrefix('api')`, on any receiver: it prefixes every controller of the application. */
export interface GlobalPrefixIdiom {
  name: string;
  kind: 'global-prefix';
  methods: readonly string[];
  prefixArgument: number;
}

/**
 * `registerRoutes(app)`, `require('./routes')(app)`: a function of this project called with a
 * router declares its routes on it, as a child mounted without a prefix. The callee must be a
 * function of this file or come from a relative module, so library calls (`createServer(app)`,
 * `supertest(app)`) mount nothing.
 */
interface SetupCallIdiom {
  name: string;
  kind: 'setup-call';
}

/** Nest: `@Controller('orders') class OrdersController { @Get(':id') find() {} }`. */
export interface ControllerIdiom {
  name: string;
  kind: 'controller';
  classDecorators: readonly string[];
  /** The property of an options argument holding the path: `@Controller({ path: 'orders' })`. */
  pathOption: string;
  /** Method decorators and the HTTP method each declares; the path is their first argument. */
  methodDecorators: Readonly<Record<string, RouteMethod>>;
}

/** Next.js app router: `export async function GET(req)` in a `route.ts` declares the file's GET route. */
export interface ExportedMethodsIdiom {
  name: string;
  kind: 'exported-methods';
  exports: Readonly<Record<string, RouteMethod>>;
}

/**
 * Next.js pages router: a default export taking `(req, res)` (or a wrapper of one) handles every
 * method of the file's route, and may branch on `req.method`.
 */
export interface DefaultHandlerIdiom {
  name: string;
  kind: 'default-handler';
  method: RouteMethod;
  /** How many plain parameters the function takes, at least: `(req, res)`. */
  parameters: number;
  /**
   * What tells the first parameter is a request, not any value (`(user, id) => ...` is a mapper):
   * a word of its name (`req`, `_req`, `request`), or the end of its type's name (`NextApiRequest`).
   */
  request: { words: readonly string[]; typeSuffix: string };
  /** The request's property holding its method, which branches compare (`req.method === 'POST'`). */
  methodProperty: string;
}

type RouteIdiom =
  | MethodRouteIdiom
  | OptionsRouteIdiom
  | PathScopeIdiom
  | MountIdiom
  | PrefixIdiom
  | GlobalPrefixIdiom
  | SetupCallIdiom
  | ControllerIdiom
  | ExportedMethodsIdiom
  | DefaultHandlerIdiom;

/** The idioms, one row each. Rows of the same method are all tried: each takes the arguments it knows. */
export const ROUTE_IDIOMS: readonly RouteIdiom[] = [
  // Express, koa-router, Hono and Fastify's shorthand methods share the form.
  {
    name: 'express-method',
    kind: 'method-route',
    methods: Object.keys(ROUTER_METHODS),
    httpMethods: ROUTER_METHODS,
    pathArgument: 0,
    namedPathArgument: 1,
    handlersFrom: 1,
    handlerOptions: FASTIFY_HANDLER_OPTIONS,
    chainedPath: true,
    methodProperty: 'method',
  },
  { name: 'express-route-chain', kind: 'path-scope', methods: ['route'], pathArgument: 0, argumentCount: 1 },
  {
    name: 'hono-on',
    kind: 'method-route',
    methods: ['on'],
    methodArgument: 0,
    pathArgument: 1,
    handlersFrom: 2,
  },
  {
    name: 'fastify-route-options',
    kind: 'options-route',
    methods: ['route'],
    optionsArgument: 0,
    methodProperty: 'method',
    pathProperties: ['url', 'path'],
    handlerProperties: FASTIFY_HANDLER_OPTIONS,
  },
  {
    name: 'hono-openapi',
    kind: 'options-route',
    methods: ['openapi'],
    optionsArgument: 0,
    optionsBuilders: ['createRoute'],
    methodProperty: 'method',
    pathProperties: ['path'],
    handlerProperties: [],
    handlersFrom: 1,
  },
  { name: 'express-mount', kind: 'mount', methods: ['use'], prefix: { argument: 0 }, children: 'rest' },
  {
    name: 'koa-router-mount',
    kind: 'mount',
    methods: ['use'],
    prefix: { argument: 0 },
    children: 'rest',
    childCalls: ['routes', 'middleware'],
  },
  {
    name: 'hono-route',
    kind: 'mount',
    methods: ['route'],
    prefix: { argument: 0, required: true },
    children: 'rest',
    argumentCount: 2,
  },
  {
    name: 'fastify-register',
    kind: 'mount',
    methods: ['register'],
    prefix: { argument: 1, property: 'prefix' },
    children: 'first',
    functionChildren: true,
  },
  { name: 'setup-call', kind: 'setup-call' },
  { name: 'koa-router-prefix', kind: 'prefix', methods: ['prefix'], prefixArgument: 0 },
  { name: 'hono-base-path', kind: 'prefix', methods: ['basePath'], prefixArgument: 0, returnsRouter: true },
  { name: 'nest-global-prefix', kind: 'global-prefix', methods: ['setGlobalPrefix'], prefixArgument: 0 },
  {
    name: 'nest-controller',
    kind: 'controller',
    classDecorators: ['Controller'],
    pathOption: 'path',
    methodDecorators: {
      Get: 'get',
      Post: 'post',
      Put: 'put',
      Patch: 'patch',
      Delete: 'delete',
      Head: 'head',
      Options: 'options',
      All: 'all',
    },
  },
  { name: 'next-app', kind: 'exported-methods', exports: HTTP_METHODS },
  {
    name: 'next-pages',
    kind: 'default-handler',
    method: 'all',
    parameters: 2,
    request: { words: ['req', 'request'], typeSuffix: 'Request' },
    methodProperty: 'method',
  },
];

/** A call or construction that creates a router, or an application that routes as one. */
export interface RouterFactory {
  name: string;
  /** Dotted callees as usually written: `express`, `express.Router`, `Router`. */
  callees: readonly string[];
  /** Modules that export it, so it is known under any local name (`import KoaRouter from '@koa/router'`). */
  modules: readonly string[];
  /** The names those modules export it as (`default` for the default export). */
  exports: readonly string[];
  /** Called (`express()`) or constructed (`new Router()`): koa-router's `Router` is constructed, Express's called. */
  via: 'call' | 'new';
  /** Where the router's own prefix is written: koa-router's `new Router({ prefix: '/orders' })`. */
  prefixOption?: ArgumentPlace & { property: string };
  /**
   * It makes routers that serve nothing until an application mounts them (`express.Router()`,
   * koa-router's `new Router()`), where `express()` or `new Hono()` may serve from the root.
   */
  mountedOnly?: true;
}

export const ROUTER_FACTORIES: readonly RouterFactory[] = [
  { name: 'express', callees: ['express'], modules: ['express'], exports: ['default'], via: 'call' },
  {
    name: 'express-router',
    callees: ['express.Router', 'Router'],
    modules: ['express'],
    exports: ['Router'],
    via: 'call',
    mountedOnly: true,
  },
  {
    name: 'koa-router',
    callees: ['Router', 'KoaRouter'],
    modules: ['@koa/router', 'koa-router'],
    exports: ['default', 'Router'],
    via: 'new',
    prefixOption: { argument: 0, property: 'prefix' },
    mountedOnly: true,
  },
  { name: 'koa', callees: ['Koa'], modules: ['koa'], exports: ['default'], via: 'new' },
  {
    name: 'hono',
    callees: ['Hono', 'OpenAPIHono'],
    modules: ['hono', '@hono/zod-openapi'],
    exports: ['Hono', 'OpenAPIHono'],
    via: 'new',
  },
  {
    name: 'fastify',
    callees: ['fastify', 'Fastify'],
    modules: ['fastify'],
    exports: ['default', 'fastify'],
    via: 'call',
  },
];

/**
 * Methods besides the table's that return the router they are called on, so a chain of them stays
 * on it: `export default new Hono().use(cors()).route('/api', api).mount('/', assets)`.
 */
export const ROUTER_CHAIN_METHODS: readonly string[] = [
  'withTypeProvider',
  'mount',
  'notFound',
  'onError',
  'set',
  'enable',
  'disable',
  'param',
  'decorate',
  'addHook',
  'setErrorHandler',
  'setNotFoundHandler',
];

/**
 * Words of names that HTTP clients and other look-alikes go by (`axios.get('/x', config)`,
 * `apiClient.post('/x', body)`, `cache.get('/x', load)`): a parameter or an import so named is
 * never taken for a router.
 */
export const NOT_ROUTER_WORDS: readonly string[] = [
  'axios',
  'http',
  'https',
  'got',
  'ky',
  'client',
  'api',
  'fetch',
  'fetcher',
  'request',
  'supertest',
  'agent',
  'cache',
  'map',
  'store',
];

/** Modules of HTTP clients and request mocks, whose methods look like routes: their imports are no routers. */
export const NOT_ROUTER_MODULES: readonly string[] = [
  'axios',
  'got',
  'ky',
  'node-fetch',
  'cross-fetch',
  'superagent',
  'supertest',
  'undici',
  'ofetch',
  'redaxios',
  'wretch',
  'needle',
  'request',
  'light-my-request',
  'msw',
  'nock',
  'http',
  'https',
  'node:http',
  'node:https',
  '@angular/common/http',
];

/**
 * Words of the names of calls that wrap a handler (`asyncHandler(getOrder)`, `catchAsync(fn)`,
 * `withAuth(handler)`): an imported name given to one is the handler. Other calls among a
 * route's arguments (`validate(schema)`, `auth()`) are middlewares whose arguments are not.
 */
export const HANDLER_WRAPPER_WORDS: readonly string[] = [
  'async',
  'handler',
  'catch',
  'wrap',
  'safe',
  'try',
  'with',
];

/**
 * Words of the names of prefixes kept in variables (`app.use(API_PREFIX, router)`,
 * `app.use(config.basePath, router)`): such a first argument of `use` is a prefix this file cannot
 * read, not a child, and the mount is not reported with a guessed one.
 */
export const PREFIX_NAME_WORDS: readonly string[] = ['prefix', 'path', 'base', 'url', 'mount'];
