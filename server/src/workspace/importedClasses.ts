import type { CodeReference, SourceModel } from '../analysis/types';

/** How a relative import may be written for a source file: with or without extension, or a folder's index. */
const CANDIDATE_SUFFIXES = [
  '',
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '/index.ts',
  '/index.js',
];

/**
 * Turns `new ForbiddenError()` of a class imported from another workspace file into references:
 * the analyser sees one file at a time, so only the workspace can follow the import to the
 * `createError(...)` call that defines the class.
 */
export function resolveImportedClasses(
  model: SourceModel,
  modelOf: (uri: string) => SourceModel | undefined,
): CodeReference[] {
  const references: CodeReference[] = [];
  for (const use of model.importedClassUses ?? []) {
    if (!use.module.startsWith('.')) continue; // package imports lie outside the workspace's sources
    const target = importedModel(model.uri, use.module, modelOf);
    const definition = target?.definitions.find(
      (d) =>
        d.exported &&
        d.className !== undefined &&
        (use.importedName === 'default' || d.className === use.importedName),
    );
    if (!definition) continue;
    references.push({
      code: definition.code,
      range: use.range,
      style: definition.definer ?? 'class',
      kind: 'class',
    });
  }
  return references;
}

/** The model of the file an import names, trying each way the import may be written. */
function importedModel(
  fromUri: string,
  module: string,
  modelOf: (uri: string) => SourceModel | undefined,
): SourceModel | undefined {
  const base = fromUri.slice(0, fromUri.lastIndexOf('/'));
  const joined = normalize(`${base}/${module}`);
  // TypeScript's ESM style imports './errors.js' for the source file './errors.ts'.
  const withoutJs = joined.replace(/\.(m|c)?js$/, '');
  for (const stem of withoutJs === joined ? [joined] : [joined, withoutJs]) {
    for (const suffix of CANDIDATE_SUFFIXES) {
      const found = modelOf(stem + suffix);
      if (found) return found;
    }
  }
  return undefined;
}

/** Resolves `.` and `..` segments of a URI path. */
function normalize(uri: string): string {
  const schemeEnd = uri.indexOf('://') + 3;
  const prefix = uri.slice(0, schemeEnd);
  const segments: string[] = [];
  for (const segment of uri.slice(schemeEnd).split('/')) {
    if (segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return prefix + segments.join('/');
}
