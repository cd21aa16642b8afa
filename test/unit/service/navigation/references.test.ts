import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inside, marked, navigationWorkspace } from './fixture';

test('references of a code: every use, its alias and the classes made for it; with the declarations on request', async () => {
  const ws = await navigationWorkspace();
  const uses = [marked(ws, 'src/routes.ts', 0), marked(ws, 'src/routes.ts', 1), marked(ws, 'src/use.ts', 0)];
  const declarations = [marked(ws, 'error-catalog.json', 0), marked(ws, 'src/errors.ts', 0)];
  const routes = ws.document('src/routes.ts');
  const at = inside(ws.ranges['src/routes.ts'][0]);
  assert.deepEqual(ws.service.findReferences(routes, at, false), uses);
  assert.deepEqual(ws.service.findReferences(routes, at, true), [
    declarations[0],
    declarations[1],
    uses[0],
    uses[1],
    uses[2],
  ]);
});

test('references from a catalog entry are the same as from a use', async () => {
  const ws = await navigationWorkspace();
  const catalog = ws.document('error-catalog.json');
  assert.deepEqual(ws.service.findReferences(catalog, inside(ws.ranges['error-catalog.json'][1]), true), [
    marked(ws, 'error-catalog.json', 1),
    marked(ws, 'src/routes.ts', 2),
  ]);
  assert.deepEqual(ws.service.findReferences(catalog, inside(ws.ranges['error-catalog.json'][2]), false), []);
});

test('two packages that each define a code keep their uses apart', async () => {
  const ws = await navigationWorkspace();
  const catalog = ws.document('packages/a/error-catalog.json');
  assert.deepEqual(
    ws.service.findReferences(catalog, inside(ws.ranges['packages/a/error-catalog.json'][0]), true),
    [marked(ws, 'packages/a/error-catalog.json', 0), marked(ws, 'packages/a/src/pay.ts', 0)],
  );
});

test('a use in a file no editor has open is found through the source index, as edited when it is open', async () => {
  const ws = await navigationWorkspace();
  const routes = ws.document('src/routes.ts');
  const at = inside(ws.ranges['src/routes.ts'][2]);
  assert.deepEqual(ws.service.findReferences(routes, at, false), [marked(ws, 'src/routes.ts', 2)]);
  // The editor adds a use of ROUTE_NOT_FOUND to use.ts without saving it.
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const added = `res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND' } });\n`;
  const edited = TextDocument.create(
    ws.uri('src/use.ts'),
    'typescript',
    2,
    `${ws.texts['src/use.ts']}${added}`,
  );
  const start = added.indexOf('ROUTE_NOT_FOUND');
  ws.context.analyze(edited);
  assert.deepEqual(ws.service.findReferences(routes, at, false), [
    marked(ws, 'src/routes.ts', 2),
    {
      uri: ws.uri('src/use.ts'),
      range: {
        start: { line: 2, character: start },
        end: { line: 2, character: start + 'ROUTE_NOT_FOUND'.length },
      },
    },
  ]);
});
