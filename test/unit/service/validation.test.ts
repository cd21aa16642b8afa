import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../server/src/service/settings';
import { parseMarkers } from '../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

test('an unknown code is reported with the nearest catalog codes', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    `res.status(403).json({ error: { code: '[[FORBIDEN]]' } });`,
    'file:///workspace/a.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(
    diagnostics.map((d) => ({
      range: d.range,
      message: d.message,
      code: d.code,
      severity: d.severity,
      source: d.source,
    })),
    [
      {
        range: fixture.ranges()[0],
        message: `'FORBIDEN' is not in the error catalog. Did you mean 'FORBIDDEN'?`,
        code: 'unknown-code',
        severity: 2,
        source: 'error-catalog',
      },
    ],
  );
  assert.deepEqual(diagnostics[0].codeDescription, {
    href: 'https://github.com/error-catalog/error-catalog/blob/main/README.md#unknown-code',
  });
});

test('a status the catalog does not give the code is a mismatch on the status', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    `res.status([[404]]).json({ error: { code: 'FORBIDDEN' } });\nres.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE' } });`,
    'file:///workspace/a.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(
    diagnostics.map((d) => ({ range: d.range, message: d.message, code: d.code })),
    [
      {
        range: fixture.ranges()[0],
        message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
        code: 'status-mismatch',
      },
    ],
  );
});

test('rule severities come from settings, and ignore turns a rule off', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    `res.status(404).json({ error: { code: 'FORBIDDEN' } });`,
    'file:///workspace/a.ts',
  );
  const asError = service.doValidation(
    fixture.document,
    normalizeSettings({ rules: { 'status-mismatch': 'error' } }),
  );
  assert.deepEqual(
    asError.map((d) => d.severity),
    [1],
  );
  const off = service.doValidation(
    fixture.document,
    normalizeSettings({ rules: { 'status-mismatch': 'off' } }),
  );
  assert.deepEqual(off, []);
});

test('the status fix rewrites the status and the mismatch is gone after re-validation', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    `res.status(404).json({ error: { code: 'FORBIDDEN' } });`,
    'file:///workspace/a.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  const actions = service.doCodeActions(fixture.document, diagnostics);
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, isPreferred: a.isPreferred, kind: a.kind })),
    [
      { title: 'Change status to 403 Forbidden', isPreferred: true, kind: 'quickfix' },
      { title: 'Use code ROUTE_NOT_FOUND (404)', isPreferred: undefined, kind: 'quickfix' },
    ],
  );
  const edits = actions[0].edit!.changes![fixture.document.uri];
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const fixed = TextDocument.applyEdits(fixture.document, edits);
  assert.equal(fixed, `res.status(403).json({ error: { code: 'FORBIDDEN' } });`);
  const after = TextDocument.create(fixture.document.uri, 'typescript', 2, fixed);
  assert.deepEqual(service.doValidation(after, DEFAULT_SETTINGS), []);
});
