import statuses from 'statuses';
import type { CarrierExtension } from '../catalog/types';
import type { PropertyPath } from './envelopes';

/**
 * One way a status (and often a body) reaches the response. A row matches either a call or
 * construction (`callees`, `methods`) or an assignment (`assignedProperty`).
 */
export interface StatusCarrier {
  name: string;
  /** Dotted names as written: `createError`, `Response`, `res.fail`. */
  callees?: readonly string[];
  /** Method names called on any receiver (`status` matches `res.status(...)` and `reply.status(...)`). */
  methods?: readonly string[];
  /** Restricts `methods` to these receivers (`Response.json`, `Boom.forbidden`). */
  receivers?: readonly string[];
  /** `call`: `f(...)`, `new`: `new F(...)`, `either`: both (http-errors accepts both). */
  via: 'call' | 'new' | 'either';
  /** `x.status = n`: the row matches an assignment to this property; the status is the right side. */
  assignedProperty?: string;
  /**
   * Restricts an assignment to objects of these names, the last name of a chain (`ctx`,
   * `ctx.response`, `this`): a response or a context, not any object with a `status`.
   */
  assignedTo?: readonly string[];
  /** Zero-based argument that holds the status. */
  statusArgument?: number;
  /** When the status argument is an options object: the property holding the status (`{ status }`). */
  statusOption?: string;
  /**
   * The status the callee's name implies (`Boom.forbidden`: 403, `new NotFoundException()`: 404),
   * keyed by the method or constructor name.
   */
  implied?: Readonly<Record<string, number>>;
  /** Zero-based argument that holds the response body (an envelope). */
  bodyArgument?: number;
  /** For assignments: the right side is a response body (`ctx.body = {...}`). */
  assignsBody?: boolean;
  /** Zero-based argument that is the code string itself. */
  codeArgument?: number;
  /** Arguments that may be an object holding the code at `codeObjectPath` (`ctx.throw(403, msg, { code })`). */
  codeObjectArguments?: readonly number[];
  codeObjectPath?: PropertyPath;
  /**
   * Methods chained on the result that send a body with this status:
   * `res.status(403).json(body)`, `reply.code(403).send(body)`.
   */
  chainBody?: readonly string[];
  /**
   * The carrier raises an error (an exception, `ctx.throw`): an error handler sends it, with the
   * API's default code for its status when it names none.
   */
  raises?: boolean;
  /**
   * Whether a bare statement of this carrier (`reply.code(404);`, `ctx.status = 403;`) sets the
   * status of a body sent later in the same function.
   */
  setsLaterBody?: boolean;
}

/** A call that defines a code: `createError('FORBIDDEN', 'You are not allowed', 403)`. */
export interface CodeDefiner {
  name: string;
  callees: readonly string[];
  codeArgument: number;
  messageArgument?: number;
  statusArgument?: number;
  /** Modules whose function of the same name defines nothing (http-errors' `createError`). */
  excludedModules?: readonly string[];
}

/** @hapi/boom's helpers and the status each one sends. */
export const BOOM_METHODS: Readonly<Record<string, number>> = {
  badRequest: 400,
  unauthorized: 401,
  paymentRequired: 402,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  notAcceptable: 406,
  proxyAuthRequired: 407,
  clientTimeout: 408,
  conflict: 409,
  resourceGone: 410,
  lengthRequired: 411,
  preconditionFailed: 412,
  entityTooLarge: 413,
  uriTooLong: 414,
  unsupportedMediaType: 415,
  rangeNotSatisfiable: 416,
  expectationFailed: 417,
  teapot: 418,
  badData: 422,
  locked: 423,
  failedDependency: 424,
  tooEarly: 425,
  preconditionRequired: 428,
  tooManyRequests: 429,
  illegal: 451,
  internal: 500,
  badImplementation: 500,
  notImplemented: 501,
  badGateway: 502,
  serverUnavailable: 503,
  gatewayTimeout: 504,
};

/** NestJS's built-in HTTP exceptions and their statuses. */
export const NEST_EXCEPTIONS: Readonly<Record<string, number>> = {
  BadRequestException: 400,
  UnauthorizedException: 401,
  ForbiddenException: 403,
  NotFoundException: 404,
  MethodNotAllowedException: 405,
  NotAcceptableException: 406,
  RequestTimeoutException: 408,
  ConflictException: 409,
  GoneException: 410,
  PreconditionFailedException: 412,
  PayloadTooLargeException: 413,
  UnsupportedMediaTypeException: 415,
  ImATeapotException: 418,
  MisdirectedException: 421,
  UnprocessableEntityException: 422,
  InternalServerErrorException: 500,
  NotImplementedException: 501,
  BadGatewayException: 502,
  ServiceUnavailableException: 503,
  GatewayTimeoutException: 504,
  HttpVersionNotSupportedException: 505,
};

/**
 * http-errors' constructors (`createError.NotFound`), named as the package names them: the reason
 * phrase of each 4xx/5xx status in PascalCase, without punctuation (`I'm a Teapot` -> `ImATeapot`).
 */
const HTTP_ERRORS_CLASSES: Readonly<Record<string, number>> = Object.fromEntries(
  statuses.codes
    .filter((code) => code >= 400)
    .map((code) => [identifierOf(statuses.message[code] ?? ''), code] as const)
    .filter(([name]) => name.length > 0),
);

function identifierOf(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
    .split('')
    .filter(
      (char) => (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9'),
    )
    .join('');
}

const HTTP_ERRORS_NAMES = ['createError', 'createHttpError', 'httpErrors', 'HttpErrors'];

/**
 * The status carriers, tried in order; the first row that yields a status for a call names it.
 * A row's `name` is its id: completion's writers (`CARRIER_WRITERS`) and the README are keyed by
 * it as a `CarrierId`, so a row nothing writes or documents fails to compile there.
 */
/**
 * What a response or request context is called where a status is assigned to it: Koa's `ctx`
 * (`ctx.response`, `this` in its middleware), Node's and Express's `res`, a reply. A `status` set
 * on another object (`connection.status = 500`, `job.status = 2`) is data.
 */
const RESPONSE_OBJECTS: readonly string[] = [
  'ctx',
  'context',
  'response',
  'res',
  'resp',
  'reply',
  'this',
  'c',
];

export const STATUS_CARRIERS = builtInCarriers([
  {
    name: 'express-status',
    methods: ['status'],
    via: 'call',
    statusArgument: 0,
    chainBody: ['json', 'send', 'jsonp', 'end'],
    setsLaterBody: true,
  },
  {
    name: 'fastify-code',
    methods: ['code'],
    via: 'call',
    statusArgument: 0,
    chainBody: ['send'],
    setsLaterBody: true,
  },
  { name: 'express-sendStatus', methods: ['sendStatus'], via: 'call', statusArgument: 0 },
  {
    name: 'express-statusCode',
    assignedProperty: 'statusCode',
    assignedTo: RESPONSE_OBJECTS,
    via: 'call',
    setsLaterBody: true,
  },
  {
    name: 'koa-status',
    assignedProperty: 'status',
    assignedTo: RESPONSE_OBJECTS,
    via: 'call',
    setsLaterBody: true,
  },
  { name: 'koa-body', assignedProperty: 'body', via: 'call', assignsBody: true },
  {
    name: 'koa-throw',
    methods: ['throw'],
    via: 'call',
    raises: true,
    statusArgument: 0,
    codeObjectArguments: [1, 2],
    codeObjectPath: ['code'],
  },
  {
    name: 'response-json',
    methods: ['json'],
    receivers: ['Response', 'NextResponse'],
    via: 'call',
    bodyArgument: 0,
    statusArgument: 1,
    statusOption: 'status',
  },
  {
    name: 'hono-json',
    methods: ['json'],
    via: 'call',
    bodyArgument: 0,
    statusArgument: 1,
    // `c.json(body, 404)` or `c.json(body, { status: 404 })` (a ResponseInit).
    statusOption: 'status',
  },
  { name: 'hono-response', methods: ['text', 'body', 'html'], via: 'call', statusArgument: 1 },
  { name: 'send-body', methods: ['send', 'jsonp'], via: 'call', bodyArgument: 0 },
  {
    name: 'web-response',
    callees: ['Response', 'NextResponse'],
    via: 'new',
    bodyArgument: 0,
    statusArgument: 1,
    statusOption: 'status',
  },
  { name: 'hono-http-exception', callees: ['HTTPException'], via: 'new', statusArgument: 0, raises: true },
  {
    name: 'http-errors',
    callees: HTTP_ERRORS_NAMES,
    via: 'either',
    raises: true,
    statusArgument: 0,
    codeObjectArguments: [1, 2],
    codeObjectPath: ['code'],
  },
  {
    name: 'http-errors-class',
    methods: Object.keys(HTTP_ERRORS_CLASSES),
    receivers: HTTP_ERRORS_NAMES,
    via: 'either',
    raises: true,
    implied: HTTP_ERRORS_CLASSES,
  },
  {
    name: 'boom',
    methods: Object.keys(BOOM_METHODS),
    receivers: ['Boom', 'boom'],
    via: 'call',
    raises: true,
    implied: BOOM_METHODS,
    codeObjectArguments: [1],
    codeObjectPath: ['code'],
  },
  {
    name: 'nest-http-exception',
    callees: ['HttpException'],
    via: 'new',
    bodyArgument: 0,
    statusArgument: 1,
    raises: true,
  },
  {
    name: 'nest-exception',
    callees: Object.keys(NEST_EXCEPTIONS),
    via: 'new',
    raises: true,
    bodyArgument: 0,
    implied: NEST_EXCEPTIONS,
  },
]);

/** The name of a built-in carrier row: `express-status`, `koa-body`, `boom`, ... */
export type CarrierId = (typeof STATUS_CARRIERS)[number]['name'];

/** The rows as written, their names kept as literal types so `CarrierId` is their union. */
function builtInCarriers<Id extends string>(
  rows: readonly (StatusCarrier & { name: Id })[],
): readonly (StatusCarrier & { name: Id })[] {
  return rows;
}

/** Property names that state a status beside the code in the same object. */
export const SIBLING_STATUS_PROPERTIES: readonly string[] = ['status', 'statusCode'];

/** The carrier name of a status found beside the code, or at an envelope's status path. */
export const SIBLING_CARRIER = 'sibling-property';

/**
 * Calls that define codes: @directus/errors and @fastify/error both export
 * `createError(code, message, status)`. http-errors' `createError(404, ...)` has the same name and
 * is told apart by its first argument: a number there, a string here.
 */
export const CODE_DEFINERS: readonly CodeDefiner[] = [
  {
    name: 'create-error',
    callees: ['createError'],
    codeArgument: 0,
    messageArgument: 1,
    statusArgument: 2,
    excludedModules: ['http-errors'],
  },
];

/**
 * Namespaces whose members are status constants: http-status-codes `StatusCodes`, NestJS
 * `HttpStatus`, axios `HttpStatusCode`, http-status's default export.
 */
export const STATUS_NAMESPACES: readonly string[] = [
  'StatusCodes',
  'HttpStatus',
  'HttpStatusCode',
  'httpStatus',
  'status',
];

/** Modules whose named exports are status constants (`import { NOT_FOUND } from 'http-status-codes'`). */
export const STATUS_MODULES: readonly string[] = ['http-status-codes', 'http-status', '@nestjs/common'];

/** A row of the table from a catalog's or the settings' declarative extension. */
function carrierFromExtension(extension: CarrierExtension): StatusCarrier {
  return {
    name: extension.callee,
    callees: [extension.callee],
    via: 'either',
    statusArgument: extension.statusArgument,
    bodyArgument: extension.bodyArgument,
    codeArgument: extension.codeArgument,
  };
}

/** The carriers in force: the extensions first, so a team's own helper wins over a built-in row. */
export function carrierTable(extensions: readonly CarrierExtension[] = []): StatusCarrier[] {
  return [...extensions.map(carrierFromExtension), ...STATUS_CARRIERS];
}
