import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkers } from '../../helpers/markers';
import { SEED_004 } from '../../helpers/seeds';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

function hoverText(hover: { contents: unknown } | null): string[] {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as { value: string }).value.split('\n\n');
}

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
        'Defined in [error-catalog.json:3](<file:///workspace/error-catalog.json#L3>)',
        'Used in 1 place',
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

test('the hover counts the uses of a code in every file of the workspace, the hovered one included', async () => {
  const { service } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/a.ts': `res.status(403).json({ error: { code: 'FORBIDDEN' } });\nthrow { error: { code: 'FORBIDDEN' } };\n`,
    'src/b.ts': `throw { error: { code: 'INVALID_TOKEN' } };\n`,
    'packages/other/error-catalog.json': SAMPLE_CATALOG,
    'packages/other/src/c.ts': `throw { error: { code: 'FORBIDDEN' } };\n`,
  });
  const fixture = parseMarkers(
    `throw { error: { code: 'FORBID$$CURSOR$$DEN' } };\n`,
    'file:///workspace/src/d.ts',
  );
  // packages/other has a catalog of its own that defines FORBIDDEN again, over the root's: its use
  // counts for both entries, as unused-code and the code lens count it.
  assert.equal(
    hoverText(service.doHover(fixture.document, fixture.cursorPosition())).at(-1),
    'Used in 4 places',
  );
  const unused = parseMarkers(
    `throw { error: { code: 'ROUTE_NOT$$CURSOR$$_FOUND' } };\n`,
    'file:///workspace/e.ts',
  );
  assert.equal(
    hoverText(service.doHover(unused.document, unused.cursorPosition())).at(-1),
    'Used in 1 place',
  );
});

test('hover on a status in a carrier names its reason and the catalog codes sent with it', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    [
      `res.status([[4$$CURSOR$$03]]).json({ error: { code: 'FORBIDDEN' } });`,
      `reply.code([[418]]).send();`,
      `throw new HttpException({}, HttpStatus.[[SERVICE_UNAVAILABLE]]);`,
      `throw Boom.[[tooManyRequests]]();`,
    ].join('\n'),
    'file:///workspace/src/a.ts',
  );
  const [forbidden, teapot, unavailable, tooMany] = fixture.ranges();
  const at = (range: typeof forbidden) => service.doHover(fixture.document, range.start);
  assert.deepEqual(at(forbidden), {
    contents: {
      kind: 'markdown',
      value: '**403 Forbidden**\n\nCatalog codes with this status: `FORBIDDEN`, `INVALID_TOKEN`',
    },
    range: forbidden,
  });
  assert.deepEqual(hoverText(at(teapot)), ["**418 I'm a Teapot**", 'No catalog code has this status.']);
  assert.deepEqual(at(unavailable)?.range, unavailable);
  assert.deepEqual(hoverText(at(unavailable)), [
    '**503 Service Unavailable**',
    'Catalog codes with this status: `SERVICE_UNAVAILABLE`',
  ]);
  assert.deepEqual(hoverText(at(tooMany)), [
    '**429 Too Many Requests**',
    'Catalog codes with this status: `LEGACY_LIMIT`',
  ]);
});

test("under a status-only catalog (seed 004) a status hovers with the API's own description", async () => {
  const { service } = await createTestWorkspace({ 'docs/errors.md': SEED_004 });
  const fixture = parseMarkers(
    [
      `res.status([[404]]).json({ message: 'gone' });`,
      `ctx.status = [[429]];`,
      `return Response.json({ type: 'about:blank', title: "I'm a teapot", status: [[418]], detail: 'x' }, { status: [[418]] });`,
    ].join('\n'),
    'file:///workspace/src/a.ts',
  );
  const [notFound, limited, problemStatus, carrierStatus] = fixture.ranges();
  assert.deepEqual(service.doHover(fixture.document, notFound.end), {
    contents: {
      kind: 'markdown',
      value: [
        '**404 Not Found**',
        'The requested resource could not be found.',
        'Defined in [errors.md:11](<file:///workspace/docs/errors.md#L11>)',
      ].join('\n\n'),
    },
    range: notFound,
  });
  assert.deepEqual(hoverText(service.doHover(fixture.document, limited.start)), [
    '**429 Too Many Requests**',
    'Too many requests were made in a given amount of time. Rate limiting has been applied.',
    'Defined in [errors.md:16](<file:///workspace/docs/errors.md#L16>)',
  ]);
  // A problem-details body's status is its code: it reads as a status, documented or not.
  for (const range of [problemStatus, carrierStatus]) {
    assert.deepEqual(hoverText(service.doHover(fixture.document, range.start)), [
      "**418 I'm a Teapot**",
      'The API does not document this status.',
    ]);
  }
});

test("a reason phrase of the API's own is shown beside the standard one", async () => {
  const docs = [
    '| Status code | Reason phrase | Description |',
    '| --- | --- | --- |',
    '| 429 | Slow Down | Rate limiting has been applied. |',
    '',
  ].join('\n');
  const { service } = await createTestWorkspace({ 'docs/errors.md': docs });
  const fixture = parseMarkers(`ctx.status = 4$$CURSOR$$29;`, 'file:///workspace/src/a.ts');
  assert.deepEqual(hoverText(service.doHover(fixture.document, fixture.cursorPosition())), [
    '**429 Too Many Requests**',
    '*Slow Down*',
    'Rate limiting has been applied.',
    'Defined in [errors.md:3](<file:///workspace/docs/errors.md#L3>)',
  ]);
});
