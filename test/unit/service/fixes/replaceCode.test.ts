import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import { applyTextEdits, editsOf } from '../../../helpers/edits';
import { parseMarkers } from '../../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../../helpers/workspace';

test('"Replace with X" offers each suggestion, and the replaced code is no longer unknown', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    `res.status(403).json({ error: { code: '[[FORBIDEN]]' } });`,
    'file:///workspace/a.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  const actions = service.doCodeActions(fixture.document, diagnostics);
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, isPreferred: a.isPreferred })),
    [
      { title: `Replace with 'FORBIDDEN'`, isPreferred: true },
      { title: `Add 'FORBIDEN' to the catalog`, isPreferred: false },
    ],
  );
  assert.deepEqual(editsOf(actions[0], fixture.document.uri), [
    { range: fixture.ranges()[0], newText: 'FORBIDDEN' },
  ]);
  const fixed = applyTextEdits(fixture.text, editsOf(actions[0], fixture.document.uri));
  assert.equal(fixed, `res.status(403).json({ error: { code: 'FORBIDDEN' } });`);
  assert.deepEqual(
    service.doValidation(TextDocument.create(fixture.document.uri, 'typescript', 2, fixed), DEFAULT_SETTINGS),
    [],
  );
});
