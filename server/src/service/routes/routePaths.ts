/**
 * Paths of routes and of OpenAPI operations, compared by segments: a parameter matches a
 * parameter however each framework writes it (`:id`, `:id?`, `:id{[0-9]+}`, `[id]`, `{id}`), and
 * a catch-all (`*`, `[...slug]`) any rest of the path.
 */

/** One segment of a path: its text, a parameter, or the rest of the path. */
type Segment = { text: string } | 'parameter' | 'rest';

/** Joins a prefix and a route's path as a router does: one slash between, none at the end. */
export function joinPaths(...parts: string[]): string {
  const segments = parts.flatMap((part) => part.split('/')).filter((segment) => segment !== '');
  return `/${segments.join('/')}`;
}

function segmentsOf(path: string): Segment[] {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment): Segment => {
      if (
        segment === '*' ||
        segment.startsWith('[...') ||
        segment.startsWith('[[...') ||
        segment.startsWith('*')
      )
        return 'rest';
      if (segment.startsWith(':') || segment.startsWith('[') || segment.includes('{')) return 'parameter';
      return { text: segment };
    });
}

/** Whether a route's full path and an operation's path name the same resource. */
export function pathsMatch(routePath: string, operationPath: string): boolean {
  const route = segmentsOf(routePath);
  const operation = segmentsOf(operationPath);
  for (let i = 0; i < route.length; i++) {
    const segment = route[i];
    if (segment === 'rest') return operation.length >= i;
    const other = operation[i];
    if (other === undefined) return false;
    if (segment === 'parameter' || other === 'parameter' || other === 'rest') {
      if (other === 'rest') return true;
      if (segment === 'parameter' && other === 'parameter') continue;
      return false;
    }
    if (segment.text !== other.text) return false;
  }
  return route.length === operation.length;
}
