import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The seed documents as written by their APIs' teams, copied verbatim, and what each states, typed
 * in by reading the documents (not produced by the loaders under test).
 */
export const SEED_FILES = {
  directus: '000_c897f8747c97e938.txt',
  authpi: '001_6a86f3b93586615f.txt',
  contentful: '002_bdf9d04d4576e5c3.txt',
  freeText: '003_d34427d61813f196.txt',
  statusOnly: '004_501920efdafcaf5d.txt',
} as const;

export function readSeed(name: string): string {
  return readFileSync(join(import.meta.dirname, '../../fixtures/seeds', name), 'utf8');
}

export function seedUri(name: string): string {
  return `file:///workspace/docs/${name}`;
}

/** Seed 000: code, statuses, description. */
export const DIRECTUS_CODES: Array<[string, number[], string]> = [
  ['FAILED_VALIDATION', [400], 'Validation for this particular item failed.'],
  ['FORBIDDEN', [403], 'You are not allowed to do the current action.'],
  ['INVALID_TOKEN', [403], 'Provided token is invalid.'],
  ['TOKEN_EXPIRED', [401], 'Provided token is valid but has expired.'],
  ['INVALID_CREDENTIALS', [401], 'Username / password or access token is wrong.'],
  ['INVALID_IP', [401], "Your IP address isn't allow-listed to be used with this user."],
  ['INVALID_OTP', [401], 'Incorrect OTP was provided.'],
  ['INVALID_PAYLOAD', [400], 'Provided payload is invalid.'],
  ['INVALID_QUERY', [400], 'The requested query parameters can not be used.'],
  ['UNSUPPORTED_MEDIA_TYPE', [415], 'Provided payload format or `Content-Type` header is unsupported.'],
  ['REQUESTS_EXCEEDED', [429], 'You have exceeded the rate limit.'],
  ['ROUTE_NOT_FOUND', [404], 'Endpoint does not exist.'],
  ['SERVICE_UNAVAILABLE', [503], 'Could not use external service.'],
  ['UNPROCESSABLE_CONTENT', [422], 'You tried doing something illegal.'],
];

/** Seed 001: code, statuses, title (the reason phrase), description. */
export const AUTHPI_CODES: Array<[string, number[], string, string]> = [
  [
    'invalid_request',
    [400],
    'Bad Request',
    'The request is missing a required parameter, includes an unsupported parameter value, or is otherwise malformed. Check the request for missing or incorrect parameters.',
  ],
  [
    'invalid_content_type',
    [415],
    'Unsupported Media Type',
    "The request's `Content-Type` header is not supported by the server. Ensure that the `Content-Type` header is set to a supported type, such as `application/json`.",
  ],
  [
    'access_denied',
    [403],
    'Forbidden',
    'The request was valid, but the server is refusing to respond to it. This may be due to insufficient permissions or an invalid token. Check the permissions of the user or client making the request.',
  ],
  [
    'insufficient_scope',
    [403],
    'Forbidden',
    'The request was valid, but the server is refusing to respond to it. This may be due to insufficient permissions or an invalid token. Check the permissions of the user or client making the request.',
  ],
  [
    'session_expired',
    [401],
    'Unauthorized',
    'The request requires authentication, but the session has expired. The user must re-authenticate to obtain a new session token. Check the session expiration settings and ensure the user is logged in.',
  ],
  [
    'unauthorized_client',
    [401],
    'Unauthorized',
    'The request requires authentication, but the client is not authorized to perform the requested action. Check the credentials and ensure the client has the necessary permissions.',
  ],
  [
    'not_found',
    [404],
    'Not Found',
    'The requested resource or page could not be found. Check the path or the resource ID and ensure it exists.',
  ],
  [
    'conflict',
    [409],
    'Conflict',
    "The request could not be completed due to a conflict with the current state of the resource. This may occur when trying to create a resource that already exists or when trying to update a resource that has been modified since it was last retrieved. Check the resource's state and try again.",
  ],
  [
    'precondition_failed',
    [412],
    'Precondition Failed',
    "The request included an `If-Match` header whose value does not match the resource's current ETag. The resource has been modified by another client since you last retrieved it. Fetch the latest version and retry your update. See the [Conditional Requests guide](/docs/reference/conditional-requests/) for details.",
  ],
  [
    'usage_limit_exceeded',
    [429],
    'Too Many Requests',
    'The request was rejected because the user has exceeded their usage limits. This may occur if the user has made too many requests in a short period of time. Check the usage limits and try again later.',
  ],
  [
    'server_error',
    [500],
    'Internal Server Error',
    'An unexpected error occurred on the server. This is a generic error message and may not provide specific details about the issue. If this error persists, please contact support.',
  ],
];

/** Seed 002, row by row: code, status, reason, description. */
export const CONTENTFUL_ROWS: Array<[string, number, string, string]> = [
  ['BadRequestError', 400, 'Bad Request', 'The request was malformed or it is missing a required parameter.'],
  ['InvalidQueryError', 400, 'Invalid query', 'The request contained invalid or unknown query parameters.'],
  ['AccessTokenInvalidError', 401, 'Unauthorized', 'The authorization token was invalid.'],
  [
    'AccessDeniedError',
    403,
    'Access Denied',
    'The user tried to access a resource that they do not have access to. This could include a missing role.',
  ],
  ['NotFoundError', 404, 'Not Found', 'The requested resource or endpoint could not be found.'],
  [
    'VersionMismatchError',
    409,
    'Version Mismatch',
    "This error happens when you're trying to update an existing asset, entry or content type, and you either didn't specify the current version of the object or specify an outdated version.",
  ],
  [
    'ValidationFailedError',
    422,
    'Validation Error',
    'The request payload was a valid JSON, but something was wrong with the data. Check the error details field â€“ it should provide more specific information about the error.',
  ],
  ['ValidationFailedError', 422, 'Unknown Field', 'The triggered query references an invalid field.'],
  ['InvalidEntryError', 422, 'Invalid Entry', 'The entered value is invalid.'],
  [
    'RateLimitExceededError',
    429,
    'Rate Limit Exceeded Error',
    'The user sends too many requests per second.',
  ],
  ['ServerError', 500, 'Server Error', 'Something went wrong on our end.'],
  [
    'AccessDeniedError',
    502,
    'Hibernated',
    'The space has not been used for a long time and hence it has been hibernated, but it will reappear if the user begins using it again.',
  ],
];

/** Seed 004: status, reason phrase, description. */
export const STATUS_ROWS: Array<[number, string, string]> = [
  [400, 'Bad Request', 'The request could not be understood or was missing required parameters.'],
  [
    401,
    'Unauthorized',
    "Authentication failed or the user doesn't have permissions for the requested operation.",
  ],
  [
    403,
    'Forbidden',
    "Authentication succeeded, but the authenticated user doesn't have access to the requested resource.",
  ],
  [404, 'Not Found', 'The requested resource could not be found.'],
  [405, 'Method Not Allowed', 'The HTTP method used is not supported for this resource.'],
  [
    406,
    'Not Acceptable',
    "The server can't produce a response matching the list of acceptable values defined in the request's headers.",
  ],
  [
    409,
    'Conflict',
    'The request could not be completed due to a conflict with the current state of the target resource.',
  ],
  [415, 'Unsupported Media Type', 'The media type of the provided data is not supported.'],
  [
    429,
    'Too Many Requests',
    'Too many requests were made in a given amount of time. Rate limiting has been applied.',
  ],
  [500, 'Internal Server Error', 'An error occurred on the server.'],
  [
    502,
    'Bad Gateway',
    'The server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed.',
  ],
  [
    503,
    'Service Unavailable',
    'The server is currently unavailable (because it is overloaded or down for maintenance).',
  ],
  [
    504,
    'Gateway Timeout',
    'The server, while acting as a gateway or proxy, did not receive a timely response from another server or some other source.',
  ],
];

/** Seed 003: code, statuses, the section's first paragraph, the example's message. */
export const FREE_TEXT_CODES: Array<[string, number[], string | undefined, string]> = [
  [
    'INVALID_REQUEST',
    [400],
    'The server cannot or will not process the request due to something that is perceived to be a client error (e.g., malformed request syntax, invalid request message framing, or deceptive request routing).',
    "Missing required 'user_id' parameter.",
  ],
  [
    'UNAUTHENTICATED',
    [401],
    'The request requires user authentication. The client might not have provided credentials or the provided credentials are invalid.',
    'Authentication credentials not provided or invalid.',
  ],
  [
    'PERMISSION_DENIED',
    [403],
    'The server understood the request, but refuses to authorize it. This is different from 401 Unauthorized because it means the identity of the client is known to the server, but the client does not have permission to perform the requested action.',
    'You do not have permission to perform this action.',
  ],
  [
    'RESOURCE_NOT_FOUND',
    [404],
    'The server can not find the requested resource. This may be because the resource does not exist or because the request URL is incorrect.',
    'The requested resource could not be found.',
  ],
  [
    'RATE_LIMIT_EXCEEDED',
    [429],
    'The user has sent too many requests in a given amount of time ("rate limiting").',
    'You have exceeded your allowed request rate. Please try again later.',
  ],
  [
    'INTERNAL_SERVER_ERROR',
    [500],
    'The server encountered an unexpected condition that prevented it from fulfilling the request. This is a generic error message when no more specific message is suitable.',
    'An unexpected error occurred. Please try again later or contact support if the problem persists.',
  ],
  [
    'SERVICE_UNAVAILABLE',
    [503],
    'The server is not ready to handle the request. This may be due to a temporary overload or maintenance.',
    'The service is temporarily unavailable. Please try again later.',
  ],
  [
    'INSUFFICIENT_BALANCE',
    [],
    undefined,
    'Your account balance is insufficient to complete this transaction.',
  ],
];
