import { test } from 'node:test';
import { assertFixture, envelope, number, written } from './fixtures';

test('express: status(), a status chained before json(), statusCode =, sendStatus, status() before send()', () => {
  assertFixture(
    'carriers/express.ts',
    [
      envelope('DOCUMENT_NOT_FOUND', 'nested', number(404, 'express-status')),
      envelope('DOCUMENT_LOCKED', 'nested', number(423, 'express-statusCode')),
      envelope('RATE_LIMITED', 'nested', written(429, 'TOO_MANY_REQUESTS', 'member', 'express-status')),
      envelope('DELETE_FORBIDDEN', 'nested', number(403, 'express-status')),
    ],
    [
      number(404, 'express-status'),
      number(410, 'express-sendStatus'),
      number(423, 'express-statusCode'),
      written(429, 'TOO_MANY_REQUESTS', 'member', 'express-status'),
      number(403, 'express-status'),
    ],
  );
});

test('koa: ctx.status = n with ctx.body = body, before or after it, and ctx.throw(n, msg, { code })', () => {
  assertFixture(
    'carriers/koa.ts',
    [
      envelope('USER_NOT_FOUND', 'nested', number(404, 'koa-status')),
      envelope('ADMIN_REQUIRED', 'koa-throw', number(403, 'koa-throw')),
      envelope('QUOTA_EXCEEDED', 'nested', written(402, 'PAYMENT_REQUIRED', 'member', 'koa-status')),
    ],
    [
      number(404, 'koa-status'),
      number(403, 'koa-throw'),
      written(402, 'PAYMENT_REQUIRED', 'member', 'koa-status'),
    ],
  );
});

test('hono: c.json(body, n), c.status(n) before c.json(body), new HTTPException(n)', () => {
  assertFixture(
    'carriers/hono.ts',
    [
      envelope('BOOK_NOT_FOUND', 'nested', number(404, 'hono-json')),
      envelope('BOOK_EXISTS', 'nested', number(409, 'express-status')),
    ],
    [
      number(404, 'hono-json'),
      number(401, 'hono-http-exception'),
      number(204, 'hono-response'),
      number(409, 'express-status'),
    ],
  );
});

test('web and Next.js: new Response(JSON.stringify(body), { status }), Response.json and NextResponse.json', () => {
  assertFixture('carriers/web.ts', [
    envelope('NOT_FOUND', 'nested', number(404, 'web-response')),
    envelope('INVALID_REQUEST', 'nested', number(400, 'response-json')),
    envelope('CONFLICT', 'nested', written(409, 'CONFLICT', 'member', 'response-json')),
  ]);
});

test('http-errors: createError(n, msg, { code }) in any argument, new createError.Gone()', () => {
  assertFixture(
    'carriers/http-errors.ts',
    [
      envelope('NOT_OWNER', 'http-errors', number(403, 'http-errors')),
      envelope('ITEM_NOT_FOUND', 'http-errors', number(404, 'http-errors')),
    ],
    [
      number(403, 'http-errors'),
      number(404, 'http-errors'),
      written(410, 'Gone', 'implied', 'http-errors-class'),
    ],
  );
});

test('boom: the method implies the status, the data argument holds the code', () => {
  assertFixture(
    'carriers/boom.ts',
    [envelope('ADMIN_REQUIRED', 'boom', written(403, 'forbidden', 'implied', 'boom'))],
    [written(401, 'unauthorized', 'implied', 'boom'), written(403, 'forbidden', 'implied', 'boom')],
  );
});

test('nest: new HttpException(body, n), the implied status of NotFoundException and ForbiddenException', () => {
  assertFixture(
    'carriers/nest.ts',
    [
      envelope('ORDER_NOT_FOUND', 'nested', written(404, 'NotFoundException', 'implied', 'nest-exception')),
      envelope('ORDER_LOCKED', 'flat', written(423, 'LOCKED', 'member', 'nest-http-exception')),
      envelope('NOT_VISIBLE', 'flat', written(403, 'ForbiddenException', 'implied', 'nest-exception')),
    ],
    [
      written(404, 'NotFoundException', 'implied', 'nest-exception'),
      written(423, 'LOCKED', 'member', 'nest-http-exception'),
      written(403, 'ForbiddenException', 'implied', 'nest-exception'),
      number(418, 'nest-http-exception'),
    ],
  );
});

test('status constants: library namespaces, a local const, object and enum members; unknown ones stay unknown', () => {
  assertFixture('carriers/constants.ts', [
    envelope('FORBIDDEN', 'nested', written(403, 'FORBIDDEN', 'member', 'express-status')),
    envelope('TEAPOT', 'nested', written(418, 'I_AM_A_TEAPOT', 'member', 'express-status')),
    envelope('NOT_FOUND', 'nested', written(404, 'NOT_FOUND', 'constant', 'express-status')),
    envelope('TOO_MANY', 'nested', written(429, 'TOO_MANY', 'member', 'express-status')),
    envelope('GONE', 'nested', written(410, 'Gone', 'member', 'express-status')),
    envelope('UNKNOWN_MEMBER', 'nested'),
    envelope('DYNAMIC', 'nested'),
  ]);
});
