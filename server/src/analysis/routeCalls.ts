import ts from './typescript';
import type { Range } from 'vscode-languageserver-types';
import type { HandlerRef, RouteMethod, RouterRef } from './routeTypes';
import {
  PREFIX_NAME_WORDS,
  ROUTE_IDIOMS,
  ROUTER_FACTORIES,
  type GlobalPrefixIdiom,
  type MethodRouteIdiom,
  type MountIdiom,
  type OptionsRouteIdiom,
  type PathScopeIdiom,
  type PrefixIdiom,
} from './routeTable';
import {
  chainBinding,
  chainTop,
  functionValue,
  looksLikeClient,
  type ResolvedRouter,
  type RouteResolver,
} from './routeRefs';
import type { RouteFindings } from './routeFindings';
import {
  isDynamicString,
  joinPath,
  namedMethods,
  routePaths,
  stringsOf,
  type WrittenPath,
} from './routeLiterals';
import { loadedModule } from './routeScopes';
import { methodBranches } from './methodBranches';
import { nameWords } from './nameWords';
import { dottedName, offsetRange, outermostWrapper, propertyValue, SyntaxKind, unwrap } from './syntax';

/** The rows that match a method call. */
type CallIdiom = MethodRouteIdiom | OptionsRouteIdiom | MountIdiom | PrefixIdiom | GlobalPrefixIdiom;

const CALL_KINDS: ReadonlySet<string> = new Set([
  'method-route',
  'options-route',
  'mount',
  'prefix',
  'global-prefix',
]);

function isCallIdiom(row: (typeof ROUTE_IDIOMS)[number]): row is CallIdiom {
  return CALL_KINDS.has(row.kind);
}

/** The call rows by the method's name. */
const CALL_IDIOMS: ReadonlyMap<string, readonly CallIdiom[]> = (() => {
  const byMethod = new Map<string, CallIdiom[]>();
  for (const row of ROUTE_IDIOMS.filter(isCallIdiom)) {
    for (const method of row.methods) byMethod.set(method, [...(byMethod.get(method) ?? []), row]);
  }
  return byMethod;
})();

const PATH_SCOPES = ROUTE_IDIOMS.filter((row): row is PathScopeIdiom => row.kind === 'path-scope');
const METHOD_ROUTES = ROUTE_IDIOMS.filter((row): row is MethodRouteIdiom => row.kind === 'method-route');
const SETUP_CALL = ROUTE_IDIOMS.some((row) => row.kind === 'setup-call');

/**
 * Text every call-borne idiom needs in the file: a method the table names (`.get`, `.use`,
 * `.register`) or a router factory's name. A file with none of them costs no walk.
 */
export const CALL_MARKERS: readonly string[] = [
  ...[...CALL_IDIOMS.keys(), ...PATH_SCOPES.flatMap((row) => row.methods)].map((method) => `.${method}`),
  ...new Set(
    ROUTER_FACTORIES.flatMap((factory) =>
      factory.callees.map((callee) => callee.slice(callee.lastIndexOf('.') + 1)),
    ),
  ),
];

/** Read once, as `SyntaxKind`: the walk calls it for every node of the file. */
const forEachChild = ts.forEachChild;

/** How many calls a chained path is looked for through (`.get('/x', h).post(h2).put(h3)`). */
const MAX_CHAIN = 16;

/** Finds the routes, mounts and prefixes that calls declare, by the rows of the route table. */
export class CallRoutes {
  private readonly sourceFile: ts.SourceFile;

  constructor(
    private readonly resolver: RouteResolver,
    private readonly found: RouteFindings,
  ) {
    this.sourceFile = resolver.sourceFile;
  }

  readonly visit = (node: ts.Node): void => {
    const kind = node.kind;
    if (kind === SyntaxKind.CallExpression) this.call(node as ts.CallExpression);
    else if (kind === SyntaxKind.NewExpression) this.ownPrefixOption(node as ts.NewExpression);
    // Types hold no calls: a typed file is walked at the cost of its values only.
    else if (isType(kind)) return;
    forEachChild(node, this.visit);
  };

  private call(call: ts.CallExpression): void {
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) {
      if (SETUP_CALL) this.setupCall(call, callee);
      return;
    }
    for (const row of CALL_IDIOMS.get(callee.name.text) ?? []) {
      switch (row.kind) {
        case 'method-route':
          this.methodRoute(row, call, callee);
          break;
        case 'options-route':
          this.optionsRoute(row, call, callee);
          break;
        case 'mount':
          this.mount(row, call, callee);
          break;
        case 'prefix':
          this.prefix(row, call, callee);
          break;
        case 'global-prefix':
          this.globalPrefix(row, call);
          break;
      }
    }
  }

  /** `router.get('/orders/:id', auth, handler)`, `app.on(['GET', 'HEAD'], '/x', h)`, `app.get('/x', h).post(h2)`. */
  private methodRoute(
    row: MethodRouteIdiom,
    call: ts.CallExpression,
    callee: ts.PropertyAccessExpression,
  ): void {
    const args = call.arguments;
    const name = callee.name.text;
    const methods =
      row.methodArgument !== undefined
        ? namedMethods(args[row.methodArgument])
        : row.httpMethods && Object.prototype.hasOwnProperty.call(row.httpMethods, name)
          ? [row.httpMethods[name]]
          : [];
    if (methods.length === 0) return;
    let framework = row.name;
    let paths = routePaths(this.sourceFile, this.resolver.scopes, args[row.pathArgument]);
    let handlersFrom = row.handlersFrom;
    if (
      !paths &&
      row.namedPathArgument !== undefined &&
      stringsOf(this.sourceFile, this.resolver.scopes, args[row.pathArgument])
    ) {
      paths = routePaths(this.sourceFile, this.resolver.scopes, args[row.namedPathArgument]);
      handlersFrom = row.namedPathArgument + 1;
    }
    const pathArgument = args[row.pathArgument];
    if (
      !paths &&
      row.chainedPath &&
      pathArgument &&
      !stringsOf(this.sourceFile, this.resolver.scopes, pathArgument)
    ) {
      const chained = isDynamicString(pathArgument) ? undefined : this.chainedPath(callee.expression, 0);
      if (chained) {
        paths = [chained.path];
        framework = chained.framework;
        handlersFrom = row.pathArgument;
      }
    }
    if (!paths) return;
    const handlers = this.handlers(args.slice(handlersFrom), row.handlerOptions);
    if (!handlers) return;
    const router = this.resolver.router(callee.expression);
    if (!router) return;
    this.addRoutes(framework, methods, paths, router, handlers, this.callRange(call, callee));
    if (methods.includes('all') && row.methodProperty !== undefined) {
      for (const fn of args.slice(handlersFrom).flatMap((arg) => this.resolver.handlerFunction(arg) ?? [])) {
        this.found.methodBranches.push(...methodBranches(fn, this.sourceFile, row.methodProperty));
      }
    }
  }

  /**
   * The path of the call a route without one is chained on: `router.route('/x')` (a path scope),
   * or a route with a path (`app.get('/x', h)`), through other routes chained between.
   */
  private chainedPath(
    receiver: ts.Expression,
    depth: number,
  ): { path: WrittenPath; framework: string } | undefined {
    const node = unwrap(receiver);
    if (depth > MAX_CHAIN || !ts.isCallExpression(node)) return undefined;
    const callee = unwrap(node.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const name = callee.name.text;
    for (const scope of PATH_SCOPES) {
      if (!scope.methods.includes(name) || node.arguments.length !== scope.argumentCount) continue;
      const path = routePaths(this.sourceFile, this.resolver.scopes, node.arguments[scope.pathArgument])?.[0];
      if (path) return { path, framework: scope.name };
    }
    for (const row of METHOD_ROUTES) {
      if (!row.chainedPath || row.methodArgument !== undefined || !row.methods.includes(name)) continue;
      const path = routePaths(this.sourceFile, this.resolver.scopes, node.arguments[row.pathArgument])?.[0];
      if (path) return { path, framework: row.name };
      return this.chainedPath(callee.expression, depth + 1);
    }
    return undefined;
  }

  /** `fastify.route({ method: 'GET', url: '/x', handler })`, `app.openapi(createRoute({ method, path }), h)`. */
  private optionsRoute(
    row: OptionsRouteIdiom,
    call: ts.CallExpression,
    callee: ts.PropertyAccessExpression,
  ): void {
    const options = this.optionsObject(call.arguments[row.optionsArgument], row.optionsBuilders ?? []);
    if (!options) return;
    const methods = namedMethods(propertyValue(options, row.methodProperty));
    if (methods.length === 0) return;
    const pathProperty = row.pathProperties.find(
      (property) => propertyValue(options, property) !== undefined,
    );
    const paths =
      pathProperty && routePaths(this.sourceFile, this.resolver.scopes, propertyValue(options, pathProperty));
    if (!paths) return;
    const handlers = this.handlers(
      [options, ...(row.handlersFrom === undefined ? [] : call.arguments.slice(row.handlersFrom))],
      row.handlerProperties,
    );
    if (!handlers) return;
    const router = this.resolver.router(callee.expression);
    if (router) this.addRoutes(row.name, methods, paths, router, handlers, this.callRange(call, callee));
  }

  /** An options object written in place, built by one of `builders`, or bound to a name of this file. */
  private optionsObject(
    node: ts.Expression | undefined,
    builders: readonly string[],
    hops = 0,
  ): ts.ObjectLiteralExpression | undefined {
    if (!node || hops > 2) return undefined;
    const inner = unwrap(node);
    if (ts.isObjectLiteralExpression(inner)) return inner;
    if (ts.isCallExpression(inner)) {
      const builder = dottedName(inner.expression);
      return builder !== undefined && builders.includes(builder)
        ? this.optionsObject(inner.arguments[0], builders, hops + 1)
        : undefined;
    }
    if (!ts.isIdentifier(inner)) return undefined;
    const binding = this.resolver.scopes.lookup(inner.text, inner);
    return binding?.kind === 'variable'
      ? this.optionsObject(binding.initializer, builders, hops + 1)
      : undefined;
  }

  /**
   * The handlers among a route's arguments, arrays of them flattened and, with `options`, those
   * an options object holds; undefined when none is a handler (`map.get('/x', 1)`, `client.get('/x', { params })`).
   */
  private handlers(
    args: readonly ts.Expression[],
    options: readonly string[] | undefined,
  ): HandlerRef[] | undefined {
    const refs: HandlerRef[] = [];
    let any = false;
    const take = (node: ts.Expression) => {
      if (ts.isSpreadElement(node) || ts.isOmittedExpression(node)) return;
      const handler = this.resolver.handler(node);
      if (!handler) return;
      any = true;
      if (handler !== 'unresolved') refs.push(handler);
    };
    const takeAll = (node: ts.Expression) => {
      const inner = unwrap(node);
      if (ts.isArrayLiteralExpression(inner)) inner.elements.forEach(take);
      else take(node);
    };
    for (const arg of args) {
      const inner = unwrap(arg);
      if (ts.isObjectLiteralExpression(inner)) {
        for (const property of options ?? []) {
          const value = propertyValue(inner, property);
          if (value) takeAll(value);
        }
      } else {
        takeAll(arg);
      }
    }
    return any ? refs : undefined;
  }

  private addRoutes(
    framework: string,
    methods: readonly RouteMethod[],
    paths: readonly WrittenPath[],
    router: ResolvedRouter,
    handlers: HandlerRef[],
    range: Range,
  ): void {
    for (const method of methods) {
      for (const path of paths) {
        this.found.routes.push({
          framework,
          method,
          path: joinPath(router.prefix, path.text),
          ...(path.range && { pathRange: path.range }),
          router: router.ref,
          handlers,
          range,
        });
      }
    }
  }

  /** `app.use('/orders', orders)`, `router.use(child.routes())`, `app.route('/x', sub)`, `app.register(plugin, { prefix })`. */
  private mount(row: MountIdiom, call: ts.CallExpression, callee: ts.PropertyAccessExpression): void {
    const args = call.arguments;
    if (row.argumentCount !== undefined && args.length !== row.argumentCount) return;
    let prefixes: WrittenPath[] = [{ text: '' }];
    let written = false;
    let childrenFrom = 0;
    const place = row.prefix;
    if (place?.property !== undefined) {
      const options = args[place.argument] && unwrap(args[place.argument]);
      // Options kept elsewhere (`register(plugin, opts)`) may hold a prefix this file cannot read.
      if (options && !ts.isObjectLiteralExpression(options)) return;
      const value = options && propertyValue(options, place.property);
      if (value) {
        const texts = stringsOf(this.sourceFile, this.resolver.scopes, value);
        if (!texts) return;
        prefixes = texts;
        written = true;
      }
    } else if (place) {
      const texts = stringsOf(this.sourceFile, this.resolver.scopes, args[place.argument]);
      if (texts) {
        prefixes = texts;
        written = true;
        childrenFrom = place.argument + 1;
      } else if (place.required || this.unreadablePrefix(args[place.argument], args.length)) {
        return;
      } else {
        childrenFrom = place.argument;
      }
    }
    const options = { childCalls: row.childCalls, functions: row.functionChildren };
    const candidates = row.children === 'first' ? args.slice(0, 1) : args.slice(childrenFrom);
    const parent = this.resolver.router(callee.expression);
    if (!parent) return;
    // A parameter or an import is a router by its use: `chai.use(chaiHttp)`, `i18n.use(backend)` mount
    // nothing. Without a factory-made parent, a prefix or a child of this project must say it is one.
    const children = candidates
      .flatMap((arg) => this.resolver.child(arg, options) ?? [])
      .filter((child) => parent.made || written || 'local' in child || isRelative(child.symbol.module));
    if (children.length === 0) return;
    const range = this.callRange(call, callee);
    for (const prefix of prefixes) {
      for (const child of children) {
        this.found.mounts.push({
          parent: parent.ref,
          child,
          prefix: joinPath(parent.prefix, prefix.text),
          range,
        });
      }
    }
  }

  /**
   * Whether `use`'s first argument is a prefix this file cannot read: a string built in place, or
   * a name that says it is one (`API_PREFIX`, `config.basePath`) before other arguments.
   */
  private unreadablePrefix(first: ts.Expression | undefined, count: number): boolean {
    if (!first) return false;
    if (isDynamicString(first)) return true;
    const inner = unwrap(first);
    const name = ts.isIdentifier(inner)
      ? inner.text
      : ts.isPropertyAccessExpression(inner)
        ? inner.name.text
        : undefined;
    return (
      count > 1 && name !== undefined && nameWords(name).some((word) => PREFIX_NAME_WORDS.includes(word))
    );
  }

  /** `router.prefix('/orders')`, `const api = app.basePath('/api')`. */
  private prefix(row: PrefixIdiom, call: ts.CallExpression, callee: ts.PropertyAccessExpression): void {
    const text = stringsOf(this.sourceFile, this.resolver.scopes, call.arguments[row.prefixArgument])?.[0]
      ?.text;
    if (text === undefined) return;
    if (!row.returnsRouter) {
      // `prefix` is a common name (`logger.prefix('[db]')`): only a router made here has one set.
      const router = this.resolver.router(callee.expression);
      if (
        router?.made &&
        'local' in router.ref &&
        routePaths(this.sourceFile, this.resolver.scopes, call.arguments[row.prefixArgument])
      ) {
        this.found.ownPrefixes.set(router.ref.local, joinPath(router.prefix, text));
      }
      return;
    }
    // A prefixed router bound to a name is a router of its own; unbound, its prefix goes to the
    // paths of the routes chained on it (see RouteResolver.router).
    const name = chainBinding(call);
    if (name === undefined) return;
    const { base, calls } = this.resolver.chain(chainTop(call));
    // The chain's first prefixing call speaks for all of them.
    const first = calls.find((link) =>
      row.methods.includes((unwrap(link.expression) as ts.PropertyAccessExpression).name.text),
    );
    if (first !== call) return;
    this.found.ownPrefixes.set(name, this.resolver.chainPrefix(calls));
    if (this.resolver.factory(base) || !ts.isIdentifier(base)) return;
    const parent = this.resolver.router(base);
    if (parent) {
      this.found.mounts.push({
        parent: parent.ref,
        child: { local: name },
        prefix: parent.prefix,
        range: this.callRange(call, callee),
      });
    }
  }

  /** Nest's `app.setGlobalPrefix('api')`. */
  private globalPrefix(row: GlobalPrefixIdiom, call: ts.CallExpression): void {
    const text = stringsOf(this.sourceFile, this.resolver.scopes, call.arguments[row.prefixArgument])?.[0]
      ?.text;
    if (text !== undefined) this.found.globalPrefix = text;
  }

  /** koa-router's `new Router({ prefix: '/orders' })`: the prefix of the router it is bound to. */
  private ownPrefixOption(node: ts.NewExpression): void {
    const place = this.resolver.factory(node)?.prefixOption;
    if (!place) return;
    const options = node.arguments?.[place.argument] && unwrap(node.arguments[place.argument]);
    const value =
      options && ts.isObjectLiteralExpression(options) ? propertyValue(options, place.property) : undefined;
    const text = stringsOf(this.sourceFile, this.resolver.scopes, value)?.[0]?.text;
    const name = text === undefined ? undefined : chainBinding(node);
    if (text !== undefined && name !== undefined) this.found.ownPrefixes.set(name, text);
  }

  /**
   * `registerRoutes(app)`, `require('./routes')(app)`: a function of this file or of a relative
   * module, given a router, declares routes on it.
   */
  private setupCall(call: ts.CallExpression, callee: ts.Expression): void {
    // `request(app).get('/x')`: a call whose result is used is a client made there, not a setup.
    if (call.arguments.length === 0 || !ts.isExpressionStatement(skipAwait(call).parent)) return;
    const child = this.setupFunction(callee);
    if (!child) return;
    for (const arg of call.arguments) {
      if (!ts.isIdentifier(unwrap(arg))) continue;
      const parent = this.resolver.router(arg);
      if (!parent) continue;
      const mount = {
        parent: parent.ref,
        child: child.ref,
        prefix: parent.prefix,
        range: this.nodeRange(call),
      };
      this.found.setupMounts.push({ mount, parentUsed: !parent.made, childUsed: child.local });
      return;
    }
  }

  private setupFunction(callee: ts.Expression): { ref: RouterRef; local: boolean } | undefined {
    const module = loadedModule(callee);
    if (module !== undefined) {
      return isRelative(module)
        ? { ref: { symbol: { module, name: 'default', members: [] } }, local: false }
        : undefined;
    }
    if (!ts.isIdentifier(callee) || looksLikeClient(callee.text)) return undefined;
    const binding = this.resolver.scopes.lookup(callee.text, callee);
    if (binding?.kind === 'import') {
      return isRelative(binding.module) && binding.importedName !== '*'
        ? {
            ref: { symbol: { module: binding.module, name: binding.importedName, members: [] } },
            local: false,
          }
        : undefined;
    }
    const isFunction =
      binding?.kind === 'function' ||
      (binding?.kind === 'variable' &&
        binding.initializer !== undefined &&
        functionValue(binding.initializer) !== undefined);
    return isFunction ? { ref: { local: callee.text }, local: true } : undefined;
  }

  /** A route's or a mount's range: its call from the method's name (`get('/x', h)` of `router.get(...)`). */
  private callRange(call: ts.CallExpression, callee: ts.PropertyAccessExpression): Range {
    return offsetRange(this.sourceFile, callee.name.getStart(this.sourceFile), call.getEnd());
  }

  private nodeRange(node: ts.Node): Range {
    return offsetRange(this.sourceFile, node.getStart(this.sourceFile), node.getEnd());
  }
}

/** The outermost of `await call`, `(call)`: the node whose parent uses the call's result. */
function skipAwait(call: ts.CallExpression): ts.Node {
  let node = outermostWrapper(call);
  while (ts.isAwaitExpression(node.parent)) node = outermostWrapper(node.parent);
  return node;
}

function isType(kind: ts.SyntaxKind): boolean {
  return (
    (kind >= SyntaxKind.FirstTypeNode && kind <= SyntaxKind.LastTypeNode) ||
    kind === SyntaxKind.InterfaceDeclaration ||
    kind === SyntaxKind.TypeAliasDeclaration
  );
}

/** A module of this project, written relative to the file: a package's function declares no routes here. */
function isRelative(module: string): boolean {
  return module.startsWith('./') || module.startsWith('../');
}
