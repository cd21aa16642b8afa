import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkers } from '../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

test("each code string gets its catalog status after the closing quote: 'FORBIDDEN' 403", async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    [
      `res.status(404).json({ error: { code: 'FORBIDDEN'[[]] } });`,
      `throw { error: { code: "SERVICE_UNAVAILABLE"[[]], message: 'x' } };`,
      `ctx.throw(429, 'Slow down', { code: 'LEGACY_LIMIT'[[]] });`,
      `throw { error: { code: 'NOT_IN_CATALOG' } };`,
      `const label = 'FORBIDDEN';`,
    ].join('\n'),
    'file:///workspace/src/a.ts',
  );
  const [forbidden, unavailable, legacy] = fixture.ranges().map((range) => range.start);
  assert.deepEqual(service.doInlayHints(fixture.document, WHOLE), [
    { position: forbidden, label: '403', paddingLeft: true, tooltip: 'FORBIDDEN: 403 Forbidden' },
    {
      position: unavailable,
      label: '502 | 503',
      paddingLeft: true,
      tooltip: 'SERVICE_UNAVAILABLE: 502 Bad Gateway, 503 Service Unavailable',
    },
    { position: legacy, label: '429', paddingLeft: true, tooltip: 'LEGACY_LIMIT: 429 Too Many Requests' },
  ]);
});

test('only hints within the requested range; none on a string still being typed', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    [
      `throw { error: { code: 'FORBIDDEN' } };`,
      `throw { error: { code: 'ROUTE_NOT_FOUND'[[]] } };`,
      `throw { error: { code: 'INVALID_TOKEN' } };`,
      `throw { error: { code: 'INVALID_TOKEN`,
    ].join('\n'),
    'file:///workspace/src/a.ts',
  );
  const lineTwo = { start: { line: 1, character: 0 }, end: { line: 1, character: 60 } };
  assert.deepEqual(
    service.doInlayHints(fixture.document, lineTwo).map((hint) => hint.position),
    [fixture.ranges()[0].start],
  );
  const lastLine = { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } };
  assert.deepEqual(service.doInlayHints(fixture.document, lastLine), []);
});
