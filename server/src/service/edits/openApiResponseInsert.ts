import { parseTree, type Node } from 'jsonc-parser';
import { isMap, isScalar, Scalar, stringify, type YAMLMap } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ApiDescription } from '../../catalog/types';
import { reasonPhrase } from '../statusText';
import { firstValue, insertProperty, type Insertion } from './jsonCatalogInsert';
import { detectLayout, type TextLayout } from './textLayout';
import { afterOwnComments, parseYamlCatalog } from './yamlCatalogInsert';

/** A response to document: the operation (method and path as the document writes them) and its status. */
interface NewResponse {
  method: string;
  path: string;
  status: number;
  /** The code the handler sends with it, for the response's example. */
  code?: string;
}

/**
 * The edit that adds a response to an operation of an OpenAPI document, among its responses in
 * status order. It only inserts: comments, blank lines, quoting and indentation stay as written,
 * and the new response is written like its neighbours (YAML key quoting, JSON indentation). When
 * another operation documents the same status through a shared response (`$ref`), the new one
 * refers to it too; otherwise it has the status's reason as description and, with a code, an
 * example body in the shape of the document's other examples. Undefined when the operation or its
 * `responses` cannot be found as a plain mapping.
 */
export function openApiResponseEdits(
  uri: string,
  text: string,
  response: NewResponse,
  api: ApiDescription | undefined,
): TextEdit[] | undefined {
  const layout = detectLayout(text);
  const json = uri.toLowerCase().endsWith('.json');
  const insertion = json
    ? jsonInsertion(text, response, api, layout)
    : yamlInsertion(text, response, api, layout);
  if (!insertion) return undefined;
  const document = TextDocument.create(uri, json ? 'json' : 'yaml', 0, text);
  const start = document.positionAt(insertion.offset);
  const end = document.positionAt(insertion.offset + (insertion.replacing ?? 0));
  return [{ range: { start, end }, newText: insertion.newText }];
}

/** Where a response key sorts: its status; a range (`4XX`) after its statuses; `default` last. */
function keyOrder(key: string): number {
  const upper = key.toUpperCase();
  if (upper === 'DEFAULT') return Number.POSITIVE_INFINITY;
  if (upper.length === 3 && upper.endsWith('XX')) return Number(upper[0]) * 100 + 99.5;
  const status = Number(key);
  return Number.isFinite(status) ? status : Number.POSITIVE_INFINITY;
}

function insertionIndex(keys: readonly string[], status: number): number {
  const after = keys.findIndex((key) => keyOrder(key) > status);
  return after < 0 ? keys.length : after;
}

/** The new response's value: a shared response another operation uses for the status, or a new one. */
function responseValue(
  response: NewResponse,
  shared: string | undefined,
  api: ApiDescription | undefined,
): object {
  if (shared) return { $ref: shared };
  const value: Record<string, unknown> = {
    description: reasonPhrase(response.status) ?? `Status ${response.status}`,
  };
  if (response.code) {
    const shape = api?.exampleShape ?? { codePath: ['error', 'code'], mediaType: 'application/json' };
    value.content = { [shape.mediaType]: { example: bodyWith(shape.codePath, response.code) } };
  }
  return value;
}

/** `{ error: { code } }` for `['error', 'code']`; `[]` makes an array of one element. */
function bodyWith(path: readonly string[], code: string): unknown {
  if (path.length === 0) return code;
  const [step, ...rest] = path;
  if (step === '[]') return [bodyWith(rest, code)];
  return { [step]: bodyWith(rest, code) };
}

// --- YAML

function yamlInsertion(
  text: string,
  response: NewResponse,
  api: ApiDescription | undefined,
  layout: TextLayout,
): Insertion | undefined {
  const document = parseYamlCatalog(text);
  const root = document?.contents;
  if (!isMap(root)) return undefined;
  const responses = mapAt(mapAt(mapAt(mapAt(root, 'paths'), response.path), response.method), 'responses');
  if (!responses || responses.flow || responses.items.length === 0) return undefined;
  const keys = responses.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  const first = responses.items[0].key;
  const keyStart = isScalar(first) ? first.range?.[0] : undefined;
  if (keyStart === undefined) return undefined;
  const indent = text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
  if (indent.trim() !== '') return undefined;
  const quote = isScalar(first) ? first.type : undefined;
  const key =
    quote === Scalar.QUOTE_DOUBLE
      ? `"${response.status}"`
      : quote === Scalar.PLAIN
        ? `${response.status}`
        : `'${response.status}'`;
  const value = responseValue(response, sharedReference(root, response.status, yamlRefs), api);
  const body = stringify(value, { indent: layout.indentSize, singleQuote: quote === Scalar.QUOTE_SINGLE })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `${indent}${' '.repeat(layout.indentSize)}${line}${layout.eol}`)
    .join('');
  const newText = `${indent}${key}:${layout.eol}${body}`;
  const index = insertionIndex(keys, response.status);
  if (index < keys.length) {
    const next = responses.items[index].key;
    const nextStart = isScalar(next) ? next.range?.[0] : undefined;
    if (nextStart === undefined) return undefined;
    return { offset: beforeOwnComments(text, nextStart - indent.length, indent.length), newText };
  }
  const last = responses.items[responses.items.length - 1];
  const lastEnd =
    (last.value as { range?: number[] } | null)?.range?.[1] ??
    (isScalar(last.key) ? last.key.range?.[1] : undefined);
  if (lastEnd === undefined) return undefined;
  const offset = afterOwnComments(text, text.indexOf('\n', Math.max(lastEnd - 1, 0)), indent.length);
  return offset < 0 ? { offset: text.length, newText: layout.eol + newText } : { offset, newText };
}

function mapAt(map: YAMLMap | undefined, key: string): YAMLMap | undefined {
  const pair = map?.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return isMap(pair?.value) ? pair.value : undefined;
}

/** The start of the comment lines at `indent` just above `lineStart`: they introduce the next key. */
function beforeOwnComments(text: string, lineStart: number, indent: number): number {
  let offset = lineStart;
  while (offset > 0) {
    const previousStart = text.lastIndexOf('\n', offset - 2) + 1;
    const line = text.slice(previousStart, offset - 1);
    const body = line.trimStart();
    if (!body.startsWith('#') || line.length - body.length !== indent) break;
    offset = previousStart;
  }
  return offset;
}

/** Every `$ref` under a status key in the document's operations, as `[status, ref]`. */
function* yamlRefs(root: unknown): Iterable<[string, string]> {
  const paths = isMap(root) ? mapAt(root as YAMLMap, 'paths') : undefined;
  for (const item of paths?.items ?? []) {
    if (!isMap(item.value)) continue;
    for (const operation of item.value.items) {
      const responses = isMap(operation.value) ? mapAt(operation.value, 'responses') : undefined;
      for (const response of responses?.items ?? []) {
        const ref = isMap(response.value) ? response.value.get('$ref') : undefined;
        if (isScalar(response.key) && typeof ref === 'string') yield [String(response.key.value), ref];
      }
    }
  }
}

/** A shared response (`$ref`) another operation documents the status with. */
function sharedReference<T>(
  root: T,
  status: number,
  refs: (root: T) => Iterable<[string, string]>,
): string | undefined {
  for (const [key, ref] of refs(root)) if (key === String(status)) return ref;
  return undefined;
}

// --- JSON

function jsonInsertion(
  text: string,
  response: NewResponse,
  api: ApiDescription | undefined,
  layout: TextLayout,
): Insertion | undefined {
  const root = parseTree(text);
  if (root?.type !== 'object') return undefined;
  const child = (node: Node | undefined, key: string) =>
    node?.type === 'object' ? firstValue(node, key) : undefined;
  const responses = child(child(child(child(root, 'paths'), response.path), response.method), 'responses');
  if (responses?.type !== 'object') return undefined;
  const value = responseValue(response, sharedReference(root, response.status, jsonRefs), api);
  return insertProperty(text, responses, String(response.status), value, layout, (keys) =>
    insertionIndex(keys, response.status),
  );
}

function* jsonRefs(root: Node): Iterable<[string, string]> {
  const paths = firstValue(root, 'paths');
  for (const item of paths?.children ?? []) {
    for (const operation of item.children?.[1]?.children ?? []) {
      const operationValue = operation.children?.[1];
      const responses =
        operationValue?.type === 'object' ? firstValue(operationValue, 'responses') : undefined;
      for (const response of responses?.children ?? []) {
        const [key, value] = response.children ?? [];
        const ref = value?.type === 'object' ? firstValue(value, '$ref') : undefined;
        if (key && typeof ref?.value === 'string') yield [String(key.value), ref.value];
      }
    }
  }
}
