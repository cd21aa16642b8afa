import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import { applyTextEdits, editsOf } from '../../../helpers/edits';
import { parseMarkers } from '../../../helpers/markers';
import { createTestWorkspace } from '../../../helpers/workspace';

const CATALOG = JSON.stringify({
  errors: {
    FORBIDDEN: { status: 403 },
    ROUTE_NOT_FOUND: { status: 404 },
    PROJECT_NOT_FOUND: { status: 404 },
    OLD_NOT_FOUND: { status: 404, deprecated: 'Use ROUTE_NOT_FOUND.' },
  },
});

test('"Use code X (404)" offers each live catalog code of the sent status, and each removes the mismatch', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': CATALOG });
  const fixture = parseMarkers(
    `res.status([[404]]).json({ error: { code: '[[FORBIDDEN]]' } });`,
    'file:///workspace/src/routes.ts',
  );
  const [status, code] = fixture.ranges();
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(
    diagnostics.map((d) => ({ range: d.range, code: d.code })),
    [{ range: status, code: 'status-mismatch' }],
  );
  const actions = service.doCodeActions(fixture.document, diagnostics);
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, kind: a.kind, isPreferred: a.isPreferred })),
    [
      { title: 'Change status to 403 Forbidden', kind: 'quickfix', isPreferred: true },
      { title: 'Use code ROUTE_NOT_FOUND (404)', kind: 'quickfix', isPreferred: undefined },
      { title: 'Use code PROJECT_NOT_FOUND (404)', kind: 'quickfix', isPreferred: undefined },
    ],
  );
  assert.deepEqual(editsOf(actions[1], fixture.document.uri), [{ range: code, newText: 'ROUTE_NOT_FOUND' }]);
  for (const [index, expected] of [
    [1, `res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND' } });`],
    [2, `res.status(404).json({ error: { code: 'PROJECT_NOT_FOUND' } });`],
  ] as const) {
    const fixed = applyTextEdits(fixture.text, editsOf(actions[index], fixture.document.uri));
    assert.equal(fixed, expected);
    assert.deepEqual(
      service.doValidation(
        TextDocument.create(fixture.document.uri, 'typescript', 2, fixed),
        DEFAULT_SETTINGS,
      ),
      [],
    );
  }
});

test('a class use offers no code swap: its code is its definition', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': CATALOG });
  const fixture = parseMarkers(
    [`const ForbiddenError = createError('FORBIDDEN', 'No.', 404);`, `throw new ForbiddenError();`].join(
      '\n',
    ),
    'file:///workspace/src/errors.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(
    service.doCodeActions(fixture.document, diagnostics).map((a) => a.title),
    ['Change status to 403 Forbidden'],
  );
});
