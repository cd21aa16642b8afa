import type { EnvelopeExtension } from '../catalog/types';
import { STANDARD_NAMES } from '../catalog/standards';

/**
 * A property path from the body root. Each segment is a property name; `'[]'` steps into every
 * element of an array literal (`['errors', '[]', 'extensions', 'code']`).
 */
export type PropertyPath = readonly string[];

/** A JSON value, for the sample bodies the snippets are generated from. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A condition on the body for a row to apply. Paths that share a prefix with the code path are
 * read in the same array element as the code (`errors[i].status` beside `errors[i].code`).
 */
export interface EnvelopeCondition {
  path: PropertyPath;
  /**
   * `present`: written, any value. `not-string`: absent or not a string literal. `status`: a
   * status that resolves statically. `error-status`: one of 400 and above. `equals`: this string.
   */
  test: 'present' | 'not-string' | 'status' | 'error-status' | { equals: string };
}

/**
 * One envelope style: where an error body keeps its code, status and message. The analyser, the
 * snippets and the docs read this table; a new style is a new row.
 */
export interface EnvelopeStyle {
  name: string;
  /** Where the code sits. For `codeIs: 'status'` rows this is where the status sits. */
  codePath: PropertyPath;
  /** Where a status may sit inside the body. */
  statusPath?: PropertyPath;
  /** How the body writes its status: JSON:API writes `'404'`, everyone else `404`. */
  statusType: 'number' | 'string';
  messagePath?: PropertyPath;
  /** Where a title sits (RFC 9457 `title`, JSON:API `title`): checked against the status catalog. */
  titlePath?: PropertyPath;
  /**
   * `string`: the code is a string literal. `status`: the body's status is its code (RFC 9457:
   * a status-only catalog names its entries `'404'`), and the reference's kind is `problem`.
   */
  codeIs: 'string' | 'status';
  /**
   * Whether the body counts only in an error context: thrown, returned, sent (`res.json(x)`,
   * `ctx.body = x`) or passed to a carrier. Shapes as common as `{ code, message }` need one.
   */
  needsErrorContext: boolean;
  /** Paths whose presence makes the shape unmistakable, so no error context is needed. */
  contextEvidence?: PropertyPath[];
  /**
   * Whether the row only applies to a whole body, not to an object nested in another literal: a
   * JSON:API error object has RFC 9457's members too, inside `errors[]`.
   */
  wholeBody?: boolean;
  /** Every condition must hold. */
  conditions?: EnvelopeCondition[];
  /** At least one of these conditions must hold. */
  anyOf?: EnvelopeCondition[];
  /**
   * Where the body root is, when it is not a response body: an argument of a constructor or
   * function (`new GraphQLError(message, { extensions: { code } })`).
   */
  root?: { callee: string; argument: number; messageArgument?: number };
  /** A body in this style, with the code, status and message at the paths above. */
  sample: JsonValue;
  /**
   * The built-in vocabulary the style's codes come from when the API's catalog does not list
   * them (an OAuth 2.0 body speaks RFC 6749's codes).
   */
  standard?: string;
}

/**
 * The envelope styles, in the order they are tried: the first row that claims a literal names its
 * style. `directus` precedes `graphql` because their response bodies have the same shape; the
 * `graphql` row is the `GraphQLError` construction, which only GraphQL servers write. A row's
 * `name` is its id (`EnvelopeStyleId`); the snippets, the highlighting grammar and the README's
 * table are generated from these rows.
 */
export const ENVELOPE_STYLES = builtInStyles([
  {
    name: 'directus',
    codePath: ['errors', '[]', 'extensions', 'code'],
    messagePath: ['errors', '[]', 'message'],
    statusType: 'number',
    codeIs: 'string',
    needsErrorContext: false,
    sample: {
      errors: [
        { message: 'You are not allowed to do the current action.', extensions: { code: 'FORBIDDEN' } },
      ],
    },
  },
  {
    name: 'graphql',
    codePath: ['extensions', 'code'],
    statusPath: ['extensions', 'http', 'status'],
    statusType: 'number',
    codeIs: 'string',
    needsErrorContext: false,
    root: { callee: 'GraphQLError', argument: 1, messageArgument: 0 },
    standard: 'apollo-server',
    sample: { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
  },
  {
    name: 'jsonapi',
    codePath: ['errors', '[]', 'code'],
    statusPath: ['errors', '[]', 'status'],
    statusType: 'string',
    messagePath: ['errors', '[]', 'detail'],
    titlePath: ['errors', '[]', 'title'],
    codeIs: 'string',
    // `{ errors: [{ code, message }] }` is also what validation libraries produce; a status or a
    // title makes it a JSON:API error object.
    needsErrorContext: true,
    contextEvidence: [
      ['errors', '[]', 'status'],
      ['errors', '[]', 'title'],
    ],
    sample: {
      errors: [
        {
          status: '404',
          code: 'NOT_FOUND',
          title: 'Not Found',
          detail: 'The requested resource could not be found.',
          source: { pointer: '/data/id' },
        },
      ],
    },
  },
  {
    name: 'oauth',
    codePath: ['error'],
    messagePath: ['error_description'],
    statusType: 'number',
    codeIs: 'string',
    needsErrorContext: true,
    contextEvidence: [['error_description'], ['error_uri']],
    sample: { error: 'invalid_request', error_description: 'The request is missing a required parameter.' },
    standard: 'oauth2',
  },
  {
    name: 'contentful',
    codePath: ['sys', 'id'],
    messagePath: ['message'],
    statusType: 'number',
    codeIs: 'string',
    needsErrorContext: false,
    conditions: [{ path: ['sys', 'type'], test: { equals: 'Error' } }],
    sample: {
      sys: { type: 'Error', id: 'NotFoundError' },
      message: 'The resource could not be found.',
      details: {},
      requestId: '0a1b2c3d',
    },
  },
  {
    name: 'nested',
    codePath: ['error', 'code'],
    statusPath: ['error', 'status'],
    messagePath: ['error', 'message'],
    statusType: 'number',
    codeIs: 'string',
    needsErrorContext: false,
    sample: { error: { code: 'FORBIDDEN', message: 'You are not allowed to do this.', details: [] } },
  },
  {
    name: 'google',
    // AIP-193: `error.code` is the numeric status and `error.status` the string code.
    codePath: ['error', 'status'],
    statusPath: ['error', 'code'],
    messagePath: ['error', 'message'],
    statusType: 'number',
    codeIs: 'string',
    needsErrorContext: false,
    conditions: [{ path: ['error', 'code'], test: 'not-string' }],
    anyOf: [
      { path: ['error', 'code'], test: 'status' },
      { path: ['error', 'message'], test: 'present' },
    ],
    sample: { error: { code: 404, status: 'NOT_FOUND', message: 'Resource not found.', details: [] } },
  },
  {
    name: 'problem',
    codePath: ['status'],
    statusPath: ['status'],
    messagePath: ['detail'],
    titlePath: ['title'],
    statusType: 'number',
    codeIs: 'status',
    needsErrorContext: false,
    wholeBody: true,
    conditions: [
      { path: ['title'], test: 'present' },
      { path: ['status'], test: 'error-status' },
    ],
    anyOf: [
      { path: ['type'], test: 'present' },
      { path: ['detail'], test: 'present' },
      { path: ['instance'], test: 'present' },
    ],
    sample: {
      type: 'https://example.com/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'The requested resource could not be found.',
      instance: '/orders/42',
    },
  },
  {
    name: 'flat',
    codePath: ['code'],
    statusPath: ['status'],
    messagePath: ['message'],
    statusType: 'number',
    codeIs: 'string',
    needsErrorContext: true,
    // `{ code: 'USD', status: 'active' }` is no error: a status beside the code must be one.
    anyOf: [
      { path: ['message'], test: 'present' },
      { path: ['status'], test: 'status' },
      { path: ['statusCode'], test: 'status' },
    ],
    sample: { code: 'FORBIDDEN', message: 'You are not allowed to do this.', status: 403 },
  },
]);

/** The name of a built-in envelope style: `directus`, `nested`, `flat`, ... */
export type EnvelopeStyleId = (typeof ENVELOPE_STYLES)[number]['name'];

/** The rows as written, their names kept as literal types so `EnvelopeStyleId` is their union. */
function builtInStyles<Id extends string>(
  rows: readonly (EnvelopeStyle & { name: Id })[],
): readonly (EnvelopeStyle & { name: Id })[] {
  return rows;
}

/** A row of the table from a catalog's or the settings' declarative extension. */
export function envelopeFromExtension(extension: EnvelopeExtension): EnvelopeStyle {
  return {
    name: extension.name,
    codePath: extension.codePath,
    statusPath: extension.statusPath,
    messagePath: extension.messagePath,
    statusType: 'number',
    codeIs: 'string',
    // A declared style is the team's own envelope: it counts wherever its shape is written.
    needsErrorContext: false,
    sample: sampleAt(extension),
  };
}

function sampleAt(extension: EnvelopeExtension): JsonValue {
  const body: { [key: string]: JsonValue } = {};
  place(body, extension.codePath, 'ERROR_CODE');
  if (extension.messagePath) place(body, extension.messagePath, 'Message');
  if (extension.statusPath) place(body, extension.statusPath, 400);
  return body;
}

/** Writes `value` at `path` in `body`, creating objects and one-element arrays on the way. */
function place(body: { [key: string]: JsonValue }, path: PropertyPath, value: JsonValue): void {
  let container: { [key: string]: JsonValue } | JsonValue[] = body;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    const next: JsonValue = last ? value : path[i + 1] === '[]' ? [] : {};
    if (Array.isArray(container)) {
      if (container.length === 0) container.push(next);
      else if (last) container[0] = value;
      container = container[0] as { [key: string]: JsonValue } | JsonValue[];
      continue;
    }
    if (segment === '[]') continue;
    const existing: JsonValue | undefined = container[segment];
    if (last || existing === undefined || existing === null || typeof existing !== 'object')
      container[segment] = next;
    container = container[segment] as { [key: string]: JsonValue } | JsonValue[];
  }
}

/** The built-in vocabulary of each built-in style that has one, by style name. */
const STANDARD_OF_STYLE: ReadonlyMap<string, readonly string[]> = new Map(
  ENVELOPE_STYLES.flatMap((row) => (row.standard ? [[row.name, [row.standard]] as const] : [])),
);

/** The style of a code read through a wrapper class's constructor (`new ApiError('CODE')`). */
export const WRAPPER_STYLE = 'wrapper';

/**
 * The built-in vocabularies a style's codes may come from when no catalog lists them. A wrapper's
 * envelope is written where its errors are handled, not at the raise site, so a code a standard
 * defines (`new OAuthError(400, 'invalid_request')`) is read as that standard's.
 */
export function standardsOfStyle(style: string): readonly string[] {
  if (style === WRAPPER_STYLE) return STANDARD_NAMES;
  return STANDARD_OF_STYLE.get(style) ?? [];
}

/** The table in force: the built-in rows, then the extensions (a built-in name cannot be replaced). */

export function envelopeTable(extensions: readonly EnvelopeExtension[] = []): EnvelopeStyle[] {
  const names = new Set<string>(ENVELOPE_STYLES.map((row) => row.name));
  return [...ENVELOPE_STYLES, ...extensions.filter((e) => !names.has(e.name)).map(envelopeFromExtension)];
}
