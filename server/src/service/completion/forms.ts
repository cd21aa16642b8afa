import { BOOM_METHODS, NEST_EXCEPTIONS } from '../../analysis/carriers';

/**
 * How a statement sends an error body with a status, one row per status carrier of the analyser's
 * table (`carrier` names the row, so a written statement is one the analyser recognises). Which
 * row a completion writes is the one the project already uses most.
 */
export interface StatementForm {
  carrier: string;
  /** Other carrier rows whose use counts for this form (`ctx.body =` for `ctx.status =`). */
  alsoFor?: readonly string[];
  /** Shown in the item's details. */
  label: string;
  write(body: string, status: string): string;
}

/**
 * `Response.json(body, { status })`, or Next.js's `NextResponse.json`: the carrier row reads both
 * receivers alike, so they are one form written with either name.
 */
export function jsonResponseForm(receiver: 'Response' | 'NextResponse'): StatementForm {
  return {
    carrier: 'response-json',
    label: `${receiver}.json()`,
    write: (body, status) => `return ${receiver}.json(${body}, { status: ${status} });`,
  };
}

export const STATEMENT_FORMS: readonly StatementForm[] = [
  {
    carrier: 'express-status',
    label: 'res.status().json()',
    write: (body, status) => `return res.status(${status}).json(${body});`,
  },
  {
    carrier: 'fastify-code',
    label: 'reply.code().send()',
    write: (body, status) => `return reply.code(${status}).send(${body});`,
  },
  { carrier: 'hono-json', label: 'c.json()', write: (body, status) => `return c.json(${body}, ${status});` },
  jsonResponseForm('Response'),
  {
    carrier: 'koa-status',
    alsoFor: ['koa-body'],
    label: 'ctx.status, ctx.body',
    write: (body, status) => `ctx.status = ${status};\nctx.body = ${body};`,
  },
  {
    carrier: 'nest-http-exception',
    label: 'throw new HttpException()',
    write: (body, status) => `throw new HttpException(${body}, ${status});`,
  },
];

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

/**
 * How a `throw` statement raises a catalog error, one row per carrier that can be thrown. A row
 * may decline a status it has no name for (`Boom` has no method for 418); the next row writes it.
 */
export interface ThrowForm {
  /** The carrier rows whose use in the project selects this form. */
  carriers: readonly string[];
  /** The expression after `throw`, or undefined when the form cannot write this status. */
  write(parts: ThrowParts): string | undefined;
}

/** The form every project can use: http-errors, the commonest way to throw a status with a code. */
export const DEFAULT_THROW_FORM: ThrowForm = {
  carriers: ['http-errors', 'http-errors-class'],
  write: (p) => `createError(${p.status}, ${p.message}, { code: ${p.code} })`,
};

export const THROW_FORMS: readonly ThrowForm[] = [
  DEFAULT_THROW_FORM,
  { carriers: ['nest-http-exception'], write: (p) => `new HttpException(${p.body()}, ${p.status})` },
  {
    carriers: ['nest-exception'],
    write: (p) => {
      const name = nameFor(NEST_EXCEPTIONS, p.statusValue);
      return name && `new ${name}(${p.body()})`;
    },
  },
  {
    carriers: ['boom'],
    write: (p) => {
      const method = nameFor(BOOM_METHODS, p.statusValue);
      return method && `Boom.${method}(${p.message}, { code: ${p.code} })`;
    },
  },
];

/** The first name a table gives a status (`Boom.internal` before `Boom.badImplementation`). */
function nameFor(table: Readonly<Record<string, number>>, status: number | undefined): string | undefined {
  if (status === undefined) return undefined;
  return Object.keys(table).find((name) => table[name] === status);
}
