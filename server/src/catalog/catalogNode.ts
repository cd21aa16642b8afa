import type { Range } from 'vscode-languageserver-types';

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

export interface ArrayNode extends NodeBase {
  type: 'array';
  items: CatalogNode[];
}

export interface StringNode extends NodeBase {
  type: 'string';
  value: string;
  /** The characters of the string without its quotes (equal to `range` for an unquoted scalar). */
  contentRange: Range;
}

export interface NumberNode extends NodeBase {
  type: 'number';
  value: number;
}

export interface BooleanNode extends NodeBase {
  type: 'boolean';
  value: boolean;
}

export interface NullNode extends NodeBase {
  type: 'null';
}

/** A value JSON cannot express (a YAML alias to nowhere, a tagged scalar): always a wrong type. */
export interface OtherNode extends NodeBase {
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
