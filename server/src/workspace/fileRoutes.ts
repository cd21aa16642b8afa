import { uriToPath } from './paths';

/** The extensions a route file may have, longest first. */
const ROUTE_EXTENSIONS = ['.tsx', '.jsx', '.mts', '.mjs', '.ts', '.js'];

/**
 * The path a file serves under Next.js's file routing, in its own syntax (`/api/orders/[id]`), or
 * undefined for a file that is not a route:
 * - app router: `app/.../route.ts`, without route groups (`(shop)`) and parallel slots (`@modal`),
 *   and never a private folder (`_lib`);
 * - pages router (`pagesApi`): `pages/api/...`, `index` naming its folder.
 */
export function fileRoutePath(uri: string, pagesApi: boolean): string | undefined {
  const segments = uriToPath(uri).split('/');
  const file = segments[segments.length - 1];
  const extension = ROUTE_EXTENSIONS.find((candidate) => file.endsWith(candidate));
  if (!extension) return undefined;
  const stem = file.slice(0, -extension.length);
  if (pagesApi) {
    const pages = segments.lastIndexOf('pages');
    if (pages < 0 || segments[pages + 1] !== 'api') return undefined;
    const rest = [...segments.slice(pages + 1, -1), ...(stem === 'index' ? [] : [stem])];
    return `/${rest.join('/')}`;
  }
  if (stem !== 'route') return undefined;
  const app = segments.lastIndexOf('app');
  if (app < 0) return undefined;
  const folders = segments.slice(app + 1, -1);
  if (folders.some((folder) => folder.startsWith('_'))) return undefined;
  const kept = folders.filter(
    (folder) => !(folder.startsWith('(') && folder.endsWith(')')) && !folder.startsWith('@'),
  );
  return `/${kept.join('/')}`;
}
