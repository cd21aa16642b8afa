import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeSource, type AnalysisOptions } from '../../server/src/analysis/analyzeSource';
import { AnalysisPool } from '../../server/src/workspace/analysisPool';
import { pathToUri } from '../../server/src/workspace/paths';
import { CLI, ROOT } from './runCli';

// The workers run the built CLI, as `check` starts them.
const ROUTE_FILE = join(ROOT, 'test/fixtures/workspaces/openapi-orders/express/routes/orders.ts');
const OPTIONS: AnalysisOptions = { routes: true };

test('a worker gives the model the main thread makes, and says when its queue is full', async () => {
  const pool = new AnalysisPool(CLI, 2);
  pool.prepare(1);
  const uri = pathToUri(ROUTE_FILE);
  const text = readFileSync(ROUTE_FILE, 'utf8');
  const expected = analyzeSource({ uri, version: 0, text }, OPTIONS);
  assert.equal(expected.references.length, 2);
  assert.equal(expected.routes?.routes.length, 2);

  const replies: Promise<unknown>[] = [];
  let analysis: Promise<unknown> | undefined;
  while ((analysis = pool.analyze(uri, text, OPTIONS, 'routes')) !== undefined) replies.push(analysis);
  // The queue is full at 32: the next file is the caller's to analyse.
  assert.equal(replies.length, 32);
  // A copied model's dictionaries have the usual prototype where the analyser made them without
  // one; the engine reads them as own properties only, so the data is what must be the same.
  const data = (model: unknown) => JSON.parse(JSON.stringify(model)) as unknown;
  for (const model of await Promise.all(replies)) assert.deepEqual(data(model), data(expected));
  // Answered, the queue takes files again.
  const again = pool.analyze(uri, text, OPTIONS, 'routes');
  assert.ok(again);
  assert.deepEqual(data(await again), data(expected));
  await pool.close();
});

test('closing the pool fails what is still queued, so the caller analyses it; none start after', async () => {
  const pool = new AnalysisPool(CLI, 2);
  pool.prepare(1);
  const text = readFileSync(ROUTE_FILE, 'utf8');
  const pending = pool.analyze(pathToUri(ROUTE_FILE), text, OPTIONS, 'routes');
  assert.ok(pending);
  const failed = assert.rejects(pending, { message: 'the analysis workers were stopped' });
  await pool.close();
  await failed;
  pool.prepare(100_000);
  assert.equal(pool.analyze(pathToUri(ROUTE_FILE), text, OPTIONS, 'routes'), undefined);
});

test('auto starts a worker only for a workspace large enough to gain from it', () => {
  const small = new AnalysisPool(CLI, 'auto');
  small.prepare(19_999);
  assert.equal(small.analyze('file:///a.ts', 'const a = 1;', {}, ''), undefined);
  assert.equal(AnalysisPool.threadsFor('off'), 1);
  assert.equal(AnalysisPool.threadsFor(3), 3);
});

test('a worker that cannot start leaves every file to the main thread', () => {
  const pool = new AnalysisPool('', 2);
  pool.prepare(1);
  assert.equal(pool.started, 0);
  assert.equal(pool.analyze('file:///a.ts', 'const a = 1;', {}, ''), undefined);
});
