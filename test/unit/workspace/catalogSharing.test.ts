import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

const OTHER = JSON.stringify({ errors: { TEAPOT: { status: 418 } } });

test('directories under the same catalog files share one catalog, rebuilt once after a change', async () => {
  const { index } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'a/x.ts': '',
    'b/deep/y.ts': '',
    'pkg/error-catalog.json': OTHER,
    'pkg/src/z.ts': '',
  });
  const a = index.catalogFor('file:///workspace/a/x.ts');
  assert.equal(index.catalogFor('file:///workspace/b/deep/y.ts'), a);
  const own = index.catalogFor('file:///workspace/pkg/src/z.ts');
  assert.notEqual(own, a);
  assert.deepEqual(
    own.entries().map((entry) => entry.code),
    ['TEAPOT', 'FORBIDDEN', 'INVALID_TOKEN', 'ROUTE_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'LEGACY_LIMIT'],
  );

  index.setSourceDefinitions('file:///workspace/a/errors.ts', [
    {
      code: 'GONE',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
      status: 410,
    },
  ]);
  const after = index.catalogFor('file:///workspace/b/deep/y.ts');
  assert.notEqual(after, a);
  assert.equal(index.catalogFor('file:///workspace/a/x.ts'), after);
  assert.deepEqual(after.lookup('GONE')?.statuses, [410]);
  assert.deepEqual(index.catalogFor('file:///workspace/pkg/src/z.ts').lookup('GONE')?.statuses, [410]);
});
