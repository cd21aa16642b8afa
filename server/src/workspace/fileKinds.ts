/**
 * Which files the extension reads, and what each one is: the single list of source extensions,
 * of catalog names, formats and globs, and how a URI's file name is read. It imports nothing, so
 * the client, the CLI and every layer of the server share it without pulling in Node or a URI
 * library. package.json repeats the catalog globs and names literally (VS Code reads them before
 * any code runs); test/unit/package/fileKinds.test.ts keeps the two equal.
 */

/** How the parser reads a source file. */
export type SourceDialect = 'ts' | 'tsx' | 'js' | 'jsx';

/** Extensions of the documents the analyser reads, each with its dialect. */
const SOURCE_FILES: ReadonlyArray<readonly [extension: string, dialect: SourceDialect]> = [
  ['.ts', 'ts'],
  ['.tsx', 'tsx'],
  ['.js', 'js'],
  ['.jsx', 'jsx'],
  ['.mts', 'ts'],
  ['.cts', 'ts'],
  ['.mjs', 'js'],
  ['.cjs', 'js'],
];

/** Declaration files hold no code: never analysed, though they end in `.ts`. */
const DECLARATION_SUFFIX = '.d.ts';

/** The source files as one glob, for file watchers: `*.{ts,tsx,js,jsx,mts,cts,mjs,cjs}` in every folder. */
export const SOURCE_GLOB = `**/*.{${SOURCE_FILES.map(([extension]) => extension.slice(1)).join(',')}}`;

/** The source extension `path` ends with (`.mts` for `a.mts`, not `.ts`); case matters. */
export function sourceExtensionOf(path: string): string | undefined {
  let found: string | undefined;
  for (const [extension] of SOURCE_FILES) {
    if (path.endsWith(extension) && extension.length > (found?.length ?? 0)) found = extension;
  }
  return found;
}

/** The dialect of a source file by its extension, case aside; undefined for any other file. */
export function sourceDialectOf(path: string): SourceDialect | undefined {
  const extension = sourceExtensionOf(path.toLowerCase());
  return SOURCE_FILES.find(([candidate]) => candidate === extension)?.[1];
}

/** Whether the analyser reads the file: a source extension, and not a `.d.ts`. */
export function isSourcePath(path: string): boolean {
  return !path.endsWith(DECLARATION_SUFFIX) && sourceExtensionOf(path) !== undefined;
}

/** The formats a catalog file is read in, chosen by its extension. */
export type CatalogFileFormat = 'json' | 'yaml' | 'markdown';

/** Extensions (without the dot) of each catalog format. */
const CATALOG_EXTENSIONS: Readonly<Record<CatalogFileFormat, readonly string[]>> = {
  json: ['json'],
  yaml: ['yaml', 'yml'],
  markdown: ['md', 'markdown'],
};

/** The formats a catalog is written in (Markdown documentation is read, never written). */
const CANONICAL_FORMATS = ['json', 'yaml'] as const;

/** Canonical catalog names without their extension: `error-catalog.json`, `billing.errors.yaml`. */
const CANONICAL_STEMS = ['error-catalog', '*.errors'];

/** OpenAPI documents read as catalogs: `openapi.yaml`, `api/openapi.json`, `orders.openapi.yml`. */
const OPENAPI_STEMS = ['openapi', '*.openapi'];

/** Documentation read as a catalog unless configured otherwise: `errors.md`, `docs/api/error-codes-v2.md`. */
const DOCUMENTATION_STEMS = ['errors', 'error-codes'];

/**
 * The canonical catalog names of each format, as VS Code's `jsonValidation` and `yamlValidation`
 * write them in package.json: `error-catalog.json`, `*.errors.json`; `error-catalog.yaml`, …
 */
export const CANONICAL_CATALOG_NAMES: Readonly<
  Record<(typeof CANONICAL_FORMATS)[number], readonly string[]>
> = {
  json: canonicalNames('json'),
  yaml: canonicalNames('yaml'),
};

function canonicalNames(format: (typeof CANONICAL_FORMATS)[number]): string[] {
  return CANONICAL_STEMS.flatMap((stem) =>
    CATALOG_EXTENSIONS[format].map((extension) => `${stem}.${extension}`),
  );
}

/**
 * Where catalogs are found when `errorCatalog.catalogFiles` is empty: globs relative to a workspace
 * folder, in picomatch syntax. The caller also skips node_modules, .git, dist, build and out.
 * In every folder `error-catalog.{json,yaml,yml}`, `*.errors.{json,yaml,yml}`,
 * `openapi.{json,yaml,yml}`, `*.openapi.{json,yaml,yml}` and `{errors,error-codes}.md`, and
 * `{errors,error-codes}*.md` anywhere under a `docs` folder.
 * package.json's `workspaceContains` activation events list the same globs.
 */
export const DEFAULT_CATALOG_GLOBS: readonly string[] = [
  ...[...CANONICAL_STEMS, ...OPENAPI_STEMS].map(
    (stem) => `**/${stem}.{${CANONICAL_FORMATS.flatMap((format) => CATALOG_EXTENSIONS[format]).join(',')}}`,
  ),
  `**/{${DOCUMENTATION_STEMS.join(',')}}.md`,
  `**/docs/**/{${DOCUMENTATION_STEMS.join(',')}}*.md`,
];

/**
 * The format a catalog file is read in, by the extension of its name (`error-catalog.json`,
 * `Billing.Errors.YML`, `docs\errors.md`), case aside. Undefined for another extension, or a name
 * that is only an extension (`.json`). Which files ARE catalogs is for the globs to say.
 */
export function catalogFormatOf(path: string): CatalogFileFormat | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  for (const [format, extensions] of Object.entries(CATALOG_EXTENSIONS) as [CatalogFileFormat, string[]][]) {
    if (extensions.some((extension) => name.endsWith(`.${extension}`) && name.length > extension.length + 1))
      return format;
  }
  return undefined;
}

/** The decoded last segment of a URI, query and fragment aside: `error-catalog.json`, for messages and titles. */
export function fileNameOf(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
