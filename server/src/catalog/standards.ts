import type { Range } from 'vscode-languageserver-types';
import { makeProblem, ProblemCodes } from './problems';
import type { CatalogEntry, CatalogProblem } from './types';

/** A vocabulary of error codes a standard or a widely used server defines, with its statuses. */
interface StandardVocabulary {
  title: string;
  /** Where the standard defines the codes; the entries' definitions point there. */
  url: string;
  codes: ReadonlyArray<readonly [code: string, statuses: readonly number[], description: string]>;
}

/**
 * The built-in vocabularies, by the name a catalog's `standards` lists them with. OAuth 2.0's
 * codes come from RFC 6749 (5.2 token errors, 4.1.2.1 authorization errors), RFC 6750 (bearer
 * tokens), RFC 7009 (revocation), RFC 7591 (client registration), RFC 8628 (device flow) and RFC 8707 (resource indicators), with the statuses those RFCs give;
 * Apollo Server's from its documented `ApolloServerErrorCode`s.
 */
const VOCABULARIES: Readonly<Record<string, StandardVocabulary>> = {
  oauth2: {
    title: 'OAuth 2.0 (RFC 6749, RFC 6750, RFC 7009, RFC 7591, RFC 8628, RFC 8707)',
    url: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
    codes: [
      [
        'invalid_request',
        [400],
        'The request is missing a parameter, repeats one, or is otherwise malformed.',
      ],
      [
        'invalid_client',
        [400, 401],
        'Client authentication failed: 401 when the client authenticated with the Authorization header, 400 otherwise.',
      ],
      [
        'invalid_grant',
        [400],
        'The grant or refresh token is invalid, expired, revoked or was issued to another client.',
      ],
      ['unauthorized_client', [400], 'The client is not authorized to use this grant type.'],
      ['unsupported_grant_type', [400], 'The authorization server does not support this grant type.'],
      ['invalid_scope', [400], 'The requested scope is invalid, unknown or malformed.'],
      ['access_denied', [403], 'The resource owner or the authorization server denied the request.'],
      ['unsupported_response_type', [400], 'The authorization server does not support this response type.'],
      ['server_error', [500], 'The authorization server met an unexpected condition.'],
      ['temporarily_unavailable', [503], 'The authorization server is overloaded or down for maintenance.'],
      ['invalid_token', [401], 'The access token is expired, revoked, malformed or invalid (RFC 6750).'],
      [
        'insufficient_scope',
        [403],
        'The request needs more privileges than the access token gives (RFC 6750).',
      ],
      ['unsupported_token_type', [400], 'The server does not revoke this type of token (RFC 7009).'],
      ['authorization_pending', [400], 'The user has not yet completed the device authorization (RFC 8628).'],
      ['slow_down', [400], 'The client polls too fast (RFC 8628).'],
      ['expired_token', [400], 'The device code has expired (RFC 8628).'],
      ['invalid_target', [400], 'The requested resource is invalid, unknown or malformed (RFC 8707).'],
      ['invalid_redirect_uri', [400], 'A redirection URI of the client metadata is invalid (RFC 7591).'],
      ['invalid_client_metadata', [400], 'A field of the client metadata is invalid (RFC 7591).'],
      ['invalid_software_statement', [400], 'The software statement is invalid (RFC 7591).'],
      ['unapproved_software_statement', [400], 'The software statement is not approved here (RFC 7591).'],
    ],
  },
  'apollo-server': {
    title: 'Apollo Server error codes',
    url: 'https://www.apollographql.com/docs/apollo-server/data/errors#built-in-error-codes',
    codes: [
      ['GRAPHQL_PARSE_FAILED', [400], 'The GraphQL operation string contains a syntax error.'],
      ['GRAPHQL_VALIDATION_FAILED', [400], 'The GraphQL operation is not valid against the server schema.'],
      ['BAD_USER_INPUT', [], 'The operation includes an invalid value for a field argument.'],
      ['PERSISTED_QUERY_NOT_FOUND', [], 'The client sent the hash of a query that is not in the APQ cache.'],
      ['PERSISTED_QUERY_NOT_SUPPORTED', [], 'The server has disabled automatic persisted queries.'],
      [
        'OPERATION_RESOLUTION_FAILURE',
        [400],
        'The request was parsed but the server could not resolve which operation to run.',
      ],
      ['BAD_REQUEST', [400], 'An error occurred before the server could attempt to parse the operation.'],
      ['INTERNAL_SERVER_ERROR', [500], 'An unspecified error occurred.'],
    ],
  },
};

/** The names a catalog's `standards` may list. */
export const STANDARD_NAMES: readonly string[] = Object.keys(VOCABULARIES);

const entriesByName = new Map<string, ReadonlyMap<string, CatalogEntry>>();

/** The entries of a built-in vocabulary, by code; undefined for a name there is none of. */
export function standardEntries(name: string): ReadonlyMap<string, CatalogEntry> | undefined {
  const cached = entriesByName.get(name);
  if (cached) return cached;
  const vocabulary = Object.hasOwn(VOCABULARIES, name) ? VOCABULARIES[name] : undefined;
  if (!vocabulary) return undefined;
  const origin = { line: 0, character: 0 };
  const entries = new Map<string, CatalogEntry>(
    vocabulary.codes.map(([code, statuses, description]) => [
      code,
      {
        code,
        statuses: [...statuses],
        description,
        docs: vocabulary.url,
        aliases: [],
        source: { uri: vocabulary.url, range: { start: origin, end: origin }, format: 'text' },
      },
    ]),
  );
  entriesByName.set(name, entries);
  return entries;
}

/** A code of a built-in vocabulary, when `names` lists one that defines it. */
export function lookupStandard(names: readonly string[], code: string): CatalogEntry | undefined {
  for (const name of names) {
    const entry = standardEntries(name)?.get(code);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * The built-in vocabularies a catalog names, each once in the order given; a name there is none
 * of is a problem at the range it is written (JSON and YAML give each name its own; Markdown front
 * matter, the block).
 */
export function knownStandards(
  names: ReadonlyArray<{ name: string; range: Range }>,
  problems: CatalogProblem[],
): string[] {
  const known: string[] = [];
  for (const { name, range } of names) {
    if (STANDARD_NAMES.includes(name)) {
      if (!known.includes(name)) known.push(name);
      continue;
    }
    const message = `No built-in vocabulary is named '${name}'. Known: ${STANDARD_NAMES.join(', ')}.`;
    problems.push(makeProblem(ProblemCodes.unknownStandard, message, range));
  }
  return known;
}
