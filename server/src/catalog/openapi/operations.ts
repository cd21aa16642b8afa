import type { CatalogNode } from '../catalogNode';
import { isValidStatus } from '../canonicalEntry';
import type { ApiDescription, ApiOperation, DocumentedResponse } from '../types';

type ExampleShape = NonNullable<ApiDescription['exampleShape']>;
import { exampleCodes } from './exampleCodes';
import { type Located, ReferenceResolver, stringOf, valueOf } from './references';
import type { CodeOccurrence } from './openApiEntries';
import { schemaCodes } from './schemaCodes';
import { extensionCodes } from './extensionCodes';

/** The methods a path item may hold (OpenAPI 3.0 and 3.1). */
const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The operations of `paths`, and every code their responses write, each with its status. */
export function readOperations(
  root: Located,
  resolver: ReferenceResolver,
  occurrences: CodeOccurrence[],
  shapes: ExampleShape[] = [],
): ApiOperation[] {
  const operations: ApiOperation[] = [];
  const paths = valueOf(root.node, 'paths');
  if (paths?.type !== 'object') return operations;
  for (const pathProperty of paths.properties) {
    if (!pathProperty.key.startsWith('/')) continue;
    const item = resolver.resolve(pathProperty.value && { node: pathProperty.value, uri: root.uri });
    if (item?.node.type !== 'object') continue;
    for (const methodProperty of item.node.properties) {
      const method = methodProperty.key.toLowerCase();
      if (!OPERATION_METHODS.includes(method) || methodProperty.value?.type !== 'object') continue;
      const operation = methodProperty.value;
      operations.push({
        method,
        path: pathProperty.key,
        uri: item.uri,
        pathRange: pathProperty.keyRange,
        methodRange: methodProperty.keyRange,
        summary: stringOf(operation, 'summary'),
        operationId: stringOf(operation, 'operationId'),
        responses: readResponses({ node: operation, uri: item.uri }, resolver, occurrences, shapes),
      });
    }
  }
  return operations;
}

function readResponses(
  operation: Located,
  resolver: ReferenceResolver,
  occurrences: CodeOccurrence[],
  shapes: ExampleShape[],
): DocumentedResponse[] {
  const responses = valueOf(operation.node, 'responses');
  if (responses?.type !== 'object') return [];
  // Codes an operation lists without a status (`x-error-codes` on the operation).
  occurrences.push(...extensionCodes(operation.node, operation.uri, undefined, undefined));
  return responses.properties.flatMap((property): DocumentedResponse[] => {
    const status = statusOfKey(property.key);
    if (status === undefined && !isRangeOrDefault(property.key)) return [];
    const response = resolver.resolve(property.value && { node: property.value, uri: operation.uri });
    const description = stringOf(response?.node, 'description');
    const found = response ? responseCodes(response, status, description, resolver, shapes) : [];
    occurrences.push(...found);
    return [
      {
        key: property.key,
        status,
        range: property.keyRange,
        description,
        codes: [...new Set(found.map((occurrence) => occurrence.code.value))],
      },
    ];
  });
}

/** The codes a response writes: in its examples, its own schema's `code` enum, `x-error-codes`. */
function responseCodes(
  response: Located,
  status: number | undefined,
  description: string | undefined,
  resolver: ReferenceResolver,
  shapes: ExampleShape[],
): CodeOccurrence[] {
  const found: CodeOccurrence[] = [];
  const content = valueOf(response.node, 'content');
  const media = content?.type === 'object' ? content.properties : [];
  for (const { key: mediaType, value: type } of media) {
    for (const body of exampleBodies(type, response.uri, resolver)) {
      for (const { code, message, codePath } of exampleCodes(body.node)) {
        found.push({ code, uri: body.uri, status, description, message });
        if (shapes.length === 0) shapes.push({ codePath, mediaType });
      }
    }
    const schema = valueOf(type, 'schema');
    // A schema shared by every response (`$ref: Error`) says nothing of this status's codes.
    if (schema && !ReferenceResolver.isReference(schema)) {
      for (const code of schemaCodes(schema)) found.push({ code, uri: response.uri, status, description });
    }
  }
  found.push(...extensionCodes(response.node, response.uri, status, description));
  return found;
}

/** The example bodies of a media type: `example`, each of `examples` (their `value`), the schema's. */
function exampleBodies(media: CatalogNode | undefined, uri: string, resolver: ReferenceResolver): Located[] {
  const bodies: Located[] = [];
  const example = valueOf(media, 'example');
  if (example) bodies.push({ node: example, uri });
  const examples = valueOf(media, 'examples');
  if (examples?.type === 'object') {
    for (const property of examples.properties) {
      const resolved = resolver.resolve(property.value && { node: property.value, uri });
      const value = valueOf(resolved?.node, 'value');
      if (resolved && value) bodies.push({ node: value, uri: resolved.uri });
    }
  }
  const schemaExample = valueOf(valueOf(media, 'schema'), 'example');
  if (schemaExample) bodies.push({ node: schemaExample, uri });
  return bodies;
}

/** `404`, `'404'`: the status; `4XX`, `default`: none. */
function statusOfKey(key: string): number | undefined {
  if (key.length !== 3 || ![...key].every((c) => c >= '0' && c <= '9')) return undefined;
  const status = Number(key);
  return isValidStatus(status) ? status : undefined;
}

function isRangeOrDefault(key: string): boolean {
  return (
    key === 'default' ||
    (key.length === 3 && key[0] >= '1' && key[0] <= '5' && key.slice(1).toUpperCase() === 'XX')
  );
}
