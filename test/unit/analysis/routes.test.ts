import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-types';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { createDocumentAnalyzer } from '../../../server/src/analysis/documentAnalyzer';
import { findRoutes } from '../../../server/src/analysis/routes';
import { parseSource } from '../../../server/src/analysis/syntax';
import type { RouteDeclaration, SourceRoutes } from '../../../server/src/analysis/routeTypes';
import { parseMarkers } from '../../helpers/markers';

const uri = 'file:///workspace/src/routes.ts';

/** The routes of a source whose `[[ ]]` markers (stripped) give the ranges the test states. */
function routesOf(marked: string, at = uri): { found: SourceRoutes | undefined; ranges: Range[] } {
  const { text, ranges } = parseMarkers(marked, at);
  return { found: findRoutes(parseSource(at, text)), ranges: ranges() };
}

function found(marked: string, at = uri): SourceRoutes {
  const routes = routesOf(marked, at).found;
  assert.ok(routes, 'the source declares routes');
  return routes;
}

/** A route as most tests state it: method, path, router and handler count. */
function brief(route: RouteDeclaration): string {
  const router =
    'local' in route.router
      ? route.router.local
      : `${route.router.symbol.module}#${route.router.symbol.name}`;
  return `${route.framework} ${route.method} ${route.path} @${router} x${route.handlers.length}`;
}

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return {
    start: { line: startLine, character: startCharacter },
    end: { line: endLine, character: endCharacter },
  };
}

const symbol = (module: string, name: string, members: string[] = []) => ({
  symbol: { module, name, members },
});

test('express: each method of a router, its path without quotes, the call from the method, the handlers in order', () => {
  const { found: routes, ranges } = routesOf(
    [
      "import express from 'express';",
      "import { auth } from './auth';",
      'const router = express.Router();',
      "router.[[get('/orders/[[:id]]', auth, [[async (req, res) => { res.json({}); }]])]];",
      "router.post('/orders', auth, createOrder);",
      "router.put('/orders/:id', update);",
      "router.patch('/orders/:id', update);",
      "router.delete('/orders/:id', update);",
      "router.head('/orders', update);",
      "router.options('/orders', update);",
      "router.all('*', update);",
      '[[function createOrder(req, res) {}]]',
      'const update = [[(req, res) => {}]];',
    ].join('\n'),
  );
  assert.ok(routes);
  assert.deepEqual(routes.routes.map(brief), [
    'express-method get /orders/:id @router x2',
    'express-method post /orders @router x2',
    'express-method put /orders/:id @router x1',
    'express-method patch /orders/:id @router x1',
    'express-method delete /orders/:id @router x1',
    'express-method head /orders @router x1',
    'express-method options /orders @router x1',
    'express-method all * @router x1',
  ]);
  const [call, path, inline, createOrder, update] = ranges;
  const [get, post, put] = routes.routes;
  assert.deepEqual(get.range, call);
  assert.deepEqual(get.range, range(3, 7, 3, 70));
  assert.deepEqual(get.pathRange, range(3, 12, 3, 23));
  assert.equal(path.start.character, 20);
  assert.deepEqual(get.handlers, [symbol('./auth', 'auth'), { range: inline }]);
  assert.deepEqual(post.handlers, [symbol('./auth', 'auth'), { range: createOrder }]);
  assert.deepEqual(put.handlers, [{ range: update }]);
  assert.deepEqual(routes.mounts, []);
});

test('express: router.route(path) chains methods that take its path', () => {
  const routes = found(
    [
      "const { Router } = require('express');",
      'const router = Router();',
      "router.route('/books').get(list).post(create);",
      'function list() {}',
      'function create() {}',
    ].join('\n'),
  );
  assert.deepEqual(routes.routes.map(brief), [
    'express-route-chain get /books @router x1',
    'express-route-chain post /books @router x1',
  ]);
  assert.deepEqual(routes.routes[0].pathRange, range(2, 14, 2, 20));
  assert.deepEqual(routes.routes[0].range, range(2, 23, 2, 32));
  assert.deepEqual(routes.routes[1].range, range(2, 33, 2, 45));
  assert.deepEqual(routes.routes[1].handlers, [{ range: range(4, 0, 4, 20) }]);
});

test('handlers: imported, members of imports, namespace members, wrappers, bind, local objects and classes', () => {
  const { found: routes, ranges } = routesOf(
    [
      "import express from 'express';",
      "import controller from './controllers/orders';",
      "import { users } from './controllers/users';",
      "import * as items from './controllers/items';",
      "import { OrdersService } from './service';",
      "import { validate } from './validate';",
      'const app = express();',
      "app.get('/a', controller.getOrder);",
      "app.get('/b', users.list);",
      "app.get('/c', items.show);",
      "app.get('/d', asyncHandler([[async (req, res) => {}]]));",
      "app.get('/e', catchAsync(controller.remove));",
      "app.get('/f', validate(schema), local);",
      'const service = new OrdersService();',
      "app.get('/g', service.list.bind(service));",
      'const local = [[function (req, res) {}]];',
      'const handlers = { [[show(req, res) {}]] };',
      "app.get('/h', handlers.show);",
      "app.get('/i', [authenticate, local]);",
      'class Admin { [[static panel(req, res) {}]] }',
      "app.get('/j', Admin.panel);",
    ].join('\n'),
  );
  assert.ok(routes);
  const [inline, local, show, panel] = ranges;
  const byPath = Object.fromEntries(routes.routes.map((route) => [route.path, route.handlers]));
  assert.deepEqual(byPath['/a'], [symbol('./controllers/orders', 'default', ['getOrder'])]);
  assert.deepEqual(byPath['/b'], [symbol('./controllers/users', 'users', ['list'])]);
  assert.deepEqual(byPath['/c'], [symbol('./controllers/items', 'show')]);
  assert.deepEqual(byPath['/d'], [{ range: inline }]);
  assert.deepEqual(byPath['/e'], [symbol('./controllers/orders', 'default', ['remove'])]);
  // `validate(schema)` makes a middleware here: it is no handler this file can point at.
  assert.deepEqual(byPath['/f'], [{ range: local }]);
  assert.deepEqual(byPath['/g'], [symbol('./service', 'OrdersService', ['list'])]);
  assert.deepEqual(byPath['/h'], [{ range: show }]);
  // `authenticate` is named but declared nowhere: a handler, not one this file can point at.
  assert.deepEqual(byPath['/i'], [{ range: local }]);
  assert.deepEqual(byPath['/j'], [{ range: panel }]);
});

test('routers: every factory binding, a function parameter (plugins), an import', () => {
  const routes = found(
    [
      "import { Hono } from 'hono';",
      "import { OpenAPIHono } from '@hono/zod-openapi';",
      "import Fastify from 'fastify';",
      "import KoaRouter from '@koa/router';",
      "import type { FastifyPluginAsync } from 'fastify';",
      "import { router as shared } from './shared';",
      'const a = express();',
      'const b = express.Router();',
      'const c = Router();',
      'const d = new KoaRouter();',
      'const e = new Hono();',
      'const f = new OpenAPIHono();',
      'const g = fastify();',
      'const h = Fastify({ logger: true }).withTypeProvider();',
      "for (const r of [a, b, c, d, e, f, g, h]) r.get('/', handle);",
      "a.get('/a', handle); b.get('/b', handle); c.get('/c', handle); d.get('/d', handle);",
      "e.get('/e', handle); f.get('/f', handle); g.get('/g', handle); h.get('/h', handle);",
      'async function orders(fastify, opts) {',
      "  fastify.get('/:id', async (req, reply) => ({}));",
      '}',
      'const plugin: FastifyPluginAsync = async (instance) => {',
      "  instance.post('/', async () => ({}));",
      '};',
      "shared.get('/shared', handle);",
      'function handle(req, res) {}',
      'export default async function (app) {',
      "  app.put('/default', async () => ({}));",
      '}',
    ].join('\n'),
  );
  assert.deepEqual(routes.routes.map(brief), [
    'express-method get /a @a x1',
    'express-method get /b @b x1',
    'express-method get /c @c x1',
    'express-method get /d @d x1',
    'express-method get /e @e x1',
    'express-method get /f @f x1',
    'express-method get /g @g x1',
    'express-method get /h @h x1',
    'express-method get /:id @orders x1',
    'express-method post / @plugin x1',
    'express-method get /shared @./shared#router x1',
    'express-method put /default @default x1',
  ]);
  assert.deepEqual(routes.routes[10].router, symbol('./shared', 'router'));
});

test('not routes: maps, caches, headers, HTTP clients, requests in tests, unknown receivers, settings', () => {
  const { found: routes } = routesOf(
    [
      "import request from 'supertest';",
      "import axios from 'axios';",
      "import { app } from '../src/app';",
      "import { api } from './api';",
      'const map = new Map();',
      "map.get('key');",
      "map.get('/key', () => 1);",
      'const cache = new Map();',
      "cache.get('/users', load);",
      "new Headers().get('x-request-id');",
      "test('orders', async () => {",
      "  await request(app).get('/orders/1').expect(200);",
      "  await request(app).post('/orders').send(body).expect(201);",
      '  const agent = request.agent(app);',
      "  await agent.get('/orders', done);",
      "  await axios.get('/orders', { params: { page: 1 } });",
      "  await axios.post('/orders', body);",
      "  await api.post('/orders', payload);",
      "  await fetch('/orders');",
      "  unknown.get('/orders', handler);",
      '});',
      "function load(client) { client.get('/x', () => 1); }",
      "function settings(server) { server.get('env'); }",
    ].join('\n'),
    'file:///workspace/test/orders.test.ts',
  );
  assert.equal(routes, undefined);
});

test('mounts and prefixes only on what is used as a router: plugins of libraries, loggers, given routers', () => {
  const { found: routes } = routesOf(
    [
      "import chai from 'chai';",
      "import chaiHttp from 'chai-http';",
      "import i18n from 'i18next';",
      "import Backend from 'i18next-http-backend';",
      'chai.use(chaiHttp);',
      'i18n.use(Backend).init({});',
      "function log(logger) { logger.prefix('/db'); }",
      "function mount(app, router) { app.use(router); app.use('/x', router); }",
    ].join('\n'),
  );
  assert.equal(routes, undefined);
});

test('a path kept in a constant of the file, without a range of the route', () => {
  const routes = found(
    [
      "const express = require('express');",
      "const ORDERS = '/orders';",
      'const router = express.Router();',
      'router.get(ORDERS, (req, res) => {});',
      'router.get(process.env.ORDERS_PATH, (req, res) => {});',
    ].join('\n'),
  );
  assert.deepEqual(routes.routes.map(brief), ['express-method get /orders @router x1']);
  assert.equal(routes.routes[0].pathRange, undefined);
});

test('express mounts: a prefix and one or more children, an array of prefixes, none, loaded modules', () => {
  const routes = found(
    [
      "import express from 'express';",
      "import orders from './routes/orders';",
      "import { users, admin } from './routes';",
      "import { API_PREFIX } from './config';",
      'const app = express();',
      'const v2 = express.Router();',
      'function audit(req, res, next) { next(); }',
      "app.use('/orders', orders);",
      "app.use('/v1', users, admin);",
      "app.use(['/v2', '/latest'], v2);",
      'app.use(v2);',
      "app.use('/legacy', require('./routes/legacy'));",
      'app.use(express.json());',
      'app.use(audit);',
      'app.use(API_PREFIX, orders);',
      'app.use(`${base}/x`, orders);',
    ].join('\n'),
  );
  assert.deepEqual(
    routes.mounts.map((mount) => [mount.parent, mount.child, mount.prefix]),
    [
      [{ local: 'app' }, symbol('./routes/orders', 'default'), '/orders'],
      [{ local: 'app' }, symbol('./routes', 'users'), '/v1'],
      [{ local: 'app' }, symbol('./routes', 'admin'), '/v1'],
      [{ local: 'app' }, { local: 'v2' }, '/v2'],
      [{ local: 'app' }, { local: 'v2' }, '/latest'],
      [{ local: 'app' }, { local: 'v2' }, ''],
      [{ local: 'app' }, symbol('./routes/legacy', 'default'), '/legacy'],
    ],
  );
  assert.deepEqual(routes.mounts[0].range, range(7, 4, 7, 26));
});

test('koa: routers with their own prefix, router.prefix(), mounts through routes(), named routes and del', () => {
  const routes = found(
    [
      "import Koa from 'koa';",
      "import Router from '@koa/router';",
      "import users from './users';",
      'const app = new Koa();',
      "const router = new Router({ prefix: '/orders' });",
      'const admin = new Router();',
      "admin.prefix('/admin');",
      "router.get('order', '/:id', async (ctx) => { ctx.body = {}; });",
      "router.del('/:id', async (ctx) => { ctx.status = 204; });",
      "router.use('/users', users.routes(), users.allowedMethods());",
      'app.use(router.routes()).use(router.allowedMethods());',
      'app.use(admin.routes());',
    ].join('\n'),
  );
  assert.deepEqual(routes.routes.map(brief), [
    'express-method get /:id @router x1',
    'express-method delete /:id @router x1',
  ]);
  assert.deepEqual(routes.routes[0].pathRange, range(7, 21, 7, 25));
  assert.deepEqual({ ...routes.ownPrefixes }, { router: '/orders', admin: '/admin' });
  assert.deepEqual(
    routes.mounts.map((mount) => [mount.parent, mount.child, mount.prefix]),
    [
      [{ local: 'router' }, symbol('./users', 'default'), '/users'],
      [{ local: 'app' }, { local: 'router' }, ''],
      [{ local: 'app' }, { local: 'admin' }, ''],
    ],
  );
});

test('hono: basePath as an own prefix or in the path, app.route mounts, on, chained paths, openapi', () => {
  const routes = found(
    [
      "import { Hono } from 'hono';",
      "import { OpenAPIHono, createRoute } from '@hono/zod-openapi';",
      "import books from './books';",
      "const app = new Hono().basePath('/api');",
      "const v1 = app.basePath('/v1');",
      "app.get('/health', (c) => c.text('ok')).post((c) => c.json({}));",
      "v1.on(['GET', 'PURGE', 'post'], '/cache', (c) => c.body(null));",
      "app.route('/books', books);",
      "app.basePath('/x').get('/y', (c) => c.text(''));",
      'const docs = new OpenAPIHono();',
      "const getUser = createRoute({ method: 'get', path: '/users/{id}', responses: {} });",
      'docs.openapi(getUser, (c) => c.json({}));',
      "export const chained = new Hono().get('/a', (c) => c.text('a')).put('/b', (c) => c.text('b'));",
      "export default new Hono().use(cors()).get('/c', (c) => c.text('c')).mount('/', assets);",
    ].join('\n'),
  );
  assert.deepEqual(routes.routes.map(brief), [
    'express-method get /health @app x1',
    'express-method post /health @app x1',
    'hono-on get /cache @v1 x1',
    'hono-on post /cache @v1 x1',
    'express-method get /x/y @app x1',
    'hono-openapi get /users/{id} @docs x1',
    'express-method get /a @chained x1',
    'express-method put /b @chained x1',
    'express-method get /c @default x1',
  ]);
  assert.deepEqual({ ...routes.ownPrefixes }, { app: '/api', v1: '/v1' });
  assert.deepEqual(
    routes.mounts.map((mount) => [mount.parent, mount.child, mount.prefix]),
    [
      [{ local: 'app' }, { local: 'v1' }, ''],
      [{ local: 'app' }, symbol('./books', 'default'), '/books'],
    ],
  );
  // The chained `post` has the path of the `get` it is chained on.
  assert.deepEqual(routes.routes[1].pathRange, range(5, 9, 5, 16));
  assert.deepEqual(routes.routes[5].pathRange, range(10, 52, 10, 63));
});

test('fastify: route options with hooks and method arrays, register with prefixes, import(), require(), inline plugins', () => {
  const { found: routes, ranges } = routesOf(
    [
      "import Fastify from 'fastify';",
      "import fp from 'fastify-plugin';",
      'const app = Fastify();',
      'async function orders(fastify, opts) {',
      "  fastify.route({ method: ['GET', 'HEAD'], url: '/all', preHandler: [check], handler: list });",
      "  fastify.get('/:id', { preValidation: check }, async (req, reply) => reply.send({}));",
      '}',
      '[[function check(req, reply, done) { done(); }]]',
      '[[function list(req, reply) {}]]',
      "app.register(orders, { prefix: '/orders' });",
      "app.register(import('./users'), { prefix: '/users' });",
      "app.register(require('./legacy'));",
      "app.register(async (child) => { child.get('/inline', async () => 1); }, { prefix: '/v2' });",
      "app.register(fp(async (scoped) => { scoped.get('/wrapped', async () => 1); }));",
      'app.register(configured, options);',
    ].join('\n'),
  );
  assert.ok(routes);
  const [check, list] = ranges;
  assert.deepEqual(routes.routes.map(brief), [
    'fastify-route-options get /all @orders x2',
    'fastify-route-options head /all @orders x2',
    'express-method get /:id @orders x2',
    'express-method get /inline @@13:14 x1',
    'express-method get /wrapped @@14:17 x1',
  ]);
  assert.deepEqual(routes.routes[0].handlers, [{ range: check }, { range: list }]);
  assert.deepEqual(routes.routes[0].pathRange, range(4, 49, 4, 53));
  assert.deepEqual(
    routes.mounts.map((mount) => [mount.parent, mount.child, mount.prefix]),
    [
      [{ local: 'app' }, { local: 'orders' }, '/orders'],
      [{ local: 'app' }, symbol('./users', 'default'), '/users'],
      [{ local: 'app' }, symbol('./legacy', 'default'), ''],
      [{ local: 'app' }, { local: '@13:14' }, '/v2'],
      [{ local: 'app' }, { local: '@14:17' }, ''],
    ],
  );
});

test('an all route: the branches of its handler on the request method', () => {
  const { found: routes, ranges } = routesOf(
    [
      "import express from 'express';",
      'const app = express();',
      "app.all('/orders', (req, res) => {",
      "  if (req.method === 'POST') [[{ res.status(201).end(); }]]",
      '  res.status(405).end();',
      '});',
      "app.get('/other', (req, res) => { if (req.method === 'HEAD') res.end(); });",
    ].join('\n'),
  );
  assert.ok(routes);
  assert.deepEqual(routes.methodBranches, [{ method: 'post', range: ranges[0] }]);
});

test('setup functions: a function of this file or of a relative module given a router mounts it', () => {
  const routes = found(
    [
      "import express from 'express';",
      "import registerUsers from './users';",
      "import { createServer } from 'node:http';",
      'const app = express();',
      'registerUsers(app);',
      "require('./legacy')(app);",
      'registerOrders(app);',
      'listen(app);',
      'createServer(app);',
      "const request = require('../index.js');",
      "request(app).get('/orders').expect(200);",
      'startApi(app);',
      'function startApi(client) {}',
      "function registerOrders(router) { router.get('/orders', (req, res) => {}); }",
      'function listen(server) { server.listen(3000); }',
    ].join('\n'),
  );
  assert.deepEqual(
    routes.mounts.map((mount) => [mount.parent, mount.child, mount.prefix]),
    [
      [{ local: 'app' }, symbol('./users', 'default'), ''],
      [{ local: 'app' }, symbol('./legacy', 'default'), ''],
      [{ local: 'app' }, { local: 'registerOrders' }, ''],
    ],
  );
  assert.deepEqual(routes.routes.map(brief), ['express-method get /orders @registerOrders x1']);
});

test('nest: controller paths joined with each method decorator path, handlers are the methods, global prefix', () => {
  const { found: routes, ranges } = routesOf(
    [
      "import { Controller, Get, Post, Delete } from '@nestjs/common';",
      "@Controller('[[orders]]')",
      'export class OrdersController {',
      "  [[@Get('[[:id]]')]]",
      '  findOne() {}',
      '  @Post()',
      '  create() {}',
      "  @Get(['a', '/b'])",
      '  many() {}',
      '  helper() {}',
      '}',
      "@Controller({ path: 'users', version: '1' })",
      'export class UsersController {',
      "  @Delete('/:id') remove() {}",
      '}',
      '@Controller()',
      'class RootController { @Get() root() {} }',
      'async function bootstrap() {',
      '  const app = await NestFactory.create(AppModule);',
      "  app.setGlobalPrefix('api');",
      '}',
    ].join('\n'),
  );
  assert.ok(routes);
  const [controllerPath, decorator, methodPath] = ranges;
  assert.deepEqual(routes.routes.map(brief), [
    'nest-controller get orders/:id @OrdersController x1',
    'nest-controller post orders @OrdersController x1',
    'nest-controller get orders/a @OrdersController x1',
    'nest-controller get orders/b @OrdersController x1',
    'nest-controller delete users/:id @UsersController x1',
    'nest-controller get  @RootController x1',
  ]);
  const [findOne, create] = routes.routes;
  assert.deepEqual(findOne.range, decorator);
  assert.deepEqual(findOne.pathRange, methodPath);
  assert.deepEqual(findOne.handlers, [{ range: range(3, 2, 4, 14) }]);
  // `@Post()` has no path of its own: the controller's is the route's.
  assert.deepEqual(create.pathRange, controllerPath);
  assert.equal(routes.routes[5].pathRange, undefined);
  assert.equal(routes.globalPrefix, 'api');
  assert.equal(routes.mounts.length, 0);
});

test('next.js app router: exported method functions, wrapped consts, export lists and re-exports are file routes', () => {
  const { found: routes, ranges } = routesOf(
    [
      "import { NextResponse } from 'next/server';",
      "import NextAuth from 'next-auth';",
      '[[export async function [[GET]](req: Request) {',
      '  return NextResponse.json({});',
      '}]]',
      'export const [[POST]] = withAuth([[async (req) => {',
      '  return NextResponse.json({}, { status: 201 });',
      '}]]);',
      'const handler = [[NextAuth({})]];',
      'export { handler as [[PUT]] };',
      "export { DELETE } from './shared';",
      "export const dynamic = 'force-dynamic';",
    ].join('\n'),
    'file:///workspace/app/api/orders/route.ts',
  );
  assert.ok(routes);
  const [getFunction, getName, postName, postFunction, nextAuth, putName] = ranges;
  assert.deepEqual(routes.routes, [
    {
      framework: 'next-app',
      method: 'get',
      path: '',
      router: { local: '' },
      handlers: [{ range: getFunction }],
      range: getName,
      fileRouted: true,
    },
    {
      framework: 'next-app',
      method: 'post',
      path: '',
      router: { local: '' },
      handlers: [{ range: postFunction }],
      range: postName,
      fileRouted: true,
    },
    {
      framework: 'next-app',
      method: 'put',
      path: '',
      router: { local: '' },
      handlers: [{ range: nextAuth }],
      range: putName,
      fileRouted: true,
    },
    {
      framework: 'next-app',
      method: 'delete',
      path: '',
      router: { local: '' },
      handlers: [symbol('./shared', 'DELETE')],
      range: range(10, 9, 10, 15),
      fileRouted: true,
    },
  ]);
});

test('next.js pages router: a default (req, res) handler serves every method, its branches serve one each', () => {
  const { found: routes, ranges } = routesOf(
    [
      "import type { NextApiRequest, NextApiResponse } from 'next';",
      '[[export default async function [[handler]](req: NextApiRequest, res: NextApiResponse) {',
      '  const { method } = req;',
      "  if (req.method === 'POST') [[{",
      '    return res.status(201).json({});',
      "  }]] else if (method === 'PUT' || method === 'PATCH') [[{",
      '    return res.status(200).end();',
      '  }]]',
      '  switch (req.method) {',
      "    [[case 'GET':",
      "    case 'HEAD':",
      '      res.status(200).json({});',
      '      break;]]',
      '    default:',
      '      res.status(405).end();',
      '  }',
      '}]]',
    ].join('\n'),
    'file:///workspace/pages/api/orders.ts',
  );
  assert.ok(routes);
  const [fn, name, post, put, get] = ranges;
  assert.deepEqual(routes.routes, [
    {
      framework: 'next-pages',
      method: 'all',
      path: '',
      router: { local: '' },
      handlers: [{ range: fn }],
      range: name,
      fileRouted: true,
    },
  ]);
  assert.deepEqual(routes.methodBranches, [
    { method: 'post', range: post },
    { method: 'put', range: put },
    { method: 'patch', range: put },
    { method: 'get', range: get },
    { method: 'head', range: get },
  ]);
});

test('next.js pages router: a wrapped handler, and the rest of the function after a method guard', () => {
  const routes = found(
    [
      'function handler(req, res) {',
      "  if (req.method !== 'GET') {",
      '    return res.status(405).end();',
      '  }',
      '  res.status(200).json({ ok: true });',
      '}',
      'export default withSentry(handler);',
    ].join('\n'),
    'file:///workspace/pages/api/health.ts',
  );
  assert.deepEqual(routes.routes.map(brief), ['next-pages all  @ x1']);
  assert.deepEqual(routes.routes[0].range, range(6, 15, 6, 34));
  assert.deepEqual(routes.routes[0].handlers, [{ range: range(0, 0, 5, 1) }]);
  assert.deepEqual(routes.methodBranches, [{ method: 'get', range: range(4, 2, 5, 0) }]);
});

test('next.js pages router: a component, a mapper or a plugin exported by default is no handler', () => {
  const component = routesOf(
    'export default function Page({ params }) { return null; }',
    'file:///workspace/pages/a.tsx',
  );
  assert.deepEqual(component.found?.routes, []);
  const mapper = routesOf(
    'const toProfile = (user, id) => ({ id, name: user.name });\nexport default toProfile;',
  );
  assert.deepEqual(mapper.found?.routes, []);
  const typed = found('export default (request: NextApiRequest, response) => response.end();');
  assert.deepEqual(typed.routes.map(brief), ['next-pages all  @ x1']);
  const plugin = found(
    "export default async function (fastify, opts) { fastify.get('/x', async () => ({})); }",
    'file:///workspace/pages/api/plugin.ts',
  );
  assert.deepEqual(plugin.routes.map(brief), ['express-method get /x @default x1']);
});

test('functions: top-level functions and arrows, exported objects and classes, by local name', () => {
  const { found: routes, ranges } = routesOf(
    [
      '[[export async function getOrder(req, res) {}]]',
      'const listOrders = [[async (req, res) => {}]];',
      'const remove = [[function (req, res) {}]];',
      'const wrapped = catchAsync([[async (req, res) => {}]]);',
      'export const controller = {',
      '  [[show(req, res) {}]],',
      '  update: [[async (req, res) => {}]],',
      '  listOrders,',
      "  name: 'orders',",
      '};',
      'const internal = { hidden() {} };',
      'export class OrdersController {',
      '  [[static find(req, res) {}]]',
      '  create = [[(req, res) => {}]];',
      '}',
      'class Internal { method() {} }',
      'export { listOrders, remove };',
    ].join('\n'),
    'file:///workspace/src/controllers/orders.ts',
  );
  assert.ok(routes);
  const [getOrder, listOrders, remove, wrapped, show, update, find, create] = ranges;
  assert.deepEqual(routes.routes, []);
  assert.deepEqual(routes.mounts, []);
  assert.deepEqual(
    { ...routes.functions },
    {
      getOrder,
      listOrders,
      remove,
      wrapped,
      'controller.show': show,
      'controller.update': update,
      'controller.listOrders': listOrders,
      'OrdersController.find': find,
      'OrdersController.create': create,
    },
  );
});

test('a file that declares no routes and exports no function has none', () => {
  assert.equal(
    routesOf('const total = items.reduce((a, b) => a + b, 0);\nfunction helper() {}').found,
    undefined,
  );
  assert.equal(routesOf("import x from 'y';\nexport const LIMIT = 10;").found, undefined);
  const anonymous = found('export default (req, res) => { res.end(); };', 'file:///workspace/pages/api/x.ts');
  assert.deepEqual(Object.keys(anonymous.functions ?? {}), ['default']);
});

const routesFile = [
  "import express from 'express';",
  "import { getOrder } from './controllers/orders';",
  'const app = express();',
  'const router = express.Router();',
  "router.get('/orders/:id', getOrder);",
  "router.post('/orders', async (req, res) => {",
  "  res.status(201).json({ error: { code: 'ORDER_CREATED' } });",
  '});',
  "app.use('/v1', router);",
].join('\n');

test('the model of a document holds its routes, from a full analysis and after keystrokes alike', () => {
  const withRoutes = { routes: true };
  const model = analyzeSource({ uri, version: 0, text: routesFile }, withRoutes);
  assert.deepEqual(model.routes, findRoutes(parseSource(uri, routesFile)));
  assert.equal(model.routes?.routes.length, 2);
  assert.equal(analyzeSource({ uri, version: 0, text: 'const a = 1;' }, withRoutes).routes, undefined);
  // Without an OpenAPI document to check them against, routes are not read.
  assert.equal(analyzeSource({ uri, version: 0, text: routesFile }).routes, undefined);

  const analyzer = createDocumentAnalyzer(withRoutes);
  analyzer.analyze({ uri, version: 0, text: routesFile });
  let text = routesFile;
  const edits: Array<(t: string) => string> = [
    (t) => t.replace("'/orders/:id'", "'/orders/:orderId'"),
    (t) => t.replace('async (req, res) => {\n', 'async (req, res) => {\n  await check(req);\n'),
    (t) => `// routes\n${t}`,
    (t) =>
      t.replace(
        "app.use('/v1', router);",
        "app.use('/v2', router);\nrouter.delete('/orders/:id', getOrder);",
      ),
    (t) => t.replace("router.get('/orders/:orderId', getOrder);", ''),
  ];
  edits.forEach((edit, index) => {
    text = edit(text);
    const version = index + 1;
    const typed = analyzer.analyze({ uri, version, text });
    assert.deepEqual(typed, analyzeSource({ uri, version, text }, withRoutes));
  });
  assert.ok(analyzer.stats.statementAnalyses > 0, 'some edits were analysed statement by statement');
  const last = analyzer.analyze({ uri, version: edits.length, text });
  assert.deepEqual(last.routes?.routes.map(brief), [
    'express-method post /orders @router x1',
    'express-method delete /orders/:id @router x1',
  ]);
  assert.deepEqual(
    last.routes?.mounts.map((mount) => mount.prefix),
    ['/v2'],
  );
});

test("a router a class keeps in a member is the class file's `this.app`", () => {
  const text = [
    "import express from 'express';",
    "import api from './routes';",
    'export class App {',
    '  app: express.Application;',
    '  constructor() {',
    '    this.app = express();',
    '  }',
    '  start() {',
    "    this.app.use('/api/v1', api);",
    "    this.app.get('/health', (req, res) => res.sendStatus(200));",
    '  }',
    '}',
  ].join('\n');
  const routes = findRoutes(parseSource('file:///app.ts', text))!;
  assert.deepEqual(
    routes.mounts.map((mount) => [mount.parent, mount.prefix, mount.child]),
    [[{ local: 'this.app' }, '/api/v1', { symbol: { module: './routes', name: 'default', members: [] } }]],
  );
  assert.deepEqual(
    routes.routes.map((route) => [route.method, route.path, route.router]),
    [['get', '/health', { local: 'this.app' }]],
  );
  assert.equal(routes.mountedOnly, undefined);
});

test('routers of `express.Router()` and koa-router only serve once mounted', () => {
  const text = [
    "import express, { Router } from 'express';",
    "import KoaRouter from '@koa/router';",
    'const app = express();',
    'const a = Router();',
    'const b = express.Router();',
    "const c = new KoaRouter({ prefix: '/c' });",
    "a.get('/x', (req, res) => res.end());",
    "b.get('/x', (req, res) => res.end());",
    "c.get('/x', (ctx) => {});",
    "app.get('/x', (req, res) => res.end());",
  ].join('\n');
  assert.deepEqual(findRoutes(parseSource('file:///r.ts', text))!.mountedOnly, ['a', 'b', 'c']);
});
