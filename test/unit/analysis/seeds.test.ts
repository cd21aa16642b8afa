import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyseFixture,
  assertFixture,
  definitionAndReferenceRanges,
  envelope,
  number,
  written,
  type ReferenceSummary,
  type StatusSummary,
} from './fixtures';

const problem = (code: string, status: StatusSummary): ReferenceSummary => ({
  code,
  style: 'problem',
  kind: 'problem',
  status,
});

test('seed 000 (Directus): errors[].extensions.code from routes, and createError classes', () => {
  const { model, marked } = analyseFixture('seeds/000-directus.ts');
  assert.deepEqual(
    model.definitions.map((d) => [d.code, d.status, d.className]),
    [
      ['FORBIDDEN', 403, 'ForbiddenError'],
      ['INVALID_PAYLOAD', 400, 'InvalidPayloadError'],
    ],
  );
  assert.deepEqual(definitionAndReferenceRanges(model), marked.ranges());
  assert.deepEqual(
    model.references.map((r) => ({
      code: r.code,
      style: r.style,
      kind: r.kind,
      status: r.status && { ...r.status, range: marked.document.getText(r.status.range) },
    })),
    [
      {
        code: 'TOKEN_EXPIRED',
        style: 'directus',
        kind: 'envelope',
        status: { value: 401, range: '401', form: 'number', carrier: 'express-status' },
      },
      {
        code: 'FORBIDDEN',
        style: 'create-error',
        kind: 'class',
        status: { value: 403, range: '403', form: 'number', carrier: 'create-error' },
      },
      {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        style: 'directus',
        kind: 'envelope',
        status: { value: 415, range: '415', form: 'number', carrier: 'express-status' },
      },
      {
        code: 'INVALID_PAYLOAD',
        style: 'create-error',
        kind: 'class',
        status: { value: 400, range: '400', form: 'number', carrier: 'create-error' },
      },
      {
        code: 'ROUTE_NOT_FOUND',
        style: 'directus',
        kind: 'envelope',
        status: { value: 404, range: '404', form: 'number', carrier: 'express-status' },
      },
      {
        code: 'REQUESTS_EXCEEDED',
        style: 'directus',
        kind: 'envelope',
        status: { value: 429, range: '429', form: 'number', carrier: 'express-status' },
      },
    ],
  );
});

test('seed 001 (OAuth-like): the error string, with NextResponse.json and Express statuses', () => {
  assertFixture('seeds/001-oauth.ts', [
    envelope('invalid_content_type', 'oauth', number(415, 'response-json')),
    envelope('invalid_request', 'oauth', number(400, 'response-json')),
    envelope('unauthorized_client', 'oauth', number(401, 'response-json')),
    envelope('insufficient_scope', 'oauth', number(403, 'response-json')),
    envelope('session_expired', 'oauth', number(401, 'express-status')),
    envelope('usage_limit_exceeded', 'oauth', number(429, 'express-status')),
  ]);
});

test('seed 002 (Contentful): one code sent with 502 and with 403, from Koa', () => {
  assertFixture('seeds/002-contentful.ts', [
    envelope('AccessDeniedError', 'contentful', number(502, 'koa-status')),
    envelope('AccessDeniedError', 'contentful', number(403, 'koa-status')),
    envelope('NotFoundError', 'contentful', number(404, 'koa-status')),
    envelope('ValidationFailedError', 'contentful', number(422, 'koa-status')),
  ]);
});

test('seed 002 (Contentful): a team helper taking the code is found once declared', () => {
  const { model } = analyseFixture('seeds/002-contentful.ts', {
    carriers: [{ callee: 'error', codeArgument: 1 }],
  });
  const declared = model.references.filter((r) => r.style === 'error');
  assert.deepEqual(
    declared.map((r) => [r.code, r.status?.value, r.status?.carrier]),
    [['VersionMismatchError', 409, 'koa-status']],
  );
});

test('seed 003 (nested): error.code from Fastify routes and the error handler', () => {
  assertFixture('seeds/003-nested.ts', [
    envelope('INVALID_REQUEST', 'nested', written(400, 'BAD_REQUEST', 'member', 'fastify-code')),
    envelope('UNAUTHENTICATED', 'nested', number(401, 'fastify-code')),
    envelope('RESOURCE_NOT_FOUND', 'nested', number(404, 'fastify-code')),
    envelope('PERMISSION_DENIED', 'nested', number(403, 'express-status')),
    envelope('INSUFFICIENT_BALANCE', 'nested', number(402, 'fastify-code')),
    envelope('RATE_LIMIT_EXCEEDED', 'nested', written(429, 'TOO_MANY_REQUESTS', 'member', 'express-status')),
    envelope('INTERNAL_SERVER_ERROR', 'nested', number(500, 'express-status')),
  ]);
});

test('seed 004 (status-only): problem details whose status is the code, with the response status', () => {
  const { model } = assertFixture('seeds/004-problem.ts', [
    problem('401', number(401, 'hono-json')),
    problem('404', written(404, 'NOT_FOUND', 'member', 'hono-json')),
    problem('415', number(415, 'hono-json')),
    problem('409', number(409, 'response-json')),
    problem('429', number(429, 'web-response')),
  ]);
  assert.deepEqual(
    model.references.map((r) => r.title?.text),
    ['Unauthorized', 'Not Found', 'Unsupported Media Type', 'Conflict', 'Too Many Requests'],
  );
});
