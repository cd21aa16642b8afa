import type { CatalogNode } from '../catalogNode';
import { isCodeLike } from './exampleCodes';
import type { CodeOccurrence } from './openApiEntries';
import { stringOf, valueOf } from './references';

/** The extension fields a document may list its error codes in. */
const CODE_EXTENSIONS = ['x-error-codes', 'x-errors'];

/**
 * Codes listed in an extension field of `node`: a list of codes (`[NOT_FOUND]`), of objects
 * (`[{ code, description }]`), or a map from code to description or to an object.
 */
export function extensionCodes(
  node: CatalogNode,
  uri: string,
  status: number | undefined,
  description: string | undefined,
): CodeOccurrence[] {
  const found: CodeOccurrence[] = [];
  for (const name of CODE_EXTENSIONS) {
    const list = valueOf(node, name);
    if (list?.type === 'array') {
      for (const item of list.items) {
        const code = item.type === 'object' ? valueOf(item, 'code') : item;
        if (code && isCodeLike(code)) {
          const own = item.type === 'object' ? stringOf(item, 'description') : undefined;
          found.push({ code, uri, status: statusIn(item) ?? status, description: own ?? description });
        }
      }
    } else if (list?.type === 'object') {
      for (const property of list.properties) {
        const value = property.value;
        const own = value?.type === 'string' ? value.value : stringOf(value, 'description');
        const code = {
          type: 'string' as const,
          value: property.key,
          range: property.keyRange,
          contentRange: property.keyRange,
        };
        if (isCodeLike(code))
          found.push({ code, uri, status: statusIn(value) ?? status, description: own ?? description });
      }
    }
  }
  return found;
}

function statusIn(node: CatalogNode | undefined): number | undefined {
  const status = valueOf(node, 'status');
  return status?.type === 'number' && Number.isInteger(status.value) ? status.value : undefined;
}
