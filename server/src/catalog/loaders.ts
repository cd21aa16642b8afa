import type { CatalogLoader, CatalogLoadResult } from './types';
import { loadJsonCatalog } from './jsonCatalog';
import { loadMarkdownCatalog } from './markdownCatalog';
import { loadYamlCatalog } from './yamlCatalog';

/**
 * Where catalogs are found when `errorCatalog.catalogFiles` is empty: globs relative to a workspace
 * folder, in picomatch syntax. The caller also skips node_modules, .git, dist, build and out.
 */
export const DEFAULT_CATALOG_GLOBS: readonly string[] = [
  '**/error-catalog.json',
  '**/*.errors.json',
  '**/error-catalog.{yaml,yml}',
  '**/*.errors.{yaml,yml}',
  '**/errors.md',
  '**/error-codes.md',
  '**/docs/**/errors*.md',
  '**/docs/**/error-codes*.md',
];

/** Each format's loader, chosen by how the file name ends. */
const LOADERS_BY_SUFFIX: ReadonlyArray<{ suffix: string; loader: CatalogLoader }> = [
  { suffix: '.json', loader: loadJsonCatalog },
  { suffix: '.yaml', loader: loadYamlCatalog },
  { suffix: '.yml', loader: loadYamlCatalog },
  { suffix: '.md', loader: loadMarkdownCatalog },
  { suffix: '.markdown', loader: loadMarkdownCatalog },
];

/**
 * The loader for a catalog file, chosen by its name (`error-catalog.json`, `*.errors.yaml`, or any
 * file a `catalogFiles` glob names: its extension decides the format). Undefined for a format no
 * loader reads. Deciding WHICH files are catalogs is the caller's job (DEFAULT_CATALOG_GLOBS or the
 * user's globs): this only picks the parser.
 */
export function findCatalogLoader(relativePath: string): CatalogLoader | undefined {
  const name = baseName(relativePath).toLowerCase();
  return LOADERS_BY_SUFFIX.find(({ suffix }) => name.endsWith(suffix) && name.length > suffix.length)?.loader;
}

/** Loads one catalog document with the loader its name calls for; undefined when none applies. */
export function loadCatalogDocument(
  relativePath: string,
  uri: string,
  text: string,
): CatalogLoadResult | undefined {
  return findCatalogLoader(relativePath)?.(text, uri);
}

function baseName(path: string): string {
  const normalized = path.replace(/\\/g, '/');
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}
