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
  visit,
  type YAMLError,
} from 'yaml';
import type { CatalogLoader, CatalogLoadResult, CatalogProblem, RelatedDocumentReader } from './types';
import { isOpenApiRoot, readOpenApiDocument } from './openapi/openApiDocument';
import { withUniqueKeys, type CatalogNode, type CatalogProperty } from './catalogNode';
import { readCanonicalCatalog } from './canonicalCatalog';
import { emptyCatalogResult, loadGuarded, MAX_CANONICAL_CATALOG_LENGTH } from './inputChecks';
import type { OffsetMapper } from './positions';
import { makeProblem, ProblemCodes } from './problems';

const MAX_SYNTAX_PROBLEMS = 20;

/**
 * Loads the canonical catalog written in YAML (`error-catalog.yaml|yml`, `*.errors.yaml|yml`): the
 * same schema and the same problems as the JSON format, with ranges from the YAML parser's nodes.
 */
export const loadYamlCatalog: CatalogLoader = (text, uri, related) =>
  loadGuarded(text, YAML_LIMITS, (mapper) => parseYaml(text, uri, mapper, related));

const YAML_LIMITS = { maxLength: MAX_CANONICAL_CATALOG_LENGTH, limitNesting: true, limitFlowNesting: true };

function parseYaml(
  text: string,
  uri: string,
  mapper: OffsetMapper,
  related: RelatedDocumentReader | undefined,
): CatalogLoadResult {
  const document = parseYamlDocument(text);
  if (document.errors.length > 0) {
    const problems = document.errors
      .slice(0, MAX_SYNTAX_PROBLEMS)
      .map((error) => syntaxProblem(error, mapper));
    return { entries: [], problems, kind: 'codes', parsed: false };
  }
  const root = new NodeConverter(text, mapper, document).convert(document.contents);
  if (!root) return emptyCatalogResult();
  // Keys written twice are read as in JSON: the first, and each later one a `duplicate-key`.
  const duplicates: CatalogProblem[] = [];
  const unique = withUniqueKeys(root, duplicates);
  const content = isOpenApiRoot(unique)
    ? readOpenApiDocument(unique, uri, related)
    : readCanonicalCatalog(unique, uri, 'yaml');
  return { ...content, problems: [...duplicates, ...content.problems], parsed: true };
}

/**
 * The nodes of a YAML document another one refers to (an OpenAPI `$ref`), or undefined when it
 * does not parse or breaks the input limits: its problems are that document's own.
 */
export function readYamlTree(text: string): CatalogNode | undefined {
  let root: CatalogNode | undefined;
  const result = loadGuarded(text, YAML_LIMITS, (mapper) => {
    const document = parseYamlDocument(text);
    if (document.errors.length === 0)
      root = new NodeConverter(text, mapper, document).convert(document.contents);
    return emptyCatalogResult();
  });
  return result.parsed ? root : undefined;
}

function parseYamlDocument(text: string): Document {
  // `core` keeps scalars to JSON's types (no dates, no `yes` booleans), matching the JSON schema.
  return withoutStackTraces(() =>
    parseDocument(text, { schema: 'core', prettyErrors: false, uniqueKeys: false }),
  );
}

/**
 * Runs the parser without capturing a stack for each error it makes: only their messages and
 * offsets are read, and on a broken document (an error every few characters) the stacks took two
 * thirds of the parse.
 */
function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
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
  private aliasTargets: Map<Alias, unknown> | undefined;

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
    const target = this.resolveAlias(node);
    if (isScalar(target)) return this.convertScalar(target, range) ?? { type: 'null', range };
    return { type: 'other', range };
  }

  /**
   * The node an alias names: the last node anchored with its name before it. The parser's own
   * `resolve` walks the whole document for each alias, quadratic in a catalog of many aliases
   * (50 KB of them took minutes); one walk in document order answers them all.
   */
  private resolveAlias(alias: Alias): unknown {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, unknown>();
      const anchored = new Map<string, unknown>();
      visit(this.document, {
        Node: (_key, node) => {
          if (isAlias(node)) targets.set(node, anchored.get(node.source));
          else if (node.anchor) anchored.set(node.anchor, node);
        },
      });
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
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
