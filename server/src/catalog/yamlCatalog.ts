import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  Scalar,
  type YAMLError,
} from 'yaml';
import type { CatalogLoader, CatalogLoadResult, CatalogProblem } from './types';
import type { CatalogNode, CatalogProperty } from './catalogNode';
import { readCanonicalCatalog } from './canonicalCatalog';
import { emptyCatalogResult, loadGuarded, MAX_CANONICAL_CATALOG_LENGTH } from './inputChecks';
import type { OffsetMapper } from './positions';
import { makeProblem, ProblemCodes } from './problems';

const MAX_SYNTAX_PROBLEMS = 20;

/**
 * Loads the canonical catalog written in YAML (`error-catalog.yaml|yml`, `*.errors.yaml|yml`): the
 * same schema and the same problems as the JSON format, with ranges from the YAML parser's nodes.
 */
export const loadYamlCatalog: CatalogLoader = (text, uri) =>
  loadGuarded(
    text,
    { maxLength: MAX_CANONICAL_CATALOG_LENGTH, limitNesting: true, limitFlowNesting: true },
    (mapper) => parseYaml(text, uri, mapper),
  );

function parseYaml(text: string, uri: string, mapper: OffsetMapper): CatalogLoadResult {
  // `core` keeps scalars to JSON's types (no dates, no `yes` booleans), matching the JSON schema.
  const document = parseDocument(text, { schema: 'core', prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const problems = document.errors
      .slice(0, MAX_SYNTAX_PROBLEMS)
      .map((error) => syntaxProblem(error, mapper));
    return { entries: [], problems, kind: 'codes', parsed: false };
  }
  const root = new NodeConverter(text, mapper, document).convert(document.contents);
  if (!root) return emptyCatalogResult();
  return { ...readCanonicalCatalog(root, uri, 'yaml'), parsed: true };
}

function syntaxProblem(error: YAMLError, mapper: OffsetMapper): CatalogProblem {
  const [start, end] = error.pos;
  const message = `${firstLine(error.message)}: the catalog is not valid YAML.`;
  return makeProblem(ProblemCodes.malformedYaml, message, mapper.range(start, Math.max(start, end)));
}

/** The parser's messages quote the offending source after the first line; the range shows it. */
function firstLine(message: string): string {
  const line = message.split('\n')[0].trim().replace(/[.:]$/, '');
  return line.replace(/ at line \d+, column \d+$/, '');
}

class NodeConverter {
  constructor(
    private readonly text: string,
    private readonly mapper: OffsetMapper,
    private readonly document: Document,
  ) {}

  convert(node: unknown): CatalogNode | undefined {
    if (node === null || node === undefined) return undefined;
    if (isAlias(node)) return this.convertAlias(node);
    if (!isNodeWithRange(node)) return undefined;
    const range = this.rangeOf(node);
    if (isMap(node)) {
      const properties = node.items.filter(isPair).map((pair) => this.toProperty(pair.key, pair.value));
      return { type: 'object', range, properties };
    }
    if (isSeq(node)) {
      const items: CatalogNode[] = [];
      for (const item of node.items) {
        const converted = this.convert(item);
        if (converted) items.push(converted);
      }
      return { type: 'array', range, items };
    }
    if (isScalar(node)) return this.convertScalar(node, range);
    return { type: 'other', range };
  }

  /**
   * Aliases to scalars are followed (an anchored description reused by several entries); an alias
   * to a collection is refused, which also rules out recursive and exponentially expanding input.
   */
  private convertAlias(node: Alias): CatalogNode {
    const range = this.rangeOf(node);
    const target = node.resolve(this.document);
    if (isScalar(target)) return this.convertScalar(target, range) ?? { type: 'null', range };
    return { type: 'other', range };
  }

  private convertScalar(node: Scalar, range: CatalogNode['range']): CatalogNode | undefined {
    const value: unknown = node.value;
    if (typeof value === 'string')
      return { type: 'string', range, value, contentRange: this.contentRange(node) };
    if (typeof value === 'number') return { type: 'number', range, value };
    if (typeof value === 'boolean') return { type: 'boolean', range, value };
    if (value === null) return isEmpty(node) ? undefined : { type: 'null', range };
    return { type: 'other', range };
  }

  private toProperty(key: unknown, value: unknown): CatalogProperty {
    const converted = this.convert(value);
    if (isScalar(key) && isNodeWithRange(key)) {
      return { key: String(key.value), keyRange: this.contentRange(key), value: converted };
    }
    // A complex key (`? [a, b]`) is kept by its source text, so it surfaces as an unknown field.
    const [start, end] = isNodeWithRange(key) ? key.range : [0, 0];
    return { key: this.text.slice(start, end), keyRange: this.mapper.range(start, end), value: converted };
  }

  private rangeOf(node: { range?: [number, number, number] | null }): CatalogNode['range'] {
    const [start, valueEnd] = node.range ?? [0, 0, 0];
    return this.mapper.range(start, valueEnd);
  }

  /** A quoted scalar's characters without its quotes, like the JSON loader's key ranges. */
  private contentRange(node: Scalar): CatalogNode['range'] {
    const [start, valueEnd] = node.range ?? [0, 0, 0];
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    return quoted ? this.mapper.range(start + 1, valueEnd - 1) : this.mapper.range(start, valueEnd);
  }
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

/** `CODE:` with nothing after the colon: the value is missing, not a written `null`. */
function isEmpty(node: Scalar): boolean {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  return start === valueEnd;
}
