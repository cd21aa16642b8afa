import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inside, marked, navigationWorkspace } from './fixture';

test('go to definition from a code in an envelope, its alias and a class use lands on the catalog key and the createError call', async () => {
  const ws = await navigationWorkspace();
  const expected = [marked(ws, 'error-catalog.json', 0), marked(ws, 'src/errors.ts', 0)];
  const routes = ws.document('src/routes.ts');
  assert.deepEqual(ws.service.findDefinition(routes, inside(ws.ranges['src/routes.ts'][0])), expected);
  assert.deepEqual(ws.service.findDefinition(routes, inside(ws.ranges['src/routes.ts'][1])), expected);
  const use = ws.document('src/use.ts');
  assert.deepEqual(ws.service.findDefinition(use, inside(ws.ranges['src/use.ts'][0])), expected);
  assert.deepEqual(ws.service.findDefinition(routes, inside(ws.ranges['src/routes.ts'][2])), [
    marked(ws, 'error-catalog.json', 1),
  ]);
});

test('from the createError call, definition goes to the catalog; from the catalog key, to the createError call', async () => {
  const ws = await navigationWorkspace();
  assert.deepEqual(
    ws.service.findDefinition(ws.document('src/errors.ts'), inside(ws.ranges['src/errors.ts'][0])),
    [marked(ws, 'error-catalog.json', 0)],
  );
  const catalog = ws.document('error-catalog.json');
  assert.deepEqual(ws.service.findDefinition(catalog, inside(ws.ranges['error-catalog.json'][0])), [
    marked(ws, 'src/errors.ts', 0),
  ]);
  assert.deepEqual(ws.service.findDefinition(catalog, inside(ws.ranges['error-catalog.json'][2])), []);
});

test('each package resolves its own catalog', async () => {
  const ws = await navigationWorkspace();
  for (const name of ['a', 'b']) {
    const path = `packages/${name}/src/pay.ts`;
    assert.deepEqual(ws.service.findDefinition(ws.document(path), inside(ws.ranges[path][0])), [
      marked(ws, `packages/${name}/error-catalog.json`, 0),
    ]);
  }
});

test('no definition away from a code, or for a code no catalog has', async () => {
  const ws = await navigationWorkspace();
  const routes = ws.document('src/routes.ts');
  assert.deepEqual(ws.service.findDefinition(routes, { line: 0, character: 3 }), []);
  const unknown = ws.document('src/routes.ts');
  assert.deepEqual(ws.service.findDefinition(unknown, { line: 3, character: 0 }), []);
});
