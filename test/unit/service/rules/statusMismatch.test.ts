import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import { applyTextEdits, editsOf } from '../../../helpers/edits';
import { parseMarkers } from '../../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../../helpers/workspace';

const summary = (d: { range: unknown; code?: unknown; message: unknown }) => ({
  range: d.range,
  code: d.code,
  message: d.message,
});

test('a problem details body whose status differs from the response is a mismatch on the body status', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    [
      `app.get('/a', (c) => c.json({ type: 'about:blank', title: 'Not Found', status: [[404]] }, 429));`,
      `app.get('/b', (c) => c.json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404));`,
      `app.get('/c', (c) => c.json({ type: 'about:blank', title: 'Not Found', status: 404 }));`,
    ].join('\n'),
    'file:///workspace/src/problems.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(diagnostics.map(summary), [
    {
      range: fixture.ranges()[0],
      code: 'status-mismatch',
      message:
        'This problem details body says status 404 Not Found, but the response sends 429 Too Many Requests: ' +
        'RFC 9457 requires them to be the same.',
    },
  ]);

  const actions = service.doCodeActions(fixture.document, diagnostics);
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, isPreferred: a.isPreferred })),
    [
      { title: `Change the body's status to 429 Too Many Requests`, isPreferred: true },
      { title: 'Change the response status to 404 Not Found', isPreferred: false },
    ],
  );
  const lineOf = (text: string) => text.split('\n')[0];
  const bodyFixed = applyTextEdits(fixture.text, editsOf(actions[0], fixture.document.uri));
  assert.equal(
    lineOf(bodyFixed),
    `app.get('/a', (c) => c.json({ type: 'about:blank', title: 'Not Found', status: 429 }, 429));`,
  );
  const responseFixed = applyTextEdits(fixture.text, editsOf(actions[1], fixture.document.uri));
  assert.equal(
    lineOf(responseFixed),
    `app.get('/a', (c) => c.json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404));`,
  );
  for (const fixed of [bodyFixed, responseFixed]) {
    const after = TextDocument.create(fixture.document.uri, 'typescript', 2, fixed);
    assert.deepEqual(service.doValidation(after, DEFAULT_SETTINGS), []);
  }
});

test('a code-defining call that gives its class another status than the catalog is a mismatch there', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    [
      `import { createError } from '@directus/errors';`,
      `export const ForbiddenError = createError('FORBIDDEN', 'You are not allowed.', [[404]]);`,
      `export const TokenError = createError('INVALID_TOKEN', 'Bad token.', 403);`,
      `throw new ForbiddenError();`,
      `throw new ForbiddenError();`,
    ].join('\n'),
    'file:///workspace/src/errors.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(diagnostics.map(summary), [
    {
      range: fixture.ranges()[0],
      code: 'status-mismatch',
      message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this definition gives it 404 Not Found.`,
    },
  ]);
  const actions = service.doCodeActions(fixture.document, diagnostics);
  assert.deepEqual(
    actions.map((a) => a.title),
    ['Change status to 403 Forbidden'],
  );
});

test('a multi-status code accepts each of its statuses and offers each in its fixes', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    [
      `res.status(502).json({ error: { code: 'SERVICE_UNAVAILABLE' } });`,
      `res.status([[500]]).json({ error: { code: 'SERVICE_UNAVAILABLE' } });`,
    ].join('\n'),
    'file:///workspace/src/upstream.ts',
  );
  const diagnostics = service.doValidation(fixture.document, DEFAULT_SETTINGS);
  assert.deepEqual(diagnostics.map(summary), [
    {
      range: fixture.ranges()[0],
      code: 'status-mismatch',
      message: `'SERVICE_UNAVAILABLE' is 502 Bad Gateway or 503 Service Unavailable in the error catalog, but this response sends 500 Internal Server Error.`,
    },
  ]);
  assert.deepEqual(
    service
      .doCodeActions(fixture.document, diagnostics)
      .map((a) => ({ title: a.title, isPreferred: a.isPreferred })),
    [
      { title: 'Change status to 502 Bad Gateway', isPreferred: true },
      { title: 'Change status to 503 Service Unavailable', isPreferred: false },
    ],
  );
});
