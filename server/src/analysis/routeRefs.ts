import ts from './typescript';
import type { ImportedSymbol } from './types';
import type { HandlerRef, RouterRef } from './routeTypes';
import { functionName, loadedModule, Scopes } from './routeScopes';
import {
  HANDLER_WRAPPER_WORDS,
  NOT_ROUTER_MODULES,
  NOT_ROUTER_WORDS,
  ROUTER_CHAIN_METHODS,
  ROUTER_FACTORIES,
  ROUTE_IDIOMS,
  type RouterFactory,
} from './routeTable';
import { joinPath, writtenStrings } from './routeLiterals';
import { nameWords } from './nameWords';
import { dottedName, nodeRange, outermostWrapper, propertyValue, propertyNameText, unwrap } from './syntax';

/** A router a receiver resolves to, and the prefix of a `basePath` chained between them. */
export interface ResolvedRouter {
  ref: RouterRef;
  prefix: string;
  /**
   * Whether this file makes it with a router factory (`const app = express()`), so it is surely a
   * router; a parameter or an import is taken for one only where it is used as one.
   */
  made: boolean;
}

/** A handler argument: its reference, `unresolved` when it is one nothing here names, undefined when it is no handler. */
type HandlerArgument = HandlerRef | 'unresolved' | undefined;

/** How many names a value is followed through (`const h = other`), so a cycle ends. */
const MAX_HOPS = 8;

/** Methods that return the router they are called on: the route table's, and a few more. */
const CHAIN_METHODS: ReadonlySet<string> = new Set([
  ...ROUTE_IDIOMS.flatMap((row) => ('methods' in row && Array.isArray(row.methods) ? row.methods : [])),
  ...ROUTER_CHAIN_METHODS,
]);

/** Methods that return a new router with a prefix (Hono's `basePath`). */
const PREFIXING_METHODS: ReadonlySet<string> = new Set(
  ROUTE_IDIOMS.flatMap((row) => (row.kind === 'prefix' && row.returnsRouter ? row.methods : [])),
);

/**
 * Resolves what the route idioms' arguments name: the router a call is made on, the handlers and
 * children it is given. A router is a binding made by a router factory (`express()`, `new Hono()`),
 * a parameter of a function (a Fastify plugin), or an import; anything else (`axios`, the result
 * of `request(app)`, a `Map`) is none.
 */
export class RouteResolver {
  readonly scopes = new Scopes();
  /** The routers of this file made by a factory of routers that only serve once mounted. */
  readonly mountedOnly = new Set<string>();

  constructor(readonly sourceFile: ts.SourceFile) {}

  /** The router `expression` names, through chained calls that return it (`app.get(...).post(...)`). */
  router(expression: ts.Expression, hops = 0): ResolvedRouter | undefined {
    const { base, calls } = this.chain(expression);
    if (this.factory(base)) {
      // An unbound router (`express.Router().get(...)` as an argument) has no name to be mounted by.
      const name = chainBinding(base);
      return name === undefined ? undefined : this.made(name, base);
    }
    const named = ts.isIdentifier(base) ? this.namedRouter(base, hops) : this.memberRouter(base);
    return named && { ...named, prefix: joinPath(named.prefix, this.chainPrefix(calls)) };
  }

  /** What each class member resolves to, found once. */
  private readonly memberRouters = new Map<string, ResolvedRouter | undefined>();

  /**
   * A router a class keeps in a member (`this.app = express()` in its constructor, or
   * `app = express()` as a property), named `this.app` in the class's file.
   */
  private memberRouter(expression: ts.Expression): ResolvedRouter | undefined {
    const node = unwrap(expression);
    if (!ts.isPropertyAccessExpression(node) || node.expression.kind !== ts.SyntaxKind.ThisKeyword)
      return undefined;
    let owner: ts.Node | undefined = node.parent;
    while (owner && !ts.isClassLike(owner)) owner = owner.parent;
    if (!owner) return undefined;
    const member = node.name.text;
    const key = `${owner.pos}:${member}`;
    if (this.memberRouters.has(key)) return this.memberRouters.get(key);
    let found: ResolvedRouter | undefined;
    const consider = (value: ts.Expression | undefined) => {
      const base = value && this.chain(value).base;
      if (!found && base && this.factory(base)) found = this.made(`this.${member}`, base);
    };
    const visit = (child: ts.Node): void => {
      if (found) return;
      if (ts.isPropertyDeclaration(child) && ts.isIdentifier(child.name) && child.name.text === member) {
        consider(child.initializer);
      } else if (
        ts.isBinaryExpression(child) &&
        child.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(child.left) &&
        child.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        child.left.name.text === member
      ) {
        consider(child.right);
      }
      // A nested class has a `this` of its own.
      if (!ts.isClassLike(child)) ts.forEachChild(child, visit);
    };
    ts.forEachChild(owner, visit);
    this.memberRouters.set(key, found);
    return found;
  }

  /** A router this file makes with `factory`, bound to `name`. */
  private made(name: string, factory: ts.Expression): ResolvedRouter {
    if (this.factory(factory)?.mountedOnly) this.mountedOnly.add(name);
    return { ref: { local: name }, prefix: '', made: true };
  }

  /** The row of the router factory a call or construction is, if it is one. */
  factory(node: ts.Expression): RouterFactory | undefined {
    if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return undefined;
    const via = ts.isNewExpression(node) ? 'new' : 'call';
    const dotted = dottedName(node.expression);
    if (dotted === undefined) return undefined;
    const path = dotted.split('.');
    const binding = this.scopes.lookup(path[0], node);
    if (binding?.kind === 'import') {
      const exported =
        path.length === 1
          ? binding.importedName
          : path.length === 2 && (binding.importedName === 'default' || binding.importedName === '*')
            ? path[1]
            : undefined;
      const row = ROUTER_FACTORIES.find(
        (factory) =>
          factory.via === via &&
          factory.modules.includes(binding.module) &&
          exported !== undefined &&
          factory.exports.includes(exported),
      );
      if (row) return row;
    }
    return ROUTER_FACTORIES.find((factory) => factory.via === via && factory.callees.includes(dotted));
  }

  /**
   * A call's receiver down to the node its chain starts from: `app` of `app.basePath('/x').get(...)`,
   * `new Hono()` of `new Hono().get(...)`, with the calls between, innermost first.
   */
  chain(expression: ts.Expression): { base: ts.Expression; calls: ts.CallExpression[] } {
    const calls: ts.CallExpression[] = [];
    let node = unwrapAwait(expression);
    while (ts.isCallExpression(node) && !this.factory(node)) {
      const callee = unwrap(node.expression);
      if (!ts.isPropertyAccessExpression(callee) || !CHAIN_METHODS.has(callee.name.text)) break;
      calls.unshift(node);
      node = unwrapAwait(callee.expression);
    }
    return { base: node, calls };
  }

  /** The prefixes of the `basePath` calls of a chain, joined. */
  chainPrefix(calls: readonly ts.CallExpression[]): string {
    let prefix = '';
    for (const call of calls) {
      const callee = unwrap(call.expression) as ts.PropertyAccessExpression;
      if (!PREFIXING_METHODS.has(callee.name.text)) continue;
      const text = writtenStrings(this.sourceFile, call.arguments[0])?.[0]?.text;
      if (text !== undefined) prefix = joinPath(prefix, text);
    }
    return prefix;
  }

  /** What each variable binding resolves to, found once: a router file names one in every route. */
  private readonly variableRouters = new Map<ts.VariableDeclaration, ResolvedRouter | undefined>();

  private namedRouter(identifier: ts.Identifier, hops: number): ResolvedRouter | undefined {
    if (hops > MAX_HOPS) return undefined;
    const name = identifier.text;
    const binding = this.scopes.lookup(name, identifier);
    switch (binding?.kind) {
      case 'parameter':
        return looksLikeClient(name)
          ? undefined
          : { ref: { local: functionName(binding.function, this.sourceFile) }, prefix: '', made: false };
      case 'import':
        return binding.importedName === '*' ||
          looksLikeClient(name) ||
          NOT_ROUTER_MODULES.includes(binding.module)
          ? undefined
          : { ref: { symbol: symbol(binding.module, binding.importedName, []) }, prefix: '', made: false };
      case 'variable': {
        const { declaration } = binding;
        if (this.variableRouters.has(declaration)) return this.variableRouters.get(declaration);
        const router = this.variableRouter(name, binding.initializer, hops);
        this.variableRouters.set(declaration, router);
        return router;
      }
      default:
        return undefined;
    }
  }

  private variableRouter(
    name: string,
    initializer: ts.Expression | undefined,
    hops: number,
  ): ResolvedRouter | undefined {
    if (!initializer) return undefined;
    const { base, calls } = this.chain(initializer);
    if (this.factory(base)) return this.made(name, base);
    if (!ts.isIdentifier(base)) return undefined;
    // `const api = app.basePath('/api')` is a router of its own; `const r = app.get(...)` is `app`.
    const prefixing = calls.some((call) =>
      PREFIXING_METHODS.has((unwrap(call.expression) as ts.PropertyAccessExpression).name.text),
    );
    if (prefixing) return { ref: { local: name }, prefix: '', made: true };
    return this.namedRouter(base, hops + 1);
  }

  /**
   * A router given to a mount: a router binding, an import, a module loaded in place
   * (`require('./orders')`, `import('./orders')`: its default export), a router handed over by a
   * call (`orders.routes()`, with `childCalls`), or with `functions`, a function of this file (a
   * Fastify plugin, also written inline).
   */
  child(
    node: ts.Expression,
    options: { childCalls?: readonly string[]; functions?: boolean },
  ): RouterRef | undefined {
    const inner = unwrapAwait(node);
    if (options.childCalls) {
      if (!ts.isCallExpression(inner)) return undefined;
      const callee = unwrap(inner.expression);
      if (!ts.isPropertyAccessExpression(callee) || !options.childCalls.includes(callee.name.text))
        return undefined;
      return this.router(callee.expression)?.ref;
    }
    const module = loadedModule(inner);
    if (module !== undefined) return { symbol: symbol(module, 'default', []) };
    // A plugin written in place, maybe wrapped: `register(async (app) => ...)`, `register(fp(async (app) => ...))`.
    const inline = options.functions && !ts.isIdentifier(inner) ? functionValue(inner) : undefined;
    if (inline) return { local: functionName(inline, this.sourceFile) };
    if (isFunction(inner)) return undefined;
    if (ts.isPropertyAccessExpression(inner)) {
      const imported = this.importedMember(inner);
      return imported && { symbol: imported };
    }
    if (!ts.isIdentifier(inner)) return undefined;
    const binding = this.scopes.lookup(inner.text, inner);
    if (binding?.kind === 'import') {
      return binding.importedName === '*'
        ? undefined
        : { symbol: symbol(binding.module, binding.importedName, []) };
    }
    // A parameter names the routes of its function only as the receiver; given, it is unknown.
    if (binding?.kind === 'parameter') return undefined;
    const router = this.router(inner);
    if (router) return router.ref;
    if (!options.functions) return undefined;
    if (binding?.kind === 'function') return { local: inner.text };
    if (binding?.kind === 'variable' && binding.initializer && functionValue(binding.initializer)) {
      return { local: inner.text };
    }
    return undefined;
  }

  /** A name another module exports, read through members: `orders.router` of `import * as orders`. */
  importedMember(node: ts.Expression): ImportedSymbol | undefined {
    const dotted = dottedName(node);
    const loaded = memberOfLoaded(unwrap(node));
    if (loaded) return loaded;
    if (dotted === undefined) return undefined;
    const [root, ...members] = dotted.split('.');
    const binding = this.scopes.lookup(root, node);
    if (binding?.kind !== 'import') return undefined;
    if (binding.importedName !== '*') return symbol(binding.module, binding.importedName, members);
    const [name, ...rest] = members;
    return name === undefined ? undefined : symbol(binding.module, name, rest);
  }

  /**
   * What a route's argument hands the request to: code of this file (`range`), a function another
   * file exports (`symbol`), `unresolved` for a handler named by something this file cannot follow
   * (a parameter), or undefined for an argument that is no handler (`auth()`, `{ schema }`).
   */
  handler(node: ts.Expression, hops = 0): HandlerArgument {
    const inner = unwrap(node);
    if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner))
      return { range: nodeRange(this.sourceFile, inner) };
    if (ts.isIdentifier(inner))
      return inner.text === 'undefined' ? undefined : (this.namedHandler(inner, hops) ?? 'unresolved');
    if (ts.isPropertyAccessExpression(inner)) return this.memberHandler(inner, hops) ?? 'unresolved';
    if (ts.isCallExpression(inner)) return this.wrappedHandler(inner, hops);
    return undefined;
  }

  /** The function of this file a handler argument is: written in place (maybe wrapped), or named. */
  handlerFunction(node: ts.Expression): ts.SignatureDeclaration | undefined {
    const inner = unwrap(node);
    const fn = functionValue(inner);
    if (fn || !ts.isIdentifier(inner)) return fn;
    const binding = this.scopes.lookup(inner.text, inner);
    if (binding?.kind === 'function') return binding.declaration;
    return binding?.kind === 'variable' && binding.initializer
      ? functionValue(binding.initializer)
      : undefined;
  }

  /** A function or a handler a name is bound to, here or in the module it is imported from. */
  private namedHandler(identifier: ts.Identifier, hops: number): HandlerRef | undefined {
    if (hops > MAX_HOPS) return undefined;
    const binding = this.scopes.lookup(identifier.text, identifier);
    switch (binding?.kind) {
      case 'function':
        return { range: nodeRange(this.sourceFile, binding.declaration) };
      case 'import':
        return binding.importedName === '*'
          ? undefined
          : { symbol: symbol(binding.module, binding.importedName, []) };
      case 'variable': {
        if (!binding.initializer) return undefined;
        const fn = functionValue(binding.initializer);
        if (fn) return { range: nodeRange(this.sourceFile, fn) };
        // `const getOrder = controller.getOrder`, `= catchAsync(getOrder)`: the handler they name.
        const initializer = unwrap(binding.initializer);
        const named =
          ts.isIdentifier(initializer) || ts.isPropertyAccessExpression(initializer)
            ? this.handler(initializer, hops + 1)
            : ts.isCallExpression(initializer)
              ? this.wrappedHandler(initializer, hops + 1)
              : undefined;
        return named === 'unresolved' ? undefined : named;
      }
      default:
        return undefined;
    }
  }

  /**
   * `controller.getOrder`: a member of an import (`{ module, name: 'controller', members: ['getOrder'] }`),
   * of an object literal or an instance of a class of this file, or a static method of one.
   */
  private memberHandler(access: ts.PropertyAccessExpression, hops: number): HandlerRef | undefined {
    const imported = this.importedMember(access);
    if (imported) return { symbol: imported };
    const object = unwrap(access.expression);
    if (!ts.isIdentifier(object) || hops > MAX_HOPS) return undefined;
    const member = access.name.text;
    const binding = this.scopes.lookup(object.text, object);
    if (binding?.kind === 'class') return this.classMember(binding.declaration, member);
    if (binding?.kind !== 'variable' || !binding.initializer) return undefined;
    const initializer = unwrap(binding.initializer);
    if (ts.isObjectLiteralExpression(initializer)) {
      const method = initializer.properties.find(
        (property) => ts.isMethodDeclaration(property) && propertyNameText(property.name) === member,
      );
      if (method) return { range: nodeRange(this.sourceFile, method) };
      const value = propertyValue(initializer, member);
      const named = value && this.handler(value, hops + 1);
      return named === 'unresolved' ? undefined : named;
    }
    // `const controller = new OrdersController()`: the class's method, here or where it is exported.
    if (ts.isNewExpression(initializer) && ts.isIdentifier(unwrap(initializer.expression))) {
      const className = unwrap(initializer.expression) as ts.Identifier;
      const classBinding = this.scopes.lookup(className.text, className);
      if (classBinding?.kind === 'class') return this.classMember(classBinding.declaration, member);
      if (classBinding?.kind === 'import' && classBinding.importedName !== '*') {
        return { symbol: symbol(classBinding.module, classBinding.importedName, [member]) };
      }
    }
    return undefined;
  }

  private classMember(declaration: ts.ClassDeclaration, name: string): HandlerRef | undefined {
    for (const member of declaration.members) {
      if (propertyNameText(member.name) !== name) continue;
      if (ts.isMethodDeclaration(member)) return { range: nodeRange(this.sourceFile, member) };
      const fn = ts.isPropertyDeclaration(member) && member.initializer && functionValue(member.initializer);
      if (fn) return { range: nodeRange(this.sourceFile, fn) };
    }
    return undefined;
  }

  /**
   * `asyncHandler(async (req, res) => ...)`, `catchAsync(getOrder)`, `getOrder.bind(controller)`:
   * the handler inside. A call whose arguments hold no function (`auth()`, `validate(schema)`) is
   * a middleware made there, not a handler this file can point at.
   */
  private wrappedHandler(call: ts.CallExpression, hops: number): HandlerArgument {
    const callee = unwrap(call.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'bind')
      return this.handler(callee.expression, hops);
    if (!ts.isIdentifier(callee) || hops > MAX_HOPS) return undefined;
    // Only a wrapper's name says that an imported name given to it is a handler: `validate(schema)` is no wrapper.
    const wraps = nameWords(callee.text).some((word) => HANDLER_WRAPPER_WORDS.includes(word));
    for (let i = call.arguments.length - 1; i >= 0; i--) {
      const argument = unwrap(call.arguments[i]);
      const handler = ts.isCallExpression(argument)
        ? this.wrappedHandler(argument, hops + 1)
        : isFunction(argument) || ts.isIdentifier(argument) || ts.isPropertyAccessExpression(argument)
          ? this.handler(argument, hops + 1)
          : undefined;
      // A range is always a function's: names resolve to functions, methods or what those name.
      if (handler && handler !== 'unresolved' && ('range' in handler || wraps)) return handler;
    }
    return undefined;
  }
}

function isFunction(node: ts.Node): node is ts.ArrowFunction | ts.FunctionExpression {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/** How deep wrapper calls are read for the function they wrap. */
const MAX_WRAPPER_DEPTH = 4;

/**
 * The function a value is: an arrow or function expression, or one wrapped by plain calls
 * (`withAuth(async (req) => ...)`, `fp(async (app) => ...)`), innermost; undefined for other values.
 * A method call (`items.map(x => ...)`, `app.get('/', h)`) wraps nothing.
 */
export function functionValue(
  node: ts.Expression,
  depth = 0,
): ts.ArrowFunction | ts.FunctionExpression | undefined {
  const inner = unwrap(node);
  if (isFunction(inner)) return inner;
  if (
    !ts.isCallExpression(inner) ||
    depth >= MAX_WRAPPER_DEPTH ||
    !ts.isIdentifier(unwrap(inner.expression))
  ) {
    return undefined;
  }
  for (let i = inner.arguments.length - 1; i >= 0; i--) {
    const fn = functionValue(inner.arguments[i], depth + 1);
    if (fn) return fn;
  }
  return undefined;
}

/** `require('./x').orders`: a member of a module loaded in place. */
function memberOfLoaded(node: ts.Expression): ImportedSymbol | undefined {
  const members: string[] = [];
  let current = node;
  while (ts.isPropertyAccessExpression(current)) {
    members.unshift(current.name.text);
    current = unwrap(current.expression);
  }
  const module = members.length > 0 ? loadedModule(current) : undefined;
  if (module === undefined) return undefined;
  const [name, ...rest] = members;
  return symbol(module, name, rest);
}

function symbol(module: string, name: string, members: string[]): ImportedSymbol {
  return { module, name, members };
}

function unwrapAwait(node: ts.Expression): ts.Expression {
  let inner = unwrap(node);
  while (ts.isAwaitExpression(inner)) inner = unwrap(inner.expression);
  return inner;
}

/** Whether a name is one an HTTP client or another look-alike goes by (`apiClient`, `axios`, `cache`). */
export function looksLikeClient(name: string): boolean {
  return nameWords(name).some((word) => NOT_ROUTER_WORDS.includes(word));
}

/** The outermost node of the chain `base` starts, climbing the calls that return the router (and `await`). */
export function chainTop(base: ts.Expression): ts.Expression {
  let node = outermostWrapper(base) as ts.Expression;
  for (;;) {
    const access = node.parent;
    if (ts.isAwaitExpression(access)) {
      node = outermostWrapper(access) as ts.Expression;
      continue;
    }
    if (!ts.isPropertyAccessExpression(access) || access.expression !== node) break;
    const call = access.parent;
    if (!ts.isCallExpression(call) || call.expression !== access || !CHAIN_METHODS.has(access.name.text))
      break;
    node = outermostWrapper(call) as ts.Expression;
  }
  return node;
}

/**
 * The name a chain starting at `base` is bound to: `app` of `const app = new Hono().basePath('/api')`,
 * `default` of `export default new Hono()`.
 */
export function chainBinding(base: ts.Expression): string | undefined {
  const top = chainTop(base);
  const parent = top.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === top && ts.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  return ts.isExportAssignment(parent) ? 'default' : undefined;
}
