import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

const where = (
  usages: Array<{ uri: string; reference: { range: { start: { line: number; character: number } } } }>,
) =>
  usages.map(
    (u) =>
      `${u.uri.slice('file:///workspace/'.length)}:${u.reference.range.start.line}:${u.reference.range.start.character}`,
  );

test('usages of a code span every source file, closed ones included', async () => {
  const { context } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/a.ts': `res.status(403).json({ error: { code: 'FORBIDDEN' } });\n`,
    'src/b.ts': `\nthrow { error: { code: 'FORBIDDEN' } };\nthrow { error: { code: 'ROUTE_NOT_FOUND' } };\n`,
    'node_modules/lib/index.js': `throw { error: { code: 'FORBIDDEN' } };`,
    'src/types.d.ts': `declare const x: { error: { code: 'FORBIDDEN' } };`,
  });
  assert.deepEqual(where(context.usages('FORBIDDEN')), ['src/a.ts:0:39', 'src/b.ts:1:24']);
  assert.deepEqual(where(context.usages('ROUTE_NOT_FOUND')), ['src/b.ts:2:24']);
  assert.deepEqual(where(context.usages('INVALID_TOKEN')), []);
});

test('an open document counts as edited, and as on disk again once closed', async () => {
  const { context } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/a.ts': `throw { error: { code: 'FORBIDDEN' } };\n`,
  });
  const edited = TextDocument.create(
    'file:///workspace/src/a.ts',
    'typescript',
    2,
    `throw { error: { code: 'INVALID_TOKEN' } };\n`,
  );
  context.analyze(edited);
  assert.deepEqual(where(context.usages('FORBIDDEN')), []);
  assert.deepEqual(where(context.usages('INVALID_TOKEN')), ['src/a.ts:0:24']);
  context.forget(edited.uri);
  assert.deepEqual(where(context.usages('FORBIDDEN')), ['src/a.ts:0:24']);
});

test('a file changed on disk is re-read; a deleted one leaves the index', async () => {
  const { host, sources, context } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/a.ts': `throw { error: { code: 'FORBIDDEN' } };\n`,
  });
  host.write('/workspace/src/a.ts', `\n\nthrow { error: { code: 'FORBIDDEN' } };\n`);
  await sources.updateFromDisk('file:///workspace/src/a.ts');
  assert.deepEqual(where(context.usages('FORBIDDEN')), ['src/a.ts:2:24']);
  host.delete('/workspace/src/a.ts');
  await sources.updateFromDisk('file:///workspace/src/a.ts');
  assert.deepEqual(where(context.usages('FORBIDDEN')), []);
});

test('a class imported from the file that defines it with createError is a use of its code', async () => {
  const { context } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/errors.ts': `import { createError } from '@directus/errors';\nexport const ForbiddenError = createError('FORBIDDEN', 'You are not allowed.', 403);\n`,
    'src/routes/a.ts': `import { ForbiddenError } from '../errors.js';\n\nthrow new ForbiddenError();\n`,
  });
  assert.deepEqual(
    context
      .usages('FORBIDDEN')
      .map((u) => [u.uri.slice('file:///workspace/'.length), u.reference.kind, u.reference.range]),
    [['src/routes/a.ts', 'class', { start: { line: 2, character: 10 }, end: { line: 2, character: 24 } }]],
  );
});

test('codes defined in source join the catalog after the catalog files', async () => {
  const { context, host, sources } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/errors.ts': `export const TeapotError = createError('TEAPOT', 'I am a teapot.', 418);\nexport const ForbiddenError = createError('FORBIDDEN', 'Nope.', 403);\n`,
  });
  const catalog = context.catalogFor('file:///workspace/src/a.ts');
  assert.deepEqual(
    [
      catalog.lookup('TEAPOT')?.statuses,
      catalog.lookup('TEAPOT')?.description,
      catalog.lookup('TEAPOT')?.source.format,
    ],
    [[418], 'I am a teapot.', 'typescript'],
  );
  assert.equal(catalog.lookup('FORBIDDEN')?.source.format, 'json');
  host.delete('/workspace/src/errors.ts');
  await sources.updateFromDisk('file:///workspace/src/errors.ts');
  assert.equal(context.catalogFor('file:///workspace/src/a.ts').lookup('TEAPOT'), undefined);
});

test('files that cannot hold a reference are not analysed, unless they construct a known error class', async () => {
  const { context, sources } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    // Walked before the file that defines the class it constructs.
    'src/a/routes.ts': `import { ForbiddenError } from '../z/errors';\nthrow new ForbiddenError();\n`,
    'src/b/math.ts': `export const add = (a: number, b: number) => a + b;\n`,
    'src/z/errors.ts': `export const ForbiddenError = createError('FORBIDDEN', 'Nope.', 403);\n`,
  });
  assert.deepEqual(
    sources
      .allModels()
      .map((model) => model.uri.slice('file:///workspace/'.length))
      .sort(),
    ['src/a/routes.ts', 'src/z/errors.ts'],
  );
  assert.deepEqual(where(context.usages('FORBIDDEN')), ['src/a/routes.ts:1:10']);
});

test('a file that only constructs a wrapper class another file exports is analysed for its code', async () => {
  const { context } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    // Walked before the class; it writes no envelope of its own.
    'src/a/socket.ts': `import { SocketError } from '../z/errors';\nthrow new SocketError('auth', 'FORBIDDEN', 'Nope.');\n`,
    'src/z/errors.ts': [
      'export class SocketError extends Error {',
      '  code: string;',
      '  constructor(type: string, code: string, message: string) {',
      '    super(message);',
      '    this.code = code;',
      '  }',
      '  toJSON() {',
      '    return { type: this.type, error: { code: this.code, message: this.message } };',
      '  }',
      '}',
      '',
    ].join('\n'),
  });
  assert.deepEqual(where(context.usages('FORBIDDEN')), ['src/a/socket.ts:1:31']);
});
