import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../../server/src/service/settings';
import { applyTextEdits, editsOf } from '../../../helpers/edits';
import { parseMarkers } from '../../../helpers/markers';
import { createTestWorkspace } from '../../../helpers/workspace';

const CATALOG = JSON.stringify({
  errors: {
    LEGACY_LIMIT: { status: 429, deprecated: 'Use REQUESTS_EXCEEDED or QUOTA_EXCEEDED.' },
    OLD_AUTH: { status: 401, deprecated: true },
    REQUESTS_EXCEEDED: { status: 429 },
    QUOTA_EXCEEDED: { status: 429 },
  },
});

test('a deprecated code is struck through, with the notice, and its fix uses the named replacement', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': CATALOG });
  const fixture = parseMarkers(
    [
      `res.status(429).json({ error: { code: '[[LEGACY_LIMIT]]' } });`,
      `res.status(401).json({ error: { code: '[[OLD_AUTH]]' } });`,
      `res.status(429).json({ error: { code: 'REQUESTS_EXCEEDED' } });`,
    ].join('\n'),
    'file:///workspace/src/limits.ts',
  );
  const [legacy, old] = fixture.ranges();
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(
    diagnostics.map((d) => ({
      range: d.range,
      code: d.code,
      message: d.message,
      severity: d.severity,
      tags: d.tags,
    })),
    [
      {
        range: legacy,
        code: 'deprecated-code',
        message: `'LEGACY_LIMIT' is deprecated in the error catalog: use 'REQUESTS_EXCEEDED' or 'QUOTA_EXCEEDED' instead.`,
        severity: DiagnosticSeverity.Warning,
        tags: [DiagnosticTag.Deprecated],
      },
      {
        range: old,
        code: 'deprecated-code',
        message: `'OLD_AUTH' is deprecated in the error catalog.`,
        severity: DiagnosticSeverity.Warning,
        tags: [DiagnosticTag.Deprecated],
      },
    ],
  );
  assert.deepEqual(diagnostics[0].codeDescription, {
    href: 'https://github.com/error-catalog/error-catalog/blob/main/README.md#deprecated-code',
  });

  const actions = service.doCodeActions(fixture.document, [diagnostics[0]]);
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, isPreferred: a.isPreferred })),
    [
      { title: `Replace with 'REQUESTS_EXCEEDED'`, isPreferred: true },
      { title: `Replace with 'QUOTA_EXCEEDED'`, isPreferred: false },
    ],
  );
  assert.deepEqual(service.doCodeActions(fixture.document, [diagnostics[1]]), []);
  const fixed = applyTextEdits(fixture.text, editsOf(actions[0], fixture.document.uri));
  assert.equal(fixed.split('\n')[0], `res.status(429).json({ error: { code: 'REQUESTS_EXCEEDED' } });`);
  const again = service.doValidation(
    TextDocument.create(fixture.document.uri, 'typescript', 2, fixed),
    DEFAULT_SETTINGS,
  );
  assert.deepEqual(
    again.map((d) => d.message),
    [`'OLD_AUTH' is deprecated in the error catalog.`],
  );
});

test('deprecated-code takes its severity from the settings', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': CATALOG });
  const fixture = parseMarkers(`throw { error: { code: 'OLD_AUTH' } };`, 'file:///workspace/a.ts');
  const asHint = service.doValidation(
    fixture.document,
    normalizeSettings({ rules: { 'deprecated-code': 'hint' } }),
  );
  assert.deepEqual(
    asHint.map((d) => d.severity),
    [DiagnosticSeverity.Hint],
  );
  assert.deepEqual(
    service.doValidation(fixture.document, normalizeSettings({ rules: { 'deprecated-code': 'off' } })),
    [],
  );
});

test('deprecated-code says what to do when the notice is a bare code, and keeps prose it cannot shorten', async () => {
  const catalog = JSON.stringify({
    errors: {
      FORBIDDEN: { status: 403, deprecated: 'ACCESS_DENIED' },
      ACCESS_DENIED: { status: 403 },
      OLD_QUOTA: { status: 429, deprecated: 'Replaced by RATE_LIMITED on 2025-01-01.' },
      RATE_LIMITED: { status: 429 },
      GONE_CODE: { status: 410, deprecated: 'No longer sent.' },
    },
  });
  const { service } = await createTestWorkspace({ 'error-catalog.json': catalog });
  const fixture = parseMarkers(
    [
      `res.status(403).json({ error: { code: 'FORBIDDEN' } });`,
      `res.status(429).json({ error: { code: 'OLD_QUOTA' } });`,
      `res.status(410).json({ error: { code: 'GONE_CODE' } });`,
    ].join('\n'),
    'file:///workspace/src/a.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(
    diagnostics.map((d) => d.message),
    [
      `'FORBIDDEN' is deprecated in the error catalog: use 'ACCESS_DENIED' instead.`,
      `'OLD_QUOTA' is deprecated in the error catalog: use 'RATE_LIMITED' instead. (Replaced by RATE_LIMITED on 2025-01-01.)`,
      `'GONE_CODE' is deprecated in the error catalog: No longer sent.`,
    ],
  );
  const actions = service.doCodeActions(fixture.document, [diagnostics[0]]);
  assert.deepEqual(
    actions.map((a) => a.title),
    [`Replace with 'ACCESS_DENIED'`],
  );
  const fixed = applyTextEdits(fixture.text, editsOf(actions[0], fixture.document.uri));
  assert.equal(fixed.split('\n')[0], `res.status(403).json({ error: { code: 'ACCESS_DENIED' } });`);
});
