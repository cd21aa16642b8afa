import { BOOM_METHODS, NEST_EXCEPTIONS, type CarrierId } from '../../analysis/carriers';

/** How a statement sends an error body with a status through one carrier row. */
interface StatementWriter {
  /** Shown in the item's details. */
  label: string;
  write(body: string, status: string): string;
}

/** What a throw form writes with, each part already in snippet syntax. */
export interface ThrowParts {
  code: string;
  /** The status as the document writes statuses (`403`, `HttpStatus.FORBIDDEN`). */
  status: string;
  /** The status's value, for forms whose callee names it (`Boom.forbidden`); undefined when unknown. */
  statusValue?: number;
  message: string;
  /** The error body in the project's envelope style. */
  body(): string;
}

/** How a `throw` statement raises a catalog error through one carrier row. */
interface ThrowWriter {
  /** The expression after `throw`, or undefined when the form cannot write this status. */
  write(parts: ThrowParts): string | undefined;
}

/**
 * How completion writes a built-in carrier row: a statement (`return res.status(n).json(body);`),
 * a throw, or both; or, for a row it writes no form of its own for, why. `writtenBy` names the row
 * whose form a project that uses this one gets, and the use of this row selects that form.
 */
type CarrierWriter =
  | { statement: StatementWriter; throw?: ThrowWriter }
  | { statement?: never; throw: ThrowWriter }
  | { writtenBy: CarrierId; reason: string }
  | { notWritten: string };

/** `Response.json(body, { status })`, or Next.js's `NextResponse.json`: the row reads both alike. */
function jsonResponseWriter(receiver: 'Response' | 'NextResponse'): StatementWriter {
  return {
    label: `${receiver}.json()`,
    write: (body, status) => `return ${receiver}.json(${body}, { status: ${status} });`,
  };
}

/**
 * Every built-in carrier row of the analyser's table (`STATUS_CARRIERS`), keyed by its name: a
 * statement written through a row is one the analyser recognises as that row (the round-trip test
 * writes each and reads it back). A new row of the table fails to compile here until it is given a
 * writer or a reason it has none.
 */
export const CARRIER_WRITERS = {
  'express-status': {
    statement: {
      label: 'res.status().json()',
      write: (body, status) => `return res.status(${status}).json(${body});`,
    },
  },
  'fastify-code': {
    statement: {
      label: 'reply.code().send()',
      write: (body, status) => `return reply.code(${status}).send(${body});`,
    },
  },
  'express-sendStatus': {
    notWritten:
      '`res.sendStatus(n)` sends the reason phrase as the body: there is no envelope to hold a code.',
  },
  'express-statusCode': {
    notWritten:
      '`res.statusCode = n` only sets the status; Express statements are written with the status where the body is sent, `res.status(n).json(body)` (express-status).',
  },
  'koa-status': {
    statement: {
      label: 'ctx.status, ctx.body',
      write: (body, status) => `ctx.status = ${status};\nctx.body = ${body};`,
    },
  },
  'koa-body': {
    writtenBy: 'koa-status',
    reason:
      '`ctx.body = body` carries no status: the koa-status form writes it on the line after `ctx.status = n`.',
  },
  'koa-throw': {
    notWritten:
      '`ctx.throw(n, message, { code })` is a call, not a statement after `throw` nor a body: Koa errors are written as `ctx.status` and `ctx.body` (koa-status).',
  },
  'response-json': { statement: jsonResponseWriter('Response') },
  'hono-json': {
    statement: { label: 'c.json()', write: (body, status) => `return c.json(${body}, ${status});` },
  },
  'hono-response': {
    notWritten:
      '`c.text()`, `c.body()` and `c.html()` send text, not a JSON envelope: Hono errors are written with `c.json(body, n)` (hono-json).',
  },
  'send-body': {
    notWritten:
      '`res.send(body)` states no status: the Express and Fastify forms chain the send after the status (express-status, fastify-code).',
  },
  'web-response': {
    notWritten:
      '`new Response(JSON.stringify(body), { status })` is written as the shorter `Response.json(body, { status })` (response-json), which every runtime with `Response` has.',
  },
  'hono-http-exception': {
    notWritten:
      '`new HTTPException(n, { message })` holds no body or code the analyser reads, so a code written there would not be recognised.',
  },
  'http-errors': {
    // The form every project can use: the commonest way to throw a status with a code.
    throw: { write: (p) => `createError(${p.status}, ${p.message}, { code: ${p.code} })` },
  },
  'http-errors-class': {
    writtenBy: 'http-errors',
    reason:
      '`new createError.NotFound()` takes no code: a project that uses it gets `createError(n, message, { code })` (http-errors).',
  },
  boom: {
    throw: {
      write: (p) => {
        const method = nameFor(BOOM_METHODS, p.statusValue);
        return method && `Boom.${method}(${p.message}, { code: ${p.code} })`;
      },
    },
  },
  'nest-http-exception': {
    statement: {
      label: 'throw new HttpException()',
      write: (body, status) => `throw new HttpException(${body}, ${status});`,
    },
    throw: { write: (p) => `new HttpException(${p.body()}, ${p.status})` },
  },
  'nest-exception': {
    throw: {
      write: (p) => {
        const name = nameFor(NEST_EXCEPTIONS, p.statusValue);
        return name && `new ${name}(${p.body()})`;
      },
    },
  },
} satisfies Record<CarrierId, CarrierWriter>;

type Writers = typeof CARRIER_WRITERS;

/** The carrier rows completion writes a statement through. */
type StatementCarrier = {
  [Id in CarrierId]: Writers[Id] extends { statement: StatementWriter } ? Id : never;
}[CarrierId];

/** The carrier rows completion writes a throw through. */
type ThrowCarrier = { [Id in CarrierId]: Writers[Id] extends { throw: ThrowWriter } ? Id : never }[CarrierId];

/**
 * How a statement sends an error body with a status, through one carrier row (`carrier`). Which
 * row a completion writes is the one the project already uses most.
 */
export interface StatementForm extends StatementWriter {
  carrier: StatementCarrier;
  /** Other carrier rows whose use counts for this form (`ctx.body =` for `ctx.status =`). */
  alsoFor?: readonly CarrierId[];
}

/**
 * How a `throw` statement raises a catalog error, through one carrier row. A row may decline a
 * status it has no name for (`Boom` has no method for 421); the default form writes it.
 */
export interface ThrowForm extends ThrowWriter {
  /** The carrier rows whose use in the project selects this form, its own row first. */
  carriers: readonly [ThrowCarrier, ...CarrierId[]];
}

/** The rows whose use selects `carrier`'s form: those it writes for (`writtenBy`). */
function writtenFor(carrier: CarrierId): CarrierId[] {
  return (Object.keys(CARRIER_WRITERS) as CarrierId[]).filter((id) => {
    const writer: CarrierWriter = CARRIER_WRITERS[id];
    return 'writtenBy' in writer && writer.writtenBy === carrier;
  });
}

/** The statement form of a row that has one. */
export function statementForm(carrier: StatementCarrier): StatementForm {
  const alsoFor = writtenFor(carrier);
  return { carrier, ...(alsoFor.length > 0 ? { alsoFor } : {}), ...CARRIER_WRITERS[carrier].statement };
}

function throwForm(carrier: ThrowCarrier): ThrowForm {
  return { carriers: [carrier, ...writtenFor(carrier)], ...CARRIER_WRITERS[carrier].throw };
}

/** `Response.json(body, { status })` or Next.js's `NextResponse.json`, one row's form either way. */
export function jsonResponseForm(receiver: 'Response' | 'NextResponse'): StatementForm {
  return { ...statementForm('response-json'), ...jsonResponseWriter(receiver) };
}

/**
 * The statement forms, in the order ties between equally used carriers go; the first is what a
 * project that sends no error yet gets.
 */
export const STATEMENT_FORMS: readonly StatementForm[] = (
  [
    'express-status',
    'fastify-code',
    'hono-json',
    'response-json',
    'koa-status',
    'nest-http-exception',
  ] as const
).map(statementForm);

/** The form every project can use: http-errors, the commonest way to throw a status with a code. */
export const DEFAULT_THROW_FORM: ThrowForm = throwForm('http-errors');

/** The throw forms, in the order ties between equally used carriers go. */
export const THROW_FORMS: readonly ThrowForm[] = [
  DEFAULT_THROW_FORM,
  ...(['nest-http-exception', 'nest-exception', 'boom'] as const).map(throwForm),
];

/** The first name a table gives a status (`Boom.internal` before `Boom.badImplementation`). */
function nameFor(table: Readonly<Record<string, number>>, status: number | undefined): string | undefined {
  if (status === undefined) return undefined;
  return Object.keys(table).find((name) => table[name] === status);
}
