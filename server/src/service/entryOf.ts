import { standardsOfStyle } from '../analysis/envelopes';
import type { CodeReference } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import { lookupStandard } from '../catalog/standards';
import type { CatalogEntry } from '../catalog/types';

/**
 * The catalog entry a reference's code stands for: the API's own catalog first, then the
 * vocabulary its envelope style speaks (`{ error: 'invalid_request', error_description }` is
 * OAuth 2.0), so a code a standard defines is known where the API sends it in that standard's body.
 */
export function entryOf(
  catalog: Catalog,
  reference: Pick<CodeReference, 'code' | 'style'>,
): CatalogEntry | undefined {
  const own = catalog.lookup(reference.code);
  if (own) return own;
  return lookupStandard(standardsOfStyle(reference.style), reference.code);
}
