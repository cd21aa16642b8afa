import type { Range } from 'vscode-languageserver-types';
import type { CatalogProblem } from './types';
import { makeProblem, ProblemCodes } from './problems';

/**
 * A format-neutral view of a parsed JSON or YAML document, so one reader validates the canonical
 * catalog schema for both formats and reports the same problems at the same kind of range.
 */
export type CatalogNode =
  ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode | OtherNode;

interface NodeBase {
  /** The whole value as written, quotes and brackets included. */
  range: Range;
}

export interface ObjectNode extends NodeBase {
  type: 'object';
  properties: CatalogProperty[];
}

interface ArrayNode extends NodeBase {
  type: 'array';
  items: CatalogNode[];
}

export interface StringNode extends NodeBase {
  type: 'string';
  value: string;
  /** The characters of the string without its quotes (equal to `range` for an unquoted scalar). */
  contentRange: Range;
}

interface NumberNode extends NodeBase {
  type: 'number';
  value: number;
}

interface BooleanNode extends NodeBase {
  type: 'boolean';
  value: boolean;
}

interface NullNode extends NodeBase {
  type: 'null';
}

/** A value JSON cannot express (a YAML alias to nowhere, a tagged scalar): always a wrong type. */
interface OtherNode extends NodeBase {
  type: 'other';
}

export interface CatalogProperty {
  key: string;
  /** The key's characters without quotes: where an entry's code is written. */
  keyRange: Range;
  /** Undefined when the document names a key and gives it no value. */
  value: CatalogNode | undefined;
}

/** How a problem names a value's type: "a string", "an array". */
export function describeNodeType(node: CatalogNode | undefined): string {
  switch (node?.type) {
    case undefined:
      return 'nothing';
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return 'null';
    case 'other':
      return 'an unsupported value';
  }
}

/**
 * The document with one property per key in every object: the first is kept and each later one
 * is a `duplicate-key` problem on its key, pointing at the first. Parsers disagree on which of two
 * keys counts (JSON.parse takes the last, jsonc-parser's and yaml's lookups the first); the catalog
 * reads the first, as it does for a code written twice, and the edits that add an entry insert
 * into that first one. The codes under `errors` are left for the catalog reader, whose
 * `duplicate-code` problem says the same of them.
 */
export function withUniqueKeys(root: CatalogNode, problems: CatalogProblem[]): CatalogNode {
  if (root.type !== 'object') return withUniqueKeysBelow(root, problems);
  const properties = uniqueProperties(root.properties, problems, (property) => {
    const value = property.value;
    if (property.key !== 'errors' || value?.type !== 'object') return withUniqueValue(property, problems);
    const entries = value.properties.map((entry) => withUniqueValue(entry, problems));
    return { ...property, value: { ...value, properties: entries } };
  });
  return { ...root, properties };
}

function withUniqueKeysBelow(node: CatalogNode, problems: CatalogProblem[]): CatalogNode {
  if (node.type === 'array') {
    return { ...node, items: node.items.map((item) => withUniqueKeysBelow(item, problems)) };
  }
  if (node.type !== 'object') return node;
  const properties = uniqueProperties(node.properties, problems, (p) => withUniqueValue(p, problems));
  return { ...node, properties };
}

function withUniqueValue(property: CatalogProperty, problems: CatalogProblem[]): CatalogProperty {
  return property.value ? { ...property, value: withUniqueKeysBelow(property.value, problems) } : property;
}

/** The first property of each key, each read by `read` in document order, so problems are in that order. */
function uniqueProperties(
  properties: CatalogProperty[],
  problems: CatalogProblem[],
  read: (property: CatalogProperty) => CatalogProperty,
): CatalogProperty[] {
  const seen = new Map<string, CatalogProperty>();
  const unique: CatalogProperty[] = [];
  for (const property of properties) {
    const first = seen.get(property.key);
    if (first) {
      problems.push(duplicateKeyProblem(property, first));
      continue;
    }
    seen.set(property.key, property);
    unique.push(read(property));
  }
  return unique;
}

function duplicateKeyProblem(duplicate: CatalogProperty, first: CatalogProperty): CatalogProblem {
  const message = `\`${duplicate.key}\` is already defined on line ${first.keyRange.start.line + 1}; this second definition is ignored.`;
  return {
    ...makeProblem(ProblemCodes.duplicateKey, message, duplicate.keyRange),
    related: [{ range: first.keyRange, message: `The first \`${first.key}\`, the one read.` }],
  };
}

const NOWHERE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A plain JSON value (an editor setting) as a node, at no place: the catalog's readers then
 * validate it as they validate the same value written in a catalog file.
 */
function valueNode(value: unknown): CatalogNode {
  if (typeof value === 'string') return { type: 'string', value, range: NOWHERE, contentRange: NOWHERE };
  if (typeof value === 'number') return { type: 'number', value, range: NOWHERE };
  if (typeof value === 'boolean') return { type: 'boolean', value, range: NOWHERE };
  if (value === null) return { type: 'null', range: NOWHERE };
  if (Array.isArray(value)) return { type: 'array', items: value.map(valueNode), range: NOWHERE };
  if (typeof value === 'object') {
    const properties = Object.entries(value).map(([key, item]) => ({
      key,
      keyRange: NOWHERE,
      value: valueNode(item),
    }));
    return { type: 'object', properties, range: NOWHERE };
  }
  return { type: 'other', range: NOWHERE };
}

/** A setting's value as the property of that name, for the catalog's readers. */
export function settingProperty(key: string, value: unknown): CatalogProperty {
  return { key, keyRange: NOWHERE, value: valueNode(value) };
}
