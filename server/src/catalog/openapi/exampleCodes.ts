import type { CatalogNode, StringNode } from '../catalogNode';
import { valueOf } from './references';

/**
 * Where an example response body holds its error code, and its message, one row per envelope
 * style the analyser knows (`ENVELOPE_STYLES` in the analysis layer, which this layer cannot
 * import; a test keeps the two in step). `[]` steps into every element of an array. A row applies
 * when `when` holds of the body (a string at another path, a number where a style writes one).
 */
interface ExampleCodeRow {
  style: string;
  codePath: readonly string[];
  messagePath?: readonly string[];
  when?: { path: readonly string[]; is: 'number' | { equals: string } };
}

export const EXAMPLE_CODE_ROWS: readonly ExampleCodeRow[] = [
  {
    style: 'directus',
    codePath: ['errors', '[]', 'extensions', 'code'],
    messagePath: ['errors', '[]', 'message'],
  },
  { style: 'graphql', codePath: ['extensions', 'code'], messagePath: ['message'] },
  { style: 'jsonapi', codePath: ['errors', '[]', 'code'], messagePath: ['errors', '[]', 'detail'] },
  { style: 'oauth', codePath: ['error'], messagePath: ['error_description'] },
  {
    style: 'contentful',
    codePath: ['sys', 'id'],
    messagePath: ['message'],
    when: { path: ['sys', 'type'], is: { equals: 'Error' } },
  },
  { style: 'nested', codePath: ['error', 'code'], messagePath: ['error', 'message'] },
  {
    style: 'google',
    codePath: ['error', 'status'],
    messagePath: ['error', 'message'],
    when: { path: ['error', 'code'], is: 'number' },
  },
  { style: 'flat', codePath: ['code'], messagePath: ['message'] },
  { style: 'snake-case', codePath: ['error_code'], messagePath: ['message'] },
  { style: 'camel-case', codePath: ['errorCode'], messagePath: ['message'] },
];

/** A code an example body holds, with the message beside it. */
interface ExampleCode {
  code: StringNode;
  message?: string;
  /** The path the row reads the code at, so a new example can be written in the same shape. */
  codePath: readonly string[];
}

/** The codes of one example body: the first row whose path holds a code-like string wins. */
export function exampleCodes(body: CatalogNode): ExampleCode[] {
  for (const row of EXAMPLE_CODE_ROWS) {
    if (row.when && !holds(body, row.when)) continue;
    const codes = nodesAt(body, row.codePath).filter(isCodeLike);
    if (codes.length === 0) continue;
    const messages = row.messagePath ? nodesAt(body, row.messagePath) : [];
    return codes.map((code, index) => {
      const message = messages[index];
      return {
        code,
        message: message?.type === 'string' ? message.value : undefined,
        codePath: row.codePath,
      };
    });
  }
  return [];
}

function holds(body: CatalogNode, condition: NonNullable<ExampleCodeRow['when']>): boolean {
  const [node] = nodesAt(body, condition.path);
  if (condition.is === 'number') return node?.type === 'number';
  return node?.type === 'string' && node.value === condition.is.equals;
}

function nodesAt(node: CatalogNode | undefined, path: readonly string[]): CatalogNode[] {
  if (!node) return [];
  if (path.length === 0) return [node];
  const [step, ...rest] = path;
  if (step === '[]') return node.type === 'array' ? node.items.flatMap((item) => nodesAt(item, rest)) : [];
  return nodesAt(valueOf(node, step), rest);
}

/**
 * A code is one word (`NOT_FOUND`, `invalid_grant`, `resource.missing`): a sentence in a code
 * position (`"Not found"`) is a message, and never made a catalog code.
 */
export function isCodeLike(node: CatalogNode): node is StringNode {
  if (node.type !== 'string') return false;
  const value = node.value;
  return value.length > 0 && value.length <= 128 && ![...value].some((character) => character.trim() === '');
}
