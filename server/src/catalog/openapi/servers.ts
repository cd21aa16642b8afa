import type { CatalogNode } from '../catalogNode';
import { stringOf, valueOf } from './references';

/**
 * The path each of the document's `servers` puts before its paths: `/v1` of
 * `https://api.example.com/v1`, `/api` of `/api`, with server variables at their defaults
 * (`{basePath}`). `['']` when no server names a path.
 */
export function basePathsOf(root: CatalogNode): string[] {
  const servers = valueOf(root, 'servers');
  const paths = new Set<string>();
  if (servers?.type === 'array') {
    for (const server of servers.items) {
      const url = stringOf(server, 'url');
      if (url !== undefined) paths.add(pathOfUrl(withDefaults(url, valueOf(server, 'variables'))));
    }
  }
  return paths.size > 0 ? [...paths] : [''];
}

function withDefaults(url: string, variables: CatalogNode | undefined): string {
  let result = '';
  for (let at = 0; at < url.length;) {
    const open = url.indexOf('{', at);
    const close = open < 0 ? -1 : url.indexOf('}', open);
    if (open < 0 || close < 0) {
      result += url.slice(at);
      break;
    }
    result +=
      url.slice(at, open) + (stringOf(valueOf(variables, url.slice(open + 1, close)), 'default') ?? '');
    at = close + 1;
  }
  return result;
}

/** The path of a server url, without a trailing slash: `''` for a bare host. */
function pathOfUrl(url: string): string {
  const scheme = url.indexOf('://');
  const afterHost = scheme < 0 ? (url.startsWith('/') ? 0 : url.indexOf('/')) : url.indexOf('/', scheme + 3);
  if (afterHost < 0) return '';
  let path = url.slice(afterHost).split(/[?#]/)[0];
  while (path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
