import type { HandlerRef, RouteDeclaration, RouterRef, SourceRoutes } from '../analysis/routeTypes';
import type { ImportedSymbol, SourceModel } from '../analysis/types';
import type { LinkedRoute, Place } from '../service/routes/linkedRoute';
import { joinPaths } from '../service/routes/routePaths';
import { rangeWithin } from '../service/positions';
import { fileRoutePath } from './fileRoutes';

/** How routes in one file reach what other files export. */
interface RouteSources {
  /** The file and local name an import is bound to. */
  bindingOf(
    fromUri: string,
    symbol: ImportedSymbol,
  ): { uri: string; local: string; members: string[] } | undefined;
  /** A file's model, analysed on demand when no index holds it. */
  modelOf(uri: string): SourceModel | undefined;
}

/** A router mounted into another: the parent's key and the prefix. */
interface MountEdge {
  parent: string;
  prefix: string;
}

/** Routers nest a few levels in real servers; a deeper chain or a cycle ends here. */
const MAX_MOUNT_DEPTH = 12;
/** A router mounted in many places serves many paths; past this many, the rest add nothing to check. */
const MAX_PATHS_PER_ROUTER = 16;

/**
 * Links the routes of every file into the workspace's route table: each route's full paths
 * (through `app.use('/prefix', router)`, `register(plugin, { prefix })`, a router's own prefix and
 * Nest's global prefix, across imports), and where its handlers are written.
 */
export function linkRoutes(models: Iterable<SourceModel>, sources: RouteSources): LinkedRoute[] {
  const withRoutes = [...models].filter(
    (model): model is SourceModel & { routes: SourceRoutes } => !!model.routes,
  );
  const keys = new RouterKeys(sources);
  const mounts = new Map<string, MountEdge[]>();
  const ownPrefixes = new Map<string, string>();
  const mountedOnly = new Set<string>();
  let globalPrefix = '';
  for (const model of withRoutes) {
    const { routes } = model;
    for (const mount of routes.mounts) {
      const child = keys.of(model.uri, mount.child);
      const edges = mounts.get(child) ?? [];
      edges.push({ parent: keys.of(model.uri, mount.parent), prefix: mount.prefix });
      mounts.set(child, edges);
    }
    for (const [local, prefix] of Object.entries(routes.ownPrefixes ?? {})) {
      ownPrefixes.set(keys.of(model.uri, { local }), prefix);
    }
    for (const local of routes.mountedOnly ?? []) mountedOnly.add(keys.of(model.uri, { local }));
    if (routes.globalPrefix) globalPrefix = routes.globalPrefix;
  }
  const prefixes = new PrefixTable(mounts, ownPrefixes, mountedOnly);
  const linked: LinkedRoute[] = [];
  for (const model of withRoutes) {
    for (const declaration of model.routes.routes) {
      const paths = routePaths(model.uri, declaration, keys, prefixes, globalPrefix);
      if (paths.length === 0) continue;
      const handlers = declaration.handlers.flatMap((handler) => handlerPlaces(model.uri, handler, sources));
      const route: LinkedRoute = { uri: model.uri, declaration, paths, handlers };
      if (declaration.method === 'all') {
        const branches = methodBranchesIn(handlers, sources);
        if (branches.length > 0) route.methodBranches = branches;
      }
      linked.push(route);
    }
  }
  return linked;
}

function routePaths(
  uri: string,
  declaration: RouteDeclaration,
  keys: RouterKeys,
  prefixes: PrefixTable,
  globalPrefix: string,
): string[] {
  if (declaration.fileRouted) {
    const path = fileRoutePath(uri, declaration.method === 'all');
    return path === undefined ? [] : [path];
  }
  if (declaration.framework.startsWith('nest')) return [joinPaths(globalPrefix, declaration.path)];
  return prefixes.of(keys.of(uri, declaration.router)).map((prefix) => joinPaths(prefix, declaration.path));
}

/** Names each router once across files: the file and local binding it is declared as. */
class RouterKeys {
  constructor(private readonly sources: RouteSources) {}

  of(uri: string, ref: RouterRef): string {
    if ('local' in ref) return `${uri}#${ref.local}`;
    const binding = this.sources.bindingOf(uri, ref.symbol);
    if (!binding) return `${uri}#?${ref.symbol.module}#${ref.symbol.name}`;
    return `${binding.uri}#${[binding.local, ...binding.members].join('.')}`;
  }
}

/** Every prefix a router is served under: its mounts' prefixes, each after its parent's. */
class PrefixTable {
  private readonly cache = new Map<string, string[]>();

  constructor(
    private readonly mounts: ReadonlyMap<string, MountEdge[]>,
    private readonly own: ReadonlyMap<string, string>,
    private readonly mountedOnly: ReadonlySet<string>,
  ) {}

  of(key: string, depth = 0, visiting = new Set<string>()): string[] {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const own = this.own.get(key) ?? '';
    const edges = this.mounts.get(key) ?? [];
    const found = new Set<string>();
    visiting.add(key);
    for (const edge of edges) {
      if (visiting.has(edge.parent) || depth >= MAX_MOUNT_DEPTH) continue;
      for (const parent of this.of(edge.parent, depth + 1, visiting)) {
        if (found.size < MAX_PATHS_PER_ROUTER) found.add(joinPaths(parent, edge.prefix, own));
      }
    }
    visiting.delete(key);
    // A router no mount is found for: the application itself serves from the root; a router that
    // only serves once mounted (mounted in a way not followed) is at no known path.
    const unmounted = this.mountedOnly.has(key) ? [] : [joinPaths(own)];
    const prefixes = found.size > 0 ? [...found] : unmounted;
    if (depth === 0) this.cache.set(key, prefixes);
    return prefixes;
  }
}

function handlerPlaces(uri: string, handler: HandlerRef, sources: RouteSources): Place[] {
  if ('range' in handler) return [{ uri, range: handler.range }];
  const binding = sources.bindingOf(uri, handler.symbol);
  if (!binding) return [];
  const functions = sources.modelOf(binding.uri)?.routes?.functions;
  const range = functions?.[[binding.local, ...binding.members].join('.')];
  return range ? [{ uri: binding.uri, range }] : [];
}

/** The method branches (`if (req.method === 'POST')`) written inside a handler of every method. */
function methodBranchesIn(
  handlers: Place[],
  sources: RouteSources,
): NonNullable<LinkedRoute['methodBranches']> {
  const branches: NonNullable<LinkedRoute['methodBranches']> = [];
  for (const handler of handlers) {
    for (const branch of sources.modelOf(handler.uri)?.routes?.methodBranches ?? []) {
      if (rangeWithin(handler.range, branch.range)) {
        branches.push({ method: branch.method, place: { uri: handler.uri, range: branch.range } });
      }
    }
  }
  return branches;
}
