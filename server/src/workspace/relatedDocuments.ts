import type { RelatedDocumentReader } from '../catalog/types';
import type { WorkspaceHost } from './host';
import { MAX_CATALOG_BYTES } from './fileLimits';
import { uriToPath } from './paths';

/**
 * How a catalog reads the documents it refers to (an OpenAPI `$ref: ./responses.yaml`): through the
 * host's synchronous view, only inside `root` (a `$ref` that climbs out of the workspace reads
 * nothing), and only files below the catalog size bound. Undefined when the host has no
 * synchronous view: references to other files then resolve to nothing.
 */
export function relatedDocumentReader(host: WorkspaceHost, root: string): RelatedDocumentReader | undefined {
  const sync = host.sync;
  if (!sync) return undefined;
  const inside = root.endsWith('/') ? root : `${root}/`;
  return (uri) => {
    if (!uri.startsWith('file:')) return undefined;
    const path = uriToPath(uri);
    return path.startsWith(inside) ? sync.readFile(path, MAX_CATALOG_BYTES) : undefined;
  };
}
