import type { CatalogNode } from '../catalogNode';
import type { ApiDescription, CatalogLoadResult, CatalogProblem, RelatedDocumentReader } from '../types';
import { makeProblem, ProblemCodes } from '../problems';
import { entriesOf, type CodeOccurrence } from './openApiEntries';
import { readOperations } from './operations';
import { ReferenceResolver, valueOf } from './references';
import { schemaCodes } from './schemaCodes';
import { extensionCodes } from './extensionCodes';
import { basePathsOf } from './servers';

/**
 * Whether a parsed JSON or YAML document is an OpenAPI (or Swagger) description rather than a
 * canonical catalog: its root states the version it follows, or (a document whose version a
 * server adds when it serves it) it has `paths` beside `info` or `components`.
 */
export function isOpenApiRoot(root: CatalogNode): boolean {
  if (valueOf(root, 'openapi')?.type === 'string' || valueOf(root, 'swagger')?.type === 'string') return true;
  const paths = valueOf(root, 'paths');
  return (
    paths?.type === 'object' &&
    valueOf(root, 'errors') === undefined &&
    (valueOf(root, 'info') !== undefined || valueOf(root, 'components') !== undefined)
  );
}

/**
 * Reads an OpenAPI 3.0 or 3.1 document as a catalog: its codes (response examples under a
 * status, the `code` enums of its schemas, `x-error-codes`), and its operations with the responses
 * each documents, for the routes in source to be checked against.
 */
export function readOpenApiDocument(
  root: CatalogNode,
  uri: string,
  related: RelatedDocumentReader | undefined,
): Omit<CatalogLoadResult, 'parsed'> {
  const problems: CatalogProblem[] = [];
  const version = valueOf(root, 'openapi');
  const swagger = valueOf(root, 'swagger');
  const unsupported = version
    ? version.type !== 'string' || !version.value.startsWith('3.')
    : swagger !== undefined;
  if (unsupported) {
    const found = version?.type === 'string' ? `OpenAPI ${version.value}` : 'Swagger 2.0';
    const message = `${found} is not read: Error Catalog reads OpenAPI 3.0 and 3.1 documents.`;
    const at = (version ?? swagger ?? root).range;
    return {
      entries: [],
      problems: [makeProblem(ProblemCodes.unsupportedOpenApi, message, at, 'warning')],
      kind: 'codes',
    };
  }
  const resolver = new ReferenceResolver(root, uri, problems, related);
  const occurrences: CodeOccurrence[] = [];
  const shapes: NonNullable<ApiDescription['exampleShape']>[] = [];
  const operations = readOperations({ node: root, uri }, resolver, occurrences, shapes);
  occurrences.push(...sharedCodes(root, uri));
  const api: ApiDescription = { operations, basePaths: basePathsOf(root) };
  if (shapes[0]) api.exampleShape = shapes[0];
  if (valueOf(root, 'servers') === undefined) api.serverless = true;
  return { entries: entriesOf(occurrences), problems, kind: 'codes', api };
}

/** Codes the document lists apart from any response: its schemas' enums, its root's `x-error-codes`. */
function sharedCodes(root: CatalogNode, uri: string): CodeOccurrence[] {
  const found: CodeOccurrence[] = extensionCodes(root, uri, undefined, undefined);
  const schemas = valueOf(valueOf(root, 'components'), 'schemas');
  if (schemas?.type !== 'object') return found;
  for (const property of schemas.properties) {
    if (property.value) for (const code of schemaCodes(property.value)) found.push({ code, uri });
  }
  return found;
}
