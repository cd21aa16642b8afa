import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { LanguageService } from '../../../../server/src/service/languageService';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../../server/src/service/settings';
import { createMarkedWorkspace } from '../../../helpers/markedWorkspace';

/** The catalog rules' findings on a file, as a list. */
function catalogFindings(ws: { service: LanguageService }, uri: string, settings: Settings): Diagnostic[] {
  return [...ws.service.doCatalogValidation(uri, settings)];
}

const FILES = {
  'error-catalog.json': [
    '{',
    '  "errors": {',
    '    "FORBIDDEN": { "status": 403 },',
    '    "ROUTE_NOT_FOUND": { "status": 404, "aliases": ["NO_ROUTE"] },',
    '    "ACCOUNT_LOCKED": { "status": 423 },',
    '    "[[NEVER_SENT]]": { "status": 418 }',
    '  }',
    '}',
  ].join('\n'),
  'docs/errors.md':
    '| Error Code | Status |\n| --- | --- |\n| `FORBIDDEN` | 403 |\n| `[[RATE_LIMITED]]` | 429 |\n',
  'src/routes.ts': `res.status(403).json({ error: { code: 'FORBIDDEN' } });\nres.status(404).json({ error: { code: 'NO_ROUTE' } });\n`,
  'src/errors.ts': `export const LockedError = createError('ACCOUNT_LOCKED', 'Locked.', 423);\n`,
  'src/lock.ts': `import { LockedError } from './errors';\nthrow new LockedError();\n`,
};

test('a catalog entry nothing in the workspace uses is a faded hint on its key', async () => {
  const ws = await createMarkedWorkspace(FILES);
  const diagnostics = catalogFindings(ws, ws.uri('error-catalog.json'), DEFAULT_SETTINGS);
  assert.deepEqual(diagnostics, [
    {
      range: ws.ranges['error-catalog.json'][0],
      message: `'NEVER_SENT' is not used anywhere in the workspace.`,
      tags: [DiagnosticTag.Unnecessary],
      severity: DiagnosticSeverity.Hint,
      source: 'error-catalog',
      code: 'unused-code',
      codeDescription: {
        href: 'https://github.com/error-catalog/error-catalog/blob/main/README.md#unused-code',
      },
    },
  ]);
  assert.deepEqual(
    catalogFindings(ws, ws.uri('docs/errors.md'), DEFAULT_SETTINGS).map((d) => [d.range, d.message]),
    [[ws.ranges['docs/errors.md'][0], `'RATE_LIMITED' is not used anywhere in the workspace.`]],
  );
});

test('a use added anywhere in the workspace makes the entry used; the rule can be turned off', async () => {
  const ws = await createMarkedWorkspace(FILES);
  ws.host.write('/workspace/src/teapot.ts', `res.status(418).json({ error: { code: 'NEVER_SENT' } });\n`);
  await ws.sources.updateFromDisk(ws.uri('src/teapot.ts'));
  assert.deepEqual(catalogFindings(ws, ws.uri('error-catalog.json'), DEFAULT_SETTINGS), []);
  const off = normalizeSettings({ rules: { 'unused-code': 'off' } });
  assert.deepEqual(catalogFindings(ws, ws.uri('docs/errors.md'), off), []);
});

test('an entry only test files mention is used only in tests, and says so', async () => {
  const ws = await createMarkedWorkspace({
    ...FILES,
    'src/__tests__/teapot.test.ts': "expect(res.body).toEqual({ error: { code: 'NEVER_SENT' } });\n",
    'test/limits.spec.ts': "it('limits', () => expect(code).toBe(`RATE_LIMITED`));\n",
    'test/more.spec.ts': "const expected = { code: 'RATE_LIMITED' };\n",
  });
  assert.deepEqual(
    catalogFindings(ws, ws.uri('error-catalog.json'), DEFAULT_SETTINGS).map((d) => [d.range, d.message]),
    [[ws.ranges['error-catalog.json'][0], `'NEVER_SENT' is used only in tests (1 test file).`]],
  );
  assert.deepEqual(
    catalogFindings(ws, ws.uri('docs/errors.md'), DEFAULT_SETTINGS).map((d) => [d.range, d.message]),
    [[ws.ranges['docs/errors.md'][0], `'RATE_LIMITED' is used only in tests (2 test files).`]],
  );
  // The test file deleted, the code is unused again.
  ws.host.delete('/workspace/src/__tests__/teapot.test.ts');
  await ws.sources.updateFromDisk(ws.uri('src/__tests__/teapot.test.ts'));
  assert.deepEqual(
    catalogFindings(ws, ws.uri('error-catalog.json'), DEFAULT_SETTINGS).map((d) => d.message),
    [`'NEVER_SENT' is not used anywhere in the workspace.`],
  );
});

test('a status-only catalog has no unused entries: statuses are sent without codes', async () => {
  const ws = await createMarkedWorkspace({
    'docs/errors.md':
      '| Status code | Reason phrase | Description |\n| --- | --- | --- |\n| 404 | Not Found | Missing. |\n',
  });
  assert.deepEqual(catalogFindings(ws, ws.uri('docs/errors.md'), DEFAULT_SETTINGS), []);
});

test('a class made for a code that nobody constructs does not use it; a class constructed where it is made does', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': [
      '{',
      '  "errors": {',
      '    "[[ACCOUNT_LOCKED]]": { "status": 423 },',
      '    "INVALID_METADATA": { "status": 400 },',
      '    "[[PAYMENT_REQUIRED]]": { "status": 402 }',
      '  }',
      '}',
    ].join('\n'),
    'src/errors.ts': [
      "export const LockedError = createError('ACCOUNT_LOCKED', 'Locked.', 423);",
      "export const uploadFailed = () => { throw new (createError('INVALID_METADATA', 'Bad metadata.', 400))(); };",
      'export enum ErrorCode {',
      "  PaymentRequired = 'PAYMENT_REQUIRED',",
      "  Serialization = '40001',",
      '}',
    ].join('\n'),
  });
  const [locked, payment] = ws.ranges['error-catalog.json'];
  assert.deepEqual(
    catalogFindings(ws, ws.uri('error-catalog.json'), DEFAULT_SETTINGS).map((d) => [d.range, d.message]),
    [
      [locked, `'ACCOUNT_LOCKED' is not used anywhere in the workspace.`],
      [payment, `'PAYMENT_REQUIRED' is not used anywhere in the workspace.`],
    ],
  );
  // An enum member no source uses as a code stays out of the catalog: '40001' is a database's code.
  const catalog = ws.context.catalogFor(ws.uri('src/errors.ts'));
  assert.equal(catalog.lookup('40001'), undefined);
  assert.equal(catalog.lookup('PAYMENT_REQUIRED')?.source.format, 'json');
});
