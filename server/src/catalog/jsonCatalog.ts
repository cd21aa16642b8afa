import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { CatalogLoader, CatalogLoadResult, CatalogProblem, RelatedDocumentReader } from './types';
import { isOpenApiRoot, readOpenApiDocument } from './openapi/openApiDocument';
import { type CatalogNode, withUniqueKeys } from './catalogNode';
import { readCanonicalCatalog } from './canonicalCatalog';
import { loadGuarded, MAX_CANONICAL_CATALOG_LENGTH } from './inputChecks';
import type { OffsetMapper } from './positions';
import { makeProblem, ProblemCodes } from './problems';

/** Syntax errors past this many add nothing the author can act on before fixing the first ones. */
const MAX_SYNTAX_PROBLEMS = 20;

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'A property name in double quotes is expected here',
  ValueExpected: 'A value is expected here',
  ColonExpected: 'A colon is expected here',
  CommaExpected: 'A comma is expected here',
  CloseBraceExpected: 'A closing brace `}` is expected here',
  CloseBracketExpected: 'A closing bracket `]` is expected here',
  EndOfFileExpected: 'Nothing may follow the catalog object',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in a string (control characters must be escaped)',
};

/**
 * Loads the canonical JSON catalog (`error-catalog.json`, `*.errors.json`). A syntax error makes the
 * result `parsed: false` so the index keeps the last good version in force; schema problems leave
 * the rest of the catalog usable.
 */
export const loadJsonCatalog: CatalogLoader = (text, uri, related) =>
  loadGuarded(text, JSON_LIMITS, (mapper) => parseJson(text, uri, mapper, related));

const JSON_LIMITS = { maxLength: MAX_CANONICAL_CATALOG_LENGTH, limitNesting: false };

function parseJson(
  text: string,
  uri: string,
  mapper: OffsetMapper,
  related: RelatedDocumentReader | undefined,
): CatalogLoadResult {
  const errors: ParseError[] = [];
  // Comments and trailing commas are errors: the file is JSON, and other JSON tools must read it.
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    return malformed(distinctErrors(errors).map((error) => syntaxProblem(error, mapper)));
  }
  const duplicates: CatalogProblem[] = [];
  const unique = withUniqueKeys(toCatalogNode(root, mapper), duplicates);
  const content = isOpenApiRoot(unique)
    ? readOpenApiDocument(unique, uri, related)
    : readCanonicalCatalog(unique, uri, 'json');
  return { ...content, problems: [...duplicates, ...content.problems], parsed: true };
}

/**
 * The nodes of a JSON document another one refers to (an OpenAPI `$ref`), or undefined when it
 * does not parse or breaks the input limits: its problems are that document's own.
 */
export function readJsonTree(text: string): CatalogNode | undefined {
  let root: CatalogNode | undefined;
  const result = loadGuarded(text, JSON_LIMITS, (mapper) => {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length === 0 && tree) root = toCatalogNode(tree, mapper);
    return { entries: [], problems: [], kind: 'codes', parsed: true };
  });
  return result.parsed ? root : undefined;
}

/**
 * At end of input the parser reports one missing brace per open object, all at the same offset:
 * those are one problem. One pass that stops at the cap, as garbage input yields an error per token.
 */
function distinctErrors(errors: ParseError[]): ParseError[] {
  const seen = new Set<string>();
  const distinct: ParseError[] = [];
  for (const error of errors) {
    const key = `${error.offset}:${error.error}`;
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(error);
    if (distinct.length === MAX_SYNTAX_PROBLEMS) break;
  }
  return distinct;
}

function malformed(problems: CatalogProblem[]): CatalogLoadResult {
  return { entries: [], problems, kind: 'codes', parsed: false };
}

function syntaxProblem(error: ParseError, mapper: OffsetMapper): CatalogProblem {
  const name = printParseErrorCode(error.error);
  const message = `${SYNTAX_MESSAGES[name] ?? name}: the catalog is not valid JSON.`;
  return makeProblem(
    ProblemCodes.malformedJson,
    message,
    mapper.range(error.offset, error.offset + error.length),
  );
}

function toCatalogNode(node: Node, mapper: OffsetMapper): CatalogNode {
  const range = mapper.range(node.offset, node.offset + node.length);
  switch (node.type) {
    case 'object':
      return { type: 'object', range, properties: (node.children ?? []).map((p) => toProperty(p, mapper)) };
    case 'array':
      return {
        type: 'array',
        range,
        items: (node.children ?? []).map((item) => toCatalogNode(item, mapper)),
      };
    case 'string':
      return {
        type: 'string',
        range,
        value: node.value as string,
        contentRange: withoutQuotes(node, mapper),
      };
    case 'number':
      return { type: 'number', range, value: node.value as number };
    case 'boolean':
      return { type: 'boolean', range, value: node.value as boolean };
    default:
      return { type: 'null', range };
  }
}

function toProperty(property: Node, mapper: OffsetMapper) {
  const [key, value] = property.children ?? [];
  return {
    key: key.value as string,
    keyRange: withoutQuotes(key, mapper),
    value: value ? toCatalogNode(value, mapper) : undefined,
  };
}

/** A JSON string's characters as written, escapes included, without the surrounding quotes. */
function withoutQuotes(node: Node, mapper: OffsetMapper) {
  return mapper.range(node.offset + 1, node.offset + node.length - 1);
}
