import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkers } from '../../helpers/markers';
import { SEED_004 } from '../../helpers/seeds';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

const CATALOG_URI = 'file:///workspace/error-catalog.json';

test('a lens over each entry of a catalog file counts its usages and opens them', async () => {
  const a = parseMarkers(
    `res.status(403).json({ error: { code: '[[FORBIDDEN]]' } });\nthrow { error: { code: '[[FORBIDDEN]]' } };\n`,
  );
  const b = parseMarkers(`throw { error: { code: '[[ROUTE_NOT_FOUND]]' } };\n`);
  const { service } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/a.ts': a.text,
    'src/b.ts': b.text,
  });
  const lenses = service.doCodeLens(CATALOG_URI);
  const catalogText = parseMarkers(SAMPLE_CATALOG, CATALOG_URI).document;
  assert.deepEqual(
    lenses.map((lens) => catalogText.getText(lens.range)),
    ['FORBIDDEN', 'INVALID_TOKEN', 'ROUTE_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'LEGACY_LIMIT'],
  );
  // Unresolved lenses carry no command: counting waits until the editor shows them.
  assert.equal(lenses[0].command, undefined);
  const resolved = lenses.map((lens) => service.resolveCodeLens(lens));
  assert.deepEqual(
    resolved.map((lens) => lens.command?.title),
    ['2 usages', '0 usages', '1 usage', '0 usages', '0 usages'],
  );
  const [first, second] = a.ranges();
  assert.deepEqual(resolved[0].command, {
    title: '2 usages',
    command: 'errorCatalog.showReferences',
    arguments: [
      CATALOG_URI,
      lenses[0].range.start,
      [
        { uri: 'file:///workspace/src/a.ts', range: first },
        { uri: 'file:///workspace/src/a.ts', range: second },
      ],
    ],
  });
  assert.deepEqual(resolved[2].command?.arguments?.[2], [
    { uri: 'file:///workspace/src/b.ts', range: b.ranges()[0] },
  ]);
});

test('lenses over the rows of a Markdown catalog; none in source files', async () => {
  const { service } = await createTestWorkspace({
    'docs/errors.md': SEED_004,
    'src/a.ts': `const NotFound = createError('ROUTE_GONE', 'Gone.', 410);\nres.status(404).json({ type: 'x', title: 'Not Found', status: 404 });\n`,
  });
  const lenses = service.doCodeLens('file:///workspace/docs/errors.md');
  assert.equal(lenses.length, 13);
  const notFound = lenses.find((lens) => lens.range.start.line === 10)!;
  assert.deepEqual(notFound.range, { start: { line: 10, character: 2 }, end: { line: 10, character: 5 } });
  assert.equal(service.resolveCodeLens(notFound).command?.title, '1 usage');
  assert.deepEqual(service.doCodeLens('file:///workspace/src/a.ts'), []);
});
