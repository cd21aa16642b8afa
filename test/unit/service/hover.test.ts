import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkers } from '../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

test('hover on a code in a nested envelope shows its status, title, description and definition', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    `res.status(403).json({ error: { code: '[[FORB$$CURSOR$$IDDEN]]', message: 'no' } });\n`,
    'file:///workspace/src/routes.ts',
  );
  const hover = service.doHover(fixture.document, fixture.cursorPosition());
  assert.deepEqual(hover, {
    contents: {
      kind: 'markdown',
      value: [
        '**FORBIDDEN** · 403 Forbidden',
        '*Forbidden*',
        'You are not allowed to do the current action.',
        'Defined in [error-catalog.json:3](file:///workspace/error-catalog.json#L3)',
      ].join('\n\n'),
    },
    range: fixture.ranges()[0],
  });
});

test('hover lists every status of a multi-status code and a deprecation notice', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const multi = parseMarkers(
    `throw { error: { code: 'SERVICE_$$CURSOR$$UNAVAILABLE' } };`,
    'file:///workspace/a.ts',
  );
  const value = (service.doHover(multi.document, multi.cursorPosition())?.contents as { value: string })
    .value;
  assert.equal(value.split('\n\n')[0], '**SERVICE_UNAVAILABLE** · 502 Bad Gateway, 503 Service Unavailable');

  const deprecated = parseMarkers(
    `throw { error: { code: 'LEGACY$$CURSOR$$_LIMIT' } };`,
    'file:///workspace/b.ts',
  );
  const parts = (
    service.doHover(deprecated.document, deprecated.cursorPosition())?.contents as { value: string }
  ).value.split('\n\n');
  assert.deepEqual(parts.slice(0, 2), [
    '**LEGACY_LIMIT** · 429 Too Many Requests',
    '**Deprecated:** Use REQUESTS_EXCEEDED.',
  ]);
});

test('no hover outside a code position, on an unknown code, or in a comment', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  for (const source of [
    `const label = 'FORB$$CURSOR$$IDDEN';`,
    `// { error: { code: 'FORB$$CURSOR$$IDDEN' } }`,
    `throw { error: { code: 'NOT_IN$$CURSOR$$_CATALOG' } };`,
  ]) {
    const fixture = parseMarkers(source, 'file:///workspace/c.ts');
    assert.equal(service.doHover(fixture.document, fixture.cursorPosition()), null, source);
  }
});
