import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import { assertFixture, envelope, number, written } from './fixtures';
import { scriptKindOf } from '../../../server/src/analysis/syntax';

const sibling = (value: number, text = String(value), form: 'number' | 'string' = 'number') =>
  written(value, text, form, 'sibling-property');

test('nested: codes with the status of res.status() and of a status beside the code', () => {
  assertFixture('envelopes/nested.ts', [
    envelope('FORBIDDEN', 'nested', number(403, 'express-status')),
    envelope('RESOURCE_NOT_FOUND', 'nested', sibling(404)),
  ]);
});

test('directus: every element of errors[], with and without a response status', () => {
  assertFixture('envelopes/directus.ts', [
    envelope('TOKEN_EXPIRED', 'directus', number(401, 'express-status')),
    envelope('ROUTE_NOT_FOUND', 'directus'),
    envelope('REQUESTS_EXCEEDED', 'directus'),
  ]);
});

test('oauth: the error string is the code; NextResponse.json carries the status', () => {
  assertFixture('envelopes/oauth.ts', [
    envelope('invalid_request', 'oauth', number(400, 'response-json')),
    envelope('insufficient_scope', 'oauth', number(403, 'response-json')),
  ]);
});

test('contentful: sys.id of a sys.type Error body, and nothing for other sys types', () => {
  assertFixture('envelopes/contentful.ts', [
    envelope('NotFoundError', 'contentful', number(404, 'express-status')),
    envelope('VersionMismatchError', 'contentful', written(409, 'CONFLICT', 'member', 'express-status')),
  ]);
});

test('jsonapi: the code beside a string status, in the same array element', () => {
  const { model } = assertFixture('envelopes/jsonapi.ts', [
    envelope('VALIDATION_FAILED', 'jsonapi', number(422, 'express-status')),
    envelope('NOT_FOUND', 'jsonapi', sibling(404, '404', 'string')),
  ]);
  assert.equal(model.references[0].bodyStatus?.form, 'string');
  assert.equal(model.references[0].bodyStatus?.value, 422);
  assert.deepEqual(model.references[0].title?.text, 'Unprocessable Entity');
});

test('graphql: GraphQLError extensions with http.status, and the errors[] response shape', () => {
  assertFixture('envelopes/graphql.ts', [
    envelope('UNAUTHENTICATED', 'graphql', sibling(401)),
    envelope('ORDER_NOT_FOUND', 'graphql'),
    envelope('INTERNAL_SERVER_ERROR', 'directus'),
  ]);
});

test('google: a string error.status is the code and the numeric error.code its status', () => {
  const { model } = assertFixture('envelopes/google.ts', [
    envelope('NOT_FOUND', 'google', number(404, 'express-status')),
    envelope('PERMISSION_DENIED', 'google', sibling(403)),
  ]);
  assert.equal(model.references[0].bodyStatus?.value, 404);
});

test('flat: { code, message } thrown, returned or sent, never elsewhere', () => {
  assertFixture('envelopes/flat.ts', [
    envelope('INSUFFICIENT_BALANCE', 'flat'),
    envelope('INVALID_AMOUNT', 'flat', sibling(400)),
    envelope('RATE_LIMIT_EXCEEDED', 'flat', sibling(429)),
    envelope('INVALID_REQUEST', 'flat', number(400, 'express-status')),
  ]);
});

test('problem: the body status is the code, the response status and the title are exposed', () => {
  const { model } = assertFixture('envelopes/problem.ts', [
    { code: '404', style: 'problem', kind: 'problem', status: number(404, 'hono-json') },
    { code: '429', style: 'problem', kind: 'problem', status: number(429, 'hono-json') },
    { code: '415', style: 'problem', kind: 'problem', status: number(415, 'express-status') },
  ]);
  assert.deepEqual(
    model.references.map((r) => [r.title?.text, r.bodyStatus?.value, r.bodyStatus?.form]),
    [
      ['Not Found', 404, 'number'],
      ['Too Many Requests', 429, 'number'],
      ['Unsupported Media Type', 415, 'string'],
    ],
  );
});

test('a .tsx component: JSX attributes are not references, a body passed along is', () => {
  assertFixture('envelopes/component.tsx', [envelope('SIGN_IN_FAILED', 'nested')]);
});

test('CRLF line ends, a BOM and non-ASCII text keep ranges exact', () => {
  assertFixture('envelopes/crlf-bom.ts', [
    envelope('ACCÈS_REFUSÉ', 'nested', number(403, 'express-status')),
    envelope('INTROUVABLE', 'nested', number(404, 'express-status')),
  ]);
});

test('a CommonJS .js route file', () => {
  assertFixture('envelopes/legacy.js', [envelope('LIMIT_INVALID', 'flat', number(400, 'express-status'))]);
});

test('the script kind follows the extension, query and fragment aside', () => {
  const uris = [
    'a.ts',
    'a.tsx',
    'a.js',
    'a.jsx',
    'a.mts',
    'a.cts',
    'a.mjs',
    'a.cjs',
    'A.TSX',
    'a.jsx?x=1.ts',
    'a.vue',
  ];
  assert.deepEqual(
    uris.map((uri) => ts.ScriptKind[scriptKindOf(`file:///w/${uri}`)]),
    ['TS', 'TSX', 'JS', 'JSX', 'TS', 'TS', 'JS', 'JS', 'TSX', 'JSX', 'TS'],
  );
});
