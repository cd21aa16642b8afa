import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseFixture, number } from './fixtures';

test('nested: codes with the status of res.status() and of a status beside the code', () => {
  const { marked, model, summaries } = analyseFixture('envelopes/nested.ts');
  assert.deepEqual(
    model.references.map((r) => r.range),
    marked.ranges(),
  );
  assert.deepEqual(summaries, [
    { code: 'FORBIDDEN', style: 'nested', kind: 'envelope', status: number(403, 'express-status') },
    {
      code: 'RESOURCE_NOT_FOUND',
      style: 'nested',
      kind: 'envelope',
      status: number(404, 'sibling-property'),
    },
  ]);
});

test('directus: every element of errors[], with and without a response status', () => {
  const { marked, model, summaries } = analyseFixture('envelopes/directus.ts');
  assert.deepEqual(
    model.references.map((r) => r.range),
    marked.ranges(),
  );
  assert.deepEqual(summaries, [
    { code: 'TOKEN_EXPIRED', style: 'directus', kind: 'envelope', status: number(401, 'express-status') },
    { code: 'ROUTE_NOT_FOUND', style: 'directus', kind: 'envelope' },
    { code: 'REQUESTS_EXCEEDED', style: 'directus', kind: 'envelope' },
  ]);
});

test('oauth: the error string is the code; NextResponse.json carries the status', () => {
  const { marked, model, summaries } = analyseFixture('envelopes/oauth.ts');
  assert.deepEqual(
    model.references.map((r) => r.range),
    marked.ranges(),
  );
  assert.deepEqual(summaries, [
    { code: 'invalid_request', style: 'oauth', kind: 'envelope', status: number(400, 'response-json') },
    { code: 'insufficient_scope', style: 'oauth', kind: 'envelope', status: number(403, 'response-json') },
  ]);
});

test('fastify: reply.code(n).send(body) and reply.status(n) before a returned body', () => {
  const { marked, model, summaries } = analyseFixture('carriers/fastify.ts');
  const [status404, code404, status423, code423] = marked.ranges();
  assert.deepEqual(
    model.references.map((r) => r.range),
    [code404, code423],
  );
  assert.deepEqual(
    model.statuses.map((s) => s.range),
    [status404, status423],
  );
  assert.deepEqual(summaries, [
    { code: 'ORDER_NOT_FOUND', style: 'nested', kind: 'envelope', status: number(404, 'fastify-code') },
    { code: 'ORDER_LOCKED', style: 'flat', kind: 'envelope', status: number(423, 'express-status') },
  ]);
});
