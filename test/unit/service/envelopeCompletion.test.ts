import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { ENVELOPE_STYLES } from '../../../server/src/analysis/envelopes';
import { applyCompletion, itemLabelled, sorted } from '../../helpers/completions';
import { parseMarkers } from '../../helpers/markers';
import { SEED_004 } from '../../helpers/seeds';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

const HANDLER = (body: string) =>
  `export async function handler(req: Request, res: Response) {\n${body}\n}\n`;
const CHOICE = '${1|FORBIDDEN,INVALID_TOKEN,ROUTE_NOT_FOUND,SERVICE_UNAVAILABLE,LEGACY_LIMIT|}';

test('in a statement position, one envelope snippet per style of the table, codes as a choice', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(HANDLER(`  [[er$$CURSOR$$]]`), 'file:///workspace/src/a.ts');
  const items = sorted(service.doComplete(fixture.document, fixture.cursorPosition()).items);
  assert.deepEqual(
    items.map((item) => item.label),
    ENVELOPE_STYLES.map((style) => `error envelope: ${style.name}`),
  );
  const nested = itemLabelled(items, 'error envelope: nested');
  assert.equal(nested.insertTextFormat, 2);
  assert.equal(nested.detail, 'res.status().json()');
  assert.deepEqual(nested.textEdit, {
    range: fixture.ranges()[0],
    newText: [
      `return res.status(\${2:403}).json({`,
      `\terror: {`,
      `\t\tcode: '${CHOICE}',`,
      `\t\tmessage: '\${3:You are not allowed to do the current action.}',`,
      `\t\tdetails: [],`,
      `\t},`,
      `});`,
    ].join('\n'),
  });
  // The status rides in the carrier and, where the style has one, in the body: one tab stop for both.
  assert.equal(
    (itemLabelled(items, 'error envelope: flat').textEdit as { newText: string }).newText,
    [
      `return res.status(\${2:403}).json({`,
      `\tcode: '${CHOICE}',`,
      `\tmessage: '\${3:You are not allowed to do the current action.}',`,
      `\tstatus: $2,`,
      `});`,
    ].join('\n'),
  );
  assert.equal(
    applyCompletion(fixture.document, itemLabelled(items, 'error envelope: graphql')),
    HANDLER(
      `  throw new GraphQLError('You are not allowed to do the current action.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });`,
    ),
  );
});

test('every snippet writes a body the analyser reads back: the first code, with its status', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(HANDLER(`  $$CURSOR$$`), 'file:///workspace/src/a.ts');
  const items = service.doComplete(fixture.document, fixture.cursorPosition()).items;
  assert.equal(items.length, ENVELOPE_STYLES.length);
  for (const item of items) {
    const style = item.label.slice('error envelope: '.length);
    const text = applyCompletion(fixture.document, item);
    const [reference, ...others] = analyzeSource({ uri: fixture.document.uri, version: 1, text }).references;
    assert.equal(others.length, 0, text);
    assert.equal(reference?.style, style, text);
    // A problem body's code is its status: the catalog's first status.
    assert.equal(reference.code, style === 'problem' ? '403' : 'FORBIDDEN', text);
    assert.equal(reference.status?.value, 403, text);
  }
});

test("the catalog's declared envelope comes first, then the styles the project uses", async () => {
  const catalog = JSON.stringify({ envelope: 'oauth', errors: JSON.parse(SAMPLE_CATALOG).errors });
  const { service } = await createTestWorkspace({
    'error-catalog.json': catalog,
    'src/other.ts': `throw { errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }] };\n`,
  });
  const fixture = parseMarkers(HANDLER(`  $$CURSOR$$`), 'file:///workspace/src/a.ts');
  const labels = sorted(service.doComplete(fixture.document, fixture.cursorPosition()).items).map(
    (i) => i.label,
  );
  assert.deepEqual(labels.slice(0, 3), [
    'error envelope: oauth',
    'error envelope: directus',
    'error envelope: graphql',
  ]);
});

test('the statement sends the body the way the document already does', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    [
      `export async function handler(request: Req, reply: Reply) {`,
      `  if (!request.user) return reply.code(401).send({ error: { code: 'TOKEN_EXPIRED' } });`,
      `  $$CURSOR$$`,
      `}`,
    ].join('\n'),
    'file:///workspace/src/a.ts',
  );
  const item = itemLabelled(
    service.doComplete(fixture.document, fixture.cursorPosition()).items,
    'error envelope: oauth',
  );
  assert.equal(item.detail, 'reply.code().send()');
  assert.equal(
    applyCompletion(fixture.document, item).split('\n').slice(2, 6).join('\n'),
    [
      `  return reply.code(403).send({`,
      `\terror: 'FORBIDDEN',`,
      `\terror_description: 'You are not allowed to do the current action.',`,
      `});`,
    ].join('\n'),
  );
});

test('under a status-only catalog (seed 004), problem details first, its statuses as a choice', async () => {
  const { service } = await createTestWorkspace({ 'docs/errors.md': SEED_004 });
  const fixture = parseMarkers(HANDLER(`  $$CURSOR$$`), 'file:///workspace/src/a.ts');
  const [first] = sorted(service.doComplete(fixture.document, fixture.cursorPosition()).items);
  assert.equal(first.label, 'error envelope: problem');
  assert.equal(
    (first.textEdit as { newText: string }).newText,
    [
      `return res.status($1).json({`,
      `\ttype: '\${5:https://example.com/problems/not-found}',`,
      `\ttitle: '\${4:Bad Request}',`,
      `\tstatus: \${1|400,401,403,404,405,406,409,415,429,500,502,503,504|},`,
      `\tdetail: '\${3:The request could not be understood or was missing required parameters.}',`,
      `\tinstance: '\${6:/orders/42}',`,
      `});`,
    ].join('\n'),
  );
});

test('no envelope snippet outside a function body, or for a word that is not `err…`', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const sources = [
    `$$CURSOR$$`,
    HANDLER(`  con$$CURSOR$$`),
    HANDLER(`  return $$CURSOR$$`),
    HANDLER(`  res.$$CURSOR$$`),
    HANDLER(`  // $$CURSOR$$`),
    `class A {\n  $$CURSOR$$\n}`,
  ];
  for (const [index, source] of sources.entries()) {
    const fixture = parseMarkers(source, `file:///workspace/src/none${index}.ts`);
    assert.deepEqual(service.doComplete(fixture.document, fixture.cursorPosition()).items, [], source);
  }
});
