import { it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';

it('a status assigned to a response or context is sent; one set on another object is data', () => {
  const text = [
    'router.get("/a", async (ctx) => { ctx.status = 404; });',
    'router.get("/b", async (ctx) => { ctx.response.status = 409; });',
    'app.use(function* () { this.status = 410; });',
    'server.on("request", (req, res) => { res.statusCode = 503; });',
    'for (const connection of connections) { connection.status = 500; }',
    'job.status = 2; order.statusCode = 201;',
  ].join('\n');
  const model = analyzeSource({ uri: 'file:///a.ts', version: 1, text });
  assert.deepEqual(
    model.statuses.map((site) => [site.value, site.range.start.line, site.carrier]),
    [
      [404, 0, 'koa-status'],
      [409, 1, 'koa-status'],
      [410, 2, 'koa-status'],
      [503, 3, 'express-statusCode'],
    ],
  );
});
