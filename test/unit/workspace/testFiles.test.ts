import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { TestFiles } from '../../../server/src/workspace/testFiles';
import { createMarkedWorkspace } from '../../helpers/markedWorkspace';

test('test files are told by their path below the workspace folder, not above it', () => {
  const files = new TestFiles(['/repo/test/fixtures/app']);
  assert.equal(files.isTestFile('/repo/test/fixtures/app/src/routes.ts'), false);
  assert.equal(files.isTestFile('/repo/test/fixtures/app/src/routes.test.ts'), true);
  assert.equal(files.isTestFile('/repo/test/fixtures/app/src/__mocks__/db.ts'), true);
  assert.equal(files.isTestFile('/repo/test/fixtures/app/tests/e2e/login.ts'), true);
  assert.equal(files.isTestFile('/elsewhere/a.test.ts'), false);
  files.setGlobs(['**/*.e2e.ts']);
  assert.equal(files.isTestFile('/repo/test/fixtures/app/src/routes.test.ts'), false);
  assert.equal(files.isTestFile('/repo/test/fixtures/app/src/login.e2e.ts'), true);
});

test('assertions and mocks in tests are no findings, and their codes join no catalog', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } }),
    'src/routes.ts':
      "export const deny = (res: any) => res.status(404).json({ error: { code: '[[FORBIDEN]]' } });\n",
    'src/routes.test.ts': [
      "import { createError } from '@directus/errors';",
      "const RabbitError = createError('IM_A_RABBIT', 'Carrots.', 418);",
      "expect(res.body).toEqual({ error: { code: 'FORBIDEN' } });",
      "res.status(404).json({ error: { code: 'FORBIDDEN' } });",
    ].join('\n'),
  });
  const [typo] = ws.ranges['src/routes.ts'];
  assert.deepEqual(
    ws.service.doValidation(ws.document('src/routes.ts'), DEFAULT_SETTINGS).map((d) => [d.code, d.range]),
    [['unknown-code', typo]],
  );
  assert.deepEqual(ws.service.doValidation(ws.document('src/routes.test.ts'), DEFAULT_SETTINGS), []);
  // Closed, a test file is not even analysed: no workspace model, so no finding and no use.
  assert.equal(
    ws.context.workspaceModels().some((m) => m.uri === ws.uri('src/routes.test.ts')),
    false,
  );
  assert.equal(ws.context.catalogFor(ws.uri('src/routes.ts')).lookup('IM_A_RABBIT'), undefined);
});
