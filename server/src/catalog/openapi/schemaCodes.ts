import type { CatalogNode, StringNode } from '../catalogNode';
import { isCodeLike } from './exampleCodes';
import { valueOf } from './references';

/** Property names whose `enum` (or `const`) lists error codes. */
const CODE_PROPERTIES = ['code', 'error_code', 'errorCode'];
/** Properties an error body nests its code under (`error.code`, `errors[].code`). */
const NESTING_PROPERTIES = ['error', 'errors', 'extensions', 'sys'];
/** Schema keywords that combine schemas written in place. */
const COMBINERS = ['allOf', 'oneOf', 'anyOf'];
/** No error schema nests deeper; the bound keeps a hostile document from recursing far. */
const MAX_DEPTH = 8;

/**
 * The codes a schema written in place lists: the `enum` or `const` of its `code` property, at the
 * top or under `error`, `errors[]` (`items`) or `extensions`, through `allOf`/`oneOf`/`anyOf`.
 * `$ref`s are not followed: the caller decides which shared schemas count.
 */
export function schemaCodes(schema: CatalogNode, depth = 0): StringNode[] {
  if (schema.type !== 'object' || depth > MAX_DEPTH) return [];
  const codes: StringNode[] = [];
  for (const combiner of COMBINERS) {
    const parts = valueOf(schema, combiner);
    if (parts?.type === 'array') for (const part of parts.items) codes.push(...schemaCodes(part, depth + 1));
  }
  const items = valueOf(schema, 'items');
  if (items) codes.push(...schemaCodes(items, depth + 1));
  const properties = valueOf(schema, 'properties');
  if (properties?.type !== 'object') return codes;
  for (const property of properties.properties) {
    if (!property.value) continue;
    if (CODE_PROPERTIES.includes(property.key)) codes.push(...enumerated(property.value));
    else if (NESTING_PROPERTIES.includes(property.key)) codes.push(...schemaCodes(property.value, depth + 1));
  }
  return codes;
}

function enumerated(schema: CatalogNode): StringNode[] {
  const values = valueOf(schema, 'enum');
  const constant = valueOf(schema, 'const');
  const nodes = values?.type === 'array' ? values.items : constant ? [constant] : [];
  return nodes.filter(isCodeLike);
}
