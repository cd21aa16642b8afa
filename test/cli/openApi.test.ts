import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, lines, ROOT } from './runCli';

// The orders API served by six frameworks, checked against its OpenAPI document. Each status
// below was read from the handler and the document: it is sent, and the operation does not list
// it; a middleware two routes share is reported once, naming both. The 204 of `respond`, a
// finalizer two routes share, depends on what each route leaves: it is not reported. The document's
// example codes are the catalog: a code sent with another status than its example's is a mismatch. Every documented status (401 on POST /orders, 404 everywhere, 409 on DELETE, 422 under 4XX,
// 405 covered by DELETE's default) is silent.
const WORKSPACE = join(ROOT, 'test/fixtures/workspaces/openapi-orders');

const UNDOCUMENTED = [
  'express/controllers/orders.ts:9:23  warning  GET /orders/{orderId} sends 410 Gone, which the OpenAPI document does not list for this operation.  undocumented-response',
  "express/controllers/orders.ts:9:51  warning  'ORDER_ARCHIVED' is not in the error catalog.  unknown-code",
  'express/middleware.ts:5:23  warning  GET /orders/{orderId} sends 401 Unauthorized, which the OpenAPI document does not list for this operation.  undocumented-response',
  'express/middleware.ts:8:23  warning  403 Forbidden is sent here for 2 operations whose responses in the OpenAPI document do not list it: GET /orders/{orderId}, POST /orders.  undocumented-response',
  "express/middleware.ts:8:51  warning  'ACCOUNT_SUSPENDED' is not in the error catalog.  unknown-code",
  'express/routes/orders.ts:14:23  warning  POST /orders sends 409 Conflict, which the OpenAPI document does not list for this operation.  undocumented-response',
  "express/routes/orders.ts:14:51  warning  'ORDER_EXISTS' is not in the error catalog.  unknown-code",
  'fastify/refunds.ts:9:25  warning  POST /orders/{orderId}/refunds sends 503 Service Unavailable, which the OpenAPI document does not list for this operation.  undocumented-response',
  "fastify/refunds.ts:9:53  warning  'PAYMENTS_UNAVAILABLE' is not in the error catalog.  unknown-code",
  "hono/orders.ts:10:37  warning  'FORBIDDEN' is not in the error catalog.  unknown-code",
  'hono/orders.ts:10:95  warning  GET /orders sends 403 Forbidden, which the OpenAPI document does not list for this operation.  undocumented-response',
  "koa/orders.ts:17:18  warning  'ORDER_NOT_FOUND' is 404 Not Found in the error catalog, but this response sends 410 Gone.  status-mismatch",
  'nest/orders.controller.ts:9:33  warning  GET /orders/{orderId} sends 403 Forbidden, which the OpenAPI document does not list for this operation.  undocumented-response',
  'next/app/v1/orders/route.ts:8:100  warning  GET /orders sends 429 Too Many Requests, which the OpenAPI document does not list for this operation.  undocumented-response',
  'next/pages/api/orders/[orderId].ts:14:21  warning  GET /orders/{orderId} sends 451 Unavailable For Legal Reasons, which the OpenAPI document does not list for this operation.  undocumented-response',
  "next/pages/api/orders/[orderId].ts:14:49  warning  'UNAVAILABLE_HERE' is not in the error catalog.  unknown-code",
];

/** What `check` prints on the workspace with the default rules. */
const CHECKED = {
  status: 0,
  stdout: lines(
    ...UNDOCUMENTED,
    '16 problems (0 errors, 16 warnings) in 16 files',
    'Catalogs: openapi.yaml (openapi, 7 codes).',
  ),
  stderr: '',
};

test('check: every route of every framework against the OpenAPI document', () => {
  assert.deepEqual(cli(WORKSPACE, 'check'), CHECKED);
});

test('check --concurrency 2: files analysed on a worker thread give the same findings, in the same order', () => {
  for (const concurrency of ['2', 'off']) {
    assert.deepEqual(cli(WORKSPACE, 'check', '--concurrency', concurrency), CHECKED);
  }
});

test('check --concurrency takes a number of threads, auto or off', () => {
  assert.deepEqual(cli(WORKSPACE, 'check', '--concurrency', '0'), {
    status: 2,
    stdout: '',
    stderr: cli(WORKSPACE, 'check', '--concurrency', 'many').stderr.replace("'many'", "'0'"),
  });
  assert.match(
    cli(WORKSPACE, 'check', '--concurrency', 'many').stderr,
    /^error-catalog check: --concurrency takes a number of threads, auto or off, not 'many'\n/,
  );
});

test('check with undocumented-route on: the one route the document has no operation for', () => {
  const run = cli(
    WORKSPACE,
    'check',
    '--rule',
    'undocumented-route=warning',
    '--rule',
    'undocumented-response=ignore',
    '--rule',
    'unknown-code=ignore',
    '--rule',
    'status-mismatch=ignore',
  );
  assert.equal(
    run.stdout,
    lines(
      'koa/orders.ts:15:13  warning  GET /v1/orders/:orderId/invoice is served, but the OpenAPI document has no operation for it.  undocumented-route',
      '1 problem (0 errors, 1 warning) in 16 files',
      'Catalogs: openapi.yaml (openapi, 7 codes).',
    ),
  );
});

test('list --format markdown writes the codes table from the OpenAPI document', () => {
  assert.equal(
    cli(WORKSPACE, 'list', '--format', 'markdown').stdout,
    lines(
      '| Code | Status | Title | Description |',
      '| --- | --- | --- | --- |',
      '| `UNAUTHENTICATED` | 401 Unauthorized |  | The token is missing or expired. |',
      '| `VALIDATION_FAILED` | 400 Bad Request |  | The request body is not valid. |',
      '| `ORDER_NOT_FOUND` | 404 Not Found |  | No order has this id. |',
      '| `ORDER_SHIPPED` | 409 Conflict |  | The order has shipped and can no longer be cancelled. |',
      '| `INTERNAL` |  |  | Something went wrong on our side. |',
      '| `REFUND_WINDOW_CLOSED` |  |  | The refund was refused. |',
      '| `RATE_LIMITED` |  |  |  |',
    ),
  );
});
