import { it } from 'node:test';
import assert from 'node:assert/strict';
import { joinPaths, pathsMatch } from '../../../../server/src/service/routes/routePaths';
import { documentsStatus } from '../../../../server/src/service/routes/operationMatch';
import { fileRoutePath } from '../../../../server/src/workspace/fileRoutes';
import { inferredBasePath } from '../../../../server/src/service/routes/basePathInference';

it('joins prefixes and paths as routers do', () => {
  assert.equal(joinPaths('/v1/', '/orders', ':id'), '/v1/orders/:id');
  assert.equal(joinPaths('', '/'), '/');
  assert.equal(joinPaths('api', '', 'orders/'), '/api/orders');
});

it('matches parameters however each framework writes them, and nothing else', () => {
  const cases: [string, string, boolean][] = [
    ['/orders/:id', '/orders/{orderId}', true],
    ['/orders/:id?', '/orders/{orderId}', true],
    ['/orders/:id{[0-9]+}', '/orders/{orderId}', true],
    ['/api/orders/[id]', '/api/orders/{id}', true],
    ['/files/*', '/files/{path}/raw', true],
    ['/docs/[...slug]', '/docs/{a}/{b}', true],
    ['/orders/search', '/orders/{orderId}', false],
    ['/orders/:id', '/orders/search', false],
    ['/orders', '/orders/{orderId}', false],
    ['/orders/:id/items', '/orders/{orderId}', false],
    ['/Orders', '/orders', false],
  ];
  for (const [route, operation, expected] of cases)
    assert.equal(pathsMatch(route, operation), expected, `${route} ~ ${operation}`);
});

it('a status is documented by itself, its range or default', () => {
  const operation = (keys: string[]) => ({
    method: 'get',
    path: '/a',
    uri: 'file:///a',
    pathRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    methodRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    responses: keys.map((key) => ({
      key,
      status: Number.isFinite(Number(key)) ? Number(key) : undefined,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      codes: [],
    })),
  });
  assert.equal(documentsStatus(operation(['200', '404']), 404), true);
  assert.equal(documentsStatus(operation(['200', '404']), 409), false);
  assert.equal(documentsStatus(operation(['200', '4XX']), 409), true);
  assert.equal(documentsStatus(operation(['200', '4xx']), 503), false);
  assert.equal(documentsStatus(operation(['200', 'default']), 503), true);
});

it('reads the path a Next.js file serves', () => {
  assert.equal(fileRoutePath('file:///ws/src/app/api/orders/[id]/route.ts', false), '/api/orders/[id]');
  assert.equal(fileRoutePath('file:///ws/app/(shop)/@modal/cart/route.js', false), '/cart');
  assert.equal(fileRoutePath('file:///ws/app/_lib/route.ts', false), undefined);
  assert.equal(fileRoutePath('file:///ws/app/api/orders/page.tsx', false), undefined);
  assert.equal(fileRoutePath('file:///ws/pages/api/orders/[id].ts', true), '/api/orders/[id]');
  assert.equal(fileRoutePath('file:///ws/pages/api/orders/index.ts', true), '/api/orders');
  assert.equal(fileRoutePath('file:///ws/pages/orders.tsx', true), undefined);
});

it('a document without servers takes the prefix the routes serve most of its operations under', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const operation = (method: string, path: string) => ({
    method,
    path,
    uri: 'file:///d',
    pathRange: range,
    methodRange: range,
    responses: [],
  });
  const api = {
    operations: [
      operation('get', '/tools'),
      operation('get', '/tools/{id}'),
      operation('post', '/chatflows'),
      operation('get', '/ping'),
    ],
    basePaths: [''],
    serverless: true as const,
  };
  const route = (method: 'get' | 'post', path: string) => ({
    uri: 'file:///r.ts',
    declaration: { framework: 'express-method', method, path, router: { local: 'r' }, handlers: [], range },
    paths: [path],
    handlers: [],
  });
  const routes = [
    route('get', '/api/v1/tools'),
    route('get', '/api/v1/tools/:id'),
    route('post', '/api/v1/chatflows'),
    route('get', '/health'),
  ];
  assert.equal(inferredBasePath(routes, api), '/api/v1');
  // One operation explained is a coincidence.
  assert.equal(inferredBasePath(routes.slice(0, 1), api), undefined);
});
