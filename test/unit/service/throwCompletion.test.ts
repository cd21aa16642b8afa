import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { applyCompletion, itemLabelled } from '../../helpers/completions';
import { parseMarkers } from '../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

const HANDLER = (body: string) =>
  `export function handler(req: Request) {\n  const id = req.id;\n${body}\n}\n`;

/** Applies every item and checks the analyser reads the thrown code, with its catalog status. */
function assertRoundTrip(
  document: TextDocument,
  items: ReturnType<typeof itemLabelled>[],
  statuses: Record<string, number>,
) {
  for (const item of items) {
    const text = applyCompletion(document, item);
    const model = analyzeSource({ uri: document.uri, version: 1, text });
    const reference = model.references.find((r) => r.code === item.label);
    assert.ok(reference, `${item.label} is read back from:\n${text}`);
    assert.equal(reference.status?.value, statuses[item.label], `${item.label} in:\n${text}`);
  }
}

const SAMPLE_STATUSES = {
  FORBIDDEN: 403,
  INVALID_TOKEN: 403,
  ROUTE_NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 502,
  LEGACY_LIMIT: 429,
};

test('after throw, a project with no habit yet gets http-errors statements, message from the catalog', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(HANDLER(`  throw [[$$CURSOR$$]]`), 'file:///workspace/src/a.ts');
  const items = service.doComplete(fixture.document, fixture.cursorPosition()).items;
  assert.deepEqual(
    items.map((item) => [item.label, item.labelDetails?.description]),
    [
      ['FORBIDDEN', '403'],
      ['INVALID_TOKEN', '403'],
      ['ROUTE_NOT_FOUND', '404'],
      ['SERVICE_UNAVAILABLE', '502, 503'],
      ['LEGACY_LIMIT', '429'],
    ],
  );
  const forbidden = itemLabelled(items, 'FORBIDDEN');
  assert.deepEqual(forbidden.textEdit, {
    range: fixture.ranges()[0],
    newText: `createError(403, '\${1:You are not allowed to do the current action.}', { code: 'FORBIDDEN' });`,
  });
  assert.equal(forbidden.insertTextFormat, 2);
  assert.equal(
    forbidden.detail,
    `throw createError(403, 'You are not allowed to do the current action.', { code: 'FORBIDDEN' })`,
  );
  assert.equal(
    applyCompletion(fixture.document, itemLabelled(items, 'LEGACY_LIMIT')),
    HANDLER(`  throw createError(429, 'Too Many Requests', { code: 'LEGACY_LIMIT' });`),
  );
  assertRoundTrip(fixture.document, items, SAMPLE_STATUSES);
});

test('a code made into a class with createError is thrown as that class, here or imported', async () => {
  const { service } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/errors.ts': [
      `import createError from '@fastify/error';`,
      `export const RouteNotFoundError = createError('ROUTE_NOT_FOUND', 'Endpoint does not exist.', 404);`,
      `export const InvalidTokenError = createError('INVALID_TOKEN', 'Provided token is invalid.', 403);`,
      `const HiddenError = createError('LEGACY_LIMIT', 'Hidden.', 429);`,
      ``,
    ].join('\n'),
  });
  const source = [
    `import createError from '@fastify/error';`,
    `import { InvalidTokenError } from '../errors';`,
    `const ForbiddenError = createError('FORBIDDEN', 'You are not allowed.', 403);`,
    HANDLER(`  throw [[new Fo$$CURSOR$$]]`),
  ].join('\n');
  const fixture = parseMarkers(source, 'file:///workspace/src/routes/a.ts');
  const items = service.doComplete(fixture.document, fixture.cursorPosition()).items;
  const forbidden = itemLabelled(items, 'FORBIDDEN');
  assert.deepEqual(forbidden.textEdit, { range: fixture.ranges()[0], newText: 'new ForbiddenError();' });
  assert.equal(forbidden.filterText, 'new ForbiddenError FORBIDDEN');
  assert.equal(forbidden.additionalTextEdits, undefined);
  // Imported already: no edit. Exported from another file: imported beside it.
  assert.equal(itemLabelled(items, 'INVALID_TOKEN').additionalTextEdits, undefined);
  assert.equal(
    applyCompletion(fixture.document, itemLabelled(items, 'ROUTE_NOT_FOUND')),
    [
      `import createError from '@fastify/error';`,
      `import { InvalidTokenError, RouteNotFoundError } from '../errors';`,
      `const ForbiddenError = createError('FORBIDDEN', 'You are not allowed.', 403);`,
      HANDLER(`  throw new RouteNotFoundError();`),
    ].join('\n'),
  );
  // A class that is not exported cannot be imported: the code is thrown the project's way.
  assert.equal(
    applyCompletion(fixture.document, itemLabelled(items, 'LEGACY_LIMIT')).split('\n').at(-3),
    `  throw createError(429, 'Too Many Requests', { code: 'LEGACY_LIMIT' });`,
  );
});

test('a new import goes after the last one, with the extension the project writes', async () => {
  const { service } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/errors/http.ts': `export const ForbiddenError = createError('FORBIDDEN', 'No.', 403);\n`,
  });
  const fixture = parseMarkers(
    `import { db } from './db.js';\n${HANDLER('  throw $$CURSOR$$')}`,
    'file:///workspace/src/a.ts',
  );
  const item = itemLabelled(
    service.doComplete(fixture.document, fixture.cursorPosition()).items,
    'FORBIDDEN',
  );
  assert.equal(
    applyCompletion(fixture.document, item),
    `import { db } from './db.js';\nimport { ForbiddenError } from './errors/http.js';\n${HANDLER('  throw new ForbiddenError();')}`,
  );
});

test('a NestJS document throws HttpException with its envelope and its way of naming statuses', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const source = HANDLER(
    [
      `  if (!id) throw new HttpException({ code: 'ROUTE_NOT_FOUND', message: 'No route.' }, HttpStatus.NOT_FOUND);`,
      `  throw $$CURSOR$$`,
    ].join('\n'),
  );
  const fixture = parseMarkers(source, 'file:///workspace/src/a.ts');
  const items = service.doComplete(fixture.document, fixture.cursorPosition()).items;
  const forbidden = itemLabelled(items, 'FORBIDDEN');
  // Lines after the first are indented relative to the statement; the editor adds the line's own.
  assert.equal(forbidden.insertTextMode, 2);
  assert.equal(
    applyCompletion(fixture.document, forbidden).split('\n').slice(3, 8).join('\n'),
    [
      `  throw new HttpException({`,
      `\tcode: 'FORBIDDEN',`,
      `\tmessage: 'You are not allowed to do the current action.',`,
      `\tstatus: 403,`,
      `}, HttpStatus.FORBIDDEN);`,
    ].join('\n'),
  );
  assertRoundTrip(fixture.document, items, SAMPLE_STATUSES);
});

test('a document with no habit of its own follows the workspace: Boom here, named by status', async () => {
  const { service } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/other.ts': `throw Boom.notFound('No route.', { code: 'ROUTE_NOT_FOUND' });\n`,
  });
  const fixture = parseMarkers(HANDLER('  throw $$CURSOR$$'), 'file:///workspace/src/a.ts');
  const items = service.doComplete(fixture.document, fixture.cursorPosition()).items;
  const line = (label: string) =>
    applyCompletion(fixture.document, itemLabelled(items, label)).split('\n')[2];
  assert.equal(
    line('FORBIDDEN'),
    `  throw Boom.forbidden('You are not allowed to do the current action.', { code: 'FORBIDDEN' });`,
  );
  assert.equal(
    line('SERVICE_UNAVAILABLE'),
    `  throw Boom.badGateway('Could not use external service.', { code: 'SERVICE_UNAVAILABLE' });`,
  );
  assertRoundTrip(fixture.document, items, SAMPLE_STATUSES);
});

test('a code the catalog gives no status leaves the status to fill in', async () => {
  const catalog = JSON.stringify({ errors: { INSUFFICIENT_BALANCE: { description: 'Not enough funds.' } } });
  const { service } = await createTestWorkspace({ 'error-catalog.json': catalog });
  const fixture = parseMarkers(HANDLER('  throw $$CURSOR$$'), 'file:///workspace/src/a.ts');
  const [item] = service.doComplete(fixture.document, fixture.cursorPosition()).items;
  assert.equal(
    (item.textEdit as { newText: string }).newText,
    `createError(\${2:400}, '\${1:Not enough funds.}', { code: 'INSUFFICIENT_BALANCE' });`,
  );
});
