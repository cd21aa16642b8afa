import type { CatalogLoader, CatalogLoadResult, RelatedDocumentReader } from './types';
import { loadJsonCatalog } from './jsonCatalog';
import { loadMarkdownCatalog } from './markdownCatalog';
import { loadYamlCatalog } from './yamlCatalog';
import { catalogFormatOf, type CatalogFileFormat } from '../workspace/fileKinds';

/** Each format's loader. */
const LOADERS: Readonly<Record<CatalogFileFormat, CatalogLoader>> = {
  json: loadJsonCatalog,
  yaml: loadYamlCatalog,
  markdown: loadMarkdownCatalog,
};

/**
 * The loader for a catalog file, chosen by its name (`error-catalog.json`, `*.errors.yaml`, or any
 * file a `catalogFiles` glob names: its extension decides the format). Undefined for a format no
 * loader reads. Deciding WHICH files are catalogs is the caller's job (DEFAULT_CATALOG_GLOBS or the
 * user's globs): this only picks the parser.
 */
export function findCatalogLoader(relativePath: string): CatalogLoader | undefined {
  const format = catalogFormatOf(relativePath);
  return format && LOADERS[format];
}

/** Loads one catalog document with the loader its name calls for; undefined when none applies. */
export function loadCatalogDocument(
  relativePath: string,
  uri: string,
  text: string,
  related?: RelatedDocumentReader,
): CatalogLoadResult | undefined {
  return findCatalogLoader(relativePath)?.(text, uri, related);
}
