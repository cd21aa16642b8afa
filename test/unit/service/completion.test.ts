import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyCompletion, itemLabelled, sorted } from '../../helpers/completions';
import { parseMarkers } from '../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

test('completion in a code position offers catalog codes, those of the sent status first', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    `res.status(403).json({ error: { code: 'FO$$CURSOR$$' } });`,
    'file:///workspace/a.ts',
  );
  const list = service.doComplete(fixture.document, fixture.cursorPosition());
  const ordered = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  assert.deepEqual(
    ordered.map((item) => [item.label, item.detail]),
    [
      ['FORBIDDEN', '403 Forbidden'],
      ['INVALID_TOKEN', '403 Forbidden'],
      ['LEGACY_LIMIT', '429 Too Many Requests'],
      ['ROUTE_NOT_FOUND', '404 Not Found'],
      ['SERVICE_UNAVAILABLE', '502 Bad Gateway, 503 Service Unavailable'],
    ],
  );
  const forbidden = list.items.find((item) => item.label === 'FORBIDDEN')!;
  const edit = forbidden.textEdit as { range: never; newText: string };
  assert.equal(
    TextDocument.applyEdits(fixture.document, [edit]),
    `res.status(403).json({ error: { code: 'FORBIDDEN' } });`,
  );
});

const CODES = ['FORBIDDEN', 'INVALID_TOKEN', 'ROUTE_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'LEGACY_LIMIT'];

test('a code typed into a string not yet closed is replaced, closing quote included', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const cases: Array<[source: string, expected: string, filterText: string]> = [
    [
      `res.status(403).json({ error: { code: [['FO$$CURSOR$$]] } });\nconst after = 1;\n`,
      `res.status(403).json({ error: { code: 'FORBIDDEN' } });\nconst after = 1;\n`,
      `'FORBIDDEN`,
    ],
    [
      `res.status(403).json({ error: { code: [["$$CURSOR$$]] } });`,
      `res.status(403).json({ error: { code: "FORBIDDEN" } });`,
      `"FORBIDDEN`,
    ],
    // Typed in the middle of a code: the rest of it goes too.
    [
      `throw { error: { code: [['FO$$CURSOR$$RBID]] } };`,
      `throw { error: { code: 'FORBIDDEN' } };`,
      `'FORBIDDEN`,
    ],
    // The quote just typed pairs with the next string's opening quote: the code ends before it.
    [
      `res.status(403).json({ error: [['FO$$CURSOR$$]], error_description: 'No.' });`,
      `res.status(403).json({ error: 'FORBIDDEN', error_description: 'No.' });`,
      `'FORBIDDEN`,
    ],
    // An empty string is no code yet: the item writes the whole string.
    [`throw { error: { code: [['$$CURSOR$$']] } };`, `throw { error: { code: 'FORBIDDEN' } };`, `'FORBIDDEN`],
  ];
  for (const [index, [source, expected, filterText]] of cases.entries()) {
    const fixture = parseMarkers(source, `file:///workspace/typing${index}.ts`);
    const list = service.doComplete(fixture.document, fixture.cursorPosition());
    assert.deepEqual(
      list.items.map((item) => item.label),
      CODES,
      source,
    );
    const item = itemLabelled(list.items, 'FORBIDDEN');
    assert.deepEqual((item.textEdit as { range: unknown }).range, fixture.ranges()[0], source);
    assert.equal(item.filterText, filterText, source);
    assert.equal(applyCompletion(fixture.document, item), expected, source);
  }
});

test('with no quote typed yet the item writes a quoted code, in the quote the document uses', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const cases: Array<[source: string, expected: string]> = [
    [
      `res.status(404).json({ error: { code: [[$$CURSOR$$]] } });`,
      `res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND' } });`,
    ],
    [
      `throw { error: { code: "FORBIDDEN" } };\nres.status(404).json({ error: { code: [[RO$$CURSOR$$]] } });`,
      `throw { error: { code: "FORBIDDEN" } };\nres.status(404).json({ error: { code: "ROUTE_NOT_FOUND" } });`,
    ],
  ];
  for (const [index, [source, expected]] of cases.entries()) {
    const fixture = parseMarkers(source, `file:///workspace/unquoted${index}.ts`);
    const items = sorted(service.doComplete(fixture.document, fixture.cursorPosition()).items);
    // The response sends 404: its code ranks first.
    assert.equal(items[0].label, 'ROUTE_NOT_FOUND', source);
    assert.equal(items[0].filterText, 'ROUTE_NOT_FOUND', source);
    assert.deepEqual((items[0].textEdit as { range: unknown }).range, fixture.ranges()[0], source);
    assert.equal(applyCompletion(fixture.document, items[0]), expected, source);
  }
});

test('no code completion where no code goes', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const sources = [
    `const label = '$$CURSOR$$';`,
    `const label = $$CURSOR$$`,
    `// { error: { code: '$$CURSOR$$ } }`,
    `log({ message: '$$CURSOR$$' });`,
  ];
  for (const [index, source] of sources.entries()) {
    const fixture = parseMarkers(source, `file:///workspace/nowhere${index}.ts`);
    assert.deepEqual(service.doComplete(fixture.document, fixture.cursorPosition()).items, [], source);
  }
});

test('a carrier takes the catalog statuses with their reasons; the code sent picks its own first', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const cases: Array<[source: string, first: string, expected: string]> = [
    [
      `res.status([[$$CURSOR$$]]).json({ error: { code: 'ROUTE_NOT_FOUND' } });`,
      '404',
      `res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND' } });`,
    ],
    [
      `function send(reply) {\n  return reply.code([[4$$CURSOR$$]]).send({ error: { code: 'SERVICE_UNAVAILABLE' } });\n}`,
      '502',
      `function send(reply) {\n  return reply.code(502).send({ error: { code: 'SERVICE_UNAVAILABLE' } });\n}`,
    ],
    [
      `function f(ctx) {\n  ctx.status = [[$$CURSOR$$]]\n}`,
      '403',
      `function f(ctx) {\n  ctx.status = 403\n}`,
    ],
    [`res.status([[$$CURSOR$$]]`, '403', `res.status(403`],
  ];
  for (const [index, [source, first, expected]] of cases.entries()) {
    const fixture = parseMarkers(source, `file:///workspace/carrier${index}.ts`);
    const items = sorted(service.doComplete(fixture.document, fixture.cursorPosition()).items);
    assert.deepEqual(
      items.map((item) => [item.label, item.detail]).sort(),
      [
        ['403', 'Forbidden'],
        ['404', 'Not Found'],
        ['429', 'Too Many Requests'],
        ['502', 'Bad Gateway'],
        ['503', 'Service Unavailable'],
      ],
      source,
    );
    assert.equal(items[0].label, first, source);
    assert.deepEqual((items[0].textEdit as { range: unknown }).range, fixture.ranges()[0], source);
    assert.equal(applyCompletion(fixture.document, items[0]), expected, source);
  }
  const fixture = parseMarkers(`res.status($$CURSOR$$);`, 'file:///workspace/documented.ts');
  const forbidden = itemLabelled(service.doComplete(fixture.document, fixture.cursorPosition()).items, '403');
  assert.deepEqual(forbidden.documentation, {
    kind: 'markdown',
    value: '**403 Forbidden**\n\nCatalog codes with this status: `FORBIDDEN`, `INVALID_TOKEN`',
  });
});

test('a trigger character only starts what it can start', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  let documents = 0;
  const complete = (source: string, trigger: string) => {
    const fixture = parseMarkers(source, `file:///workspace/trigger${documents++}.ts`);
    return service.doComplete(fixture.document, fixture.cursorPosition(), trigger).items.map((i) => i.label);
  };
  assert.deepEqual(complete(`throw { error: { code: $$CURSOR$$ } };`, ' '), CODES);
  assert.deepEqual(complete(`res.status($$CURSOR$$);`, '('), ['403', '404', '429', '502', '503']);
  assert.deepEqual(complete(`function f() {\n  throw $$CURSOR$$\n}`, ' ').length, CODES.length);
  // A space after anything else asks for nothing.
  assert.deepEqual(complete(`function f() {\n  const x $$CURSOR$$\n}`, ' '), []);
  assert.deepEqual(complete(`function f() {\n  return $$CURSOR$$\n}`, ' '), []);
});
