import type { Range } from 'vscode-languageserver-types';
import type { RouteDeclaration, RouteMethod, RouteMount, RouterRef, SourceRoutes } from './routeTypes';

/** What the route idioms found in a file so far, assembled into its `SourceRoutes` at the end. */
export class RouteFindings {
  readonly routes: RouteDeclaration[] = [];
  readonly mounts: RouteMount[] = [];
  /**
   * Mounts by a setup call (`registerRoutes(app)`), kept only where the file shows both sides are
   * routers: a local function that declares routes on its parameter, a parent made by a factory or
   * given routes here. A call of any function with any parameter is not a mount.
   */
  readonly setupMounts: { mount: RouteMount; parentUsed: boolean; childUsed: boolean }[] = [];
  readonly ownPrefixes = new Map<string, string>();
  globalPrefix: string | undefined;
  readonly methodBranches: { method: RouteMethod; range: Range }[] = [];

  /** Whether routes or mounts are declared on this router of the file. */
  routesOn(router: RouterRef): boolean {
    return (
      this.routes.some((route) => sameRouter(route.router, router)) ||
      this.mounts.some((mount) => sameRouter(mount.parent, router))
    );
  }

  /**
   * The file's routes, or undefined when it declares none and exports no function another file's
   * route could name as its handler.
   */
  result(functions: Record<string, Range>, exportsFunctions: boolean): SourceRoutes | undefined {
    const mounts = [
      ...this.mounts,
      ...this.setupMounts
        .filter(
          ({ mount, parentUsed, childUsed }) =>
            (!parentUsed || this.routesOn(mount.parent)) && (!childUsed || this.routesOn(mount.child)),
        )
        .map(({ mount }) => mount),
    ];
    const declaresRoutes =
      this.routes.length > 0 ||
      mounts.length > 0 ||
      this.ownPrefixes.size > 0 ||
      this.globalPrefix !== undefined ||
      this.methodBranches.length > 0;
    if (!declaresRoutes && !exportsFunctions) return undefined;
    const result: SourceRoutes = {
      routes: [...this.routes].sort(byStart),
      mounts: mounts.sort(byStart),
    };
    if (this.ownPrefixes.size > 0) {
      // Without a prototype, a router named `constructor` reads as itself and no other name reads as one.
      const prefixes: Record<string, string> = Object.create(null);
      for (const [name, prefix] of this.ownPrefixes) prefixes[name] = prefix;
      result.ownPrefixes = prefixes;
    }
    if (this.globalPrefix !== undefined) result.globalPrefix = this.globalPrefix;
    if (Object.keys(functions).length > 0) result.functions = functions;
    if (this.methodBranches.length > 0) result.methodBranches = [...this.methodBranches].sort(byStart);
    return result;
  }
}

function sameRouter(a: RouterRef, b: RouterRef): boolean {
  if ('local' in a || 'local' in b) return 'local' in a && 'local' in b && a.local === b.local;
  return (
    a.symbol.module === b.symbol.module &&
    a.symbol.name === b.symbol.name &&
    a.symbol.members.join('.') === b.symbol.members.join('.')
  );
}

function byStart(a: { range: Range }, b: { range: Range }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
