import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../../server/src/service/settings';
import { applyTextEdits, editsOf } from '../../../helpers/edits';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../../helpers/workspace';

const URI = 'file:///workspace/src/handlers.ts';
const BEFORE = [
  `import { NotFoundException } from '@nestjs/common';`,
  `res.status(404).json({ error: { code: 'FORBIDDEN' } });`,
  `res.status(StatusCodes.NOT_FOUND).json({ error: { code: 'INVALID_TOKEN' } });`,
  `res.status(500).json({ error: { code: 'SERVICE_UNAVAILABLE' } });`,
  `res.status(401).json({ errors: [{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'ROUTE_NOT_FOUND' } }] });`,
  `c.json({ type: 'about:blank', title: 'Not Found', status: 404 }, 429);`,
  `throw new NotFoundException({ error: { code: 'FORBIDDEN' } });`,
  `throw new NotFoundException({ error: { code: 'INVALID_TOKEN' } });`,
].join('\n');

test('"Fix all status mismatches in file" fixes each mismatch with one answer and leaves the rest', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const document = TextDocument.create(URI, 'typescript', 1, BEFORE);
  const actions = service.doCodeActions(document, [], {
    only: ['source.fixAll'],
    settings: DEFAULT_SETTINGS,
  });
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, kind: a.kind })),
    [{ title: 'Fix all status mismatches in file', kind: 'source.fixAll.errorCatalog' }],
  );
  const after = applyTextEdits(BEFORE, editsOf(actions[0], URI));
  assert.equal(
    after,
    [
      `import { NotFoundException, ForbiddenException } from '@nestjs/common';`,
      `res.status(403).json({ error: { code: 'FORBIDDEN' } });`,
      `res.status(StatusCodes.FORBIDDEN).json({ error: { code: 'INVALID_TOKEN' } });`,
      `res.status(500).json({ error: { code: 'SERVICE_UNAVAILABLE' } });`,
      `res.status(401).json({ errors: [{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'ROUTE_NOT_FOUND' } }] });`,
      `c.json({ type: 'about:blank', title: 'Not Found', status: 429 }, 429);`,
      `throw new ForbiddenException({ error: { code: 'FORBIDDEN' } });`,
      `throw new ForbiddenException({ error: { code: 'INVALID_TOKEN' } });`,
    ].join('\n'),
  );
  const left = service
    .doValidation(TextDocument.create(URI, 'typescript', 2, after), DEFAULT_SETTINGS)
    .map((d) => ({ line: d.range.start.line, message: d.message }));
  assert.deepEqual(left, [
    {
      line: 3,
      message: `'SERVICE_UNAVAILABLE' is 502 Bad Gateway or 503 Service Unavailable in the error catalog, but this response sends 500 Internal Server Error.`,
    },
    {
      line: 4,
      message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 401 Unauthorized.`,
    },
    {
      line: 4,
      message: `'ROUTE_NOT_FOUND' is 404 Not Found in the error catalog, but this response sends 401 Unauthorized.`,
    },
  ]);
});

test('the fix-all action comes only when its kind is asked for, and not when the rule is off', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const document = TextDocument.create(URI, 'typescript', 1, BEFORE);
  assert.deepEqual(service.doCodeActions(document, [], { only: ['quickfix'] }), []);
  assert.deepEqual(service.doCodeActions(document, []), []);
  assert.equal(service.doCodeActions(document, [], { only: ['source'] }).length, 1);
  assert.equal(service.doCodeActions(document, [], { only: ['source.fixAll.errorCatalog'] }).length, 1);
  const off = normalizeSettings({ rules: { 'status-mismatch': 'off' } });
  assert.deepEqual(service.doCodeActions(document, [], { only: ['source.fixAll'], settings: off }), []);
});
