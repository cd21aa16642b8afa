import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';
import type { WorkspaceContext } from '../../../server/src/workspace/workspaceContext';

const ERRORS = [
  "import { createError } from '@directus/errors';",
  "export const ForbiddenError = createError('FORBIDDEN', 'No.', 403);",
].join('\n');

/** Each use as `file:line:character kind`, in the order the context lists them. */
const where = (context: WorkspaceContext, code: string) =>
  context
    .usages(code)
    .map(
      (u) =>
        `${u.uri.slice('file:///workspace/'.length)}:${u.reference.range.start.line}:${u.reference.range.start.character} ${u.reference.kind}`,
    );

test('usages: written codes and constructed classes, named and default imports, by file', async () => {
  const { context } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/errors.ts': ERRORS,
    'src/invalid.ts': "export const InvalidTokenError = createError('INVALID_TOKEN', 'Bad token.', 403);\n",
    'src/b.ts': "import { ForbiddenError } from './errors';\nthrow new ForbiddenError();\n",
    'src/a.ts':
      "import Invalid from './invalid.js';\nthrow new Invalid();\nthrow { error: { code: 'FORBIDDEN' } };\n",
  });
  assert.deepEqual(where(context, 'FORBIDDEN'), ['src/a.ts:2:24 envelope', 'src/b.ts:1:10 class']);
  assert.deepEqual(where(context, 'INVALID_TOKEN'), ['src/a.ts:1:10 class']);
  assert.deepEqual(where(context, 'ROUTE_NOT_FOUND'), []);
});

test('usages follow an open document as edited, and the file on disk once it closes', async () => {
  const { context } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/errors.ts': ERRORS,
    'src/a.ts': "import { ForbiddenError } from './errors';\nthrow new ForbiddenError();\n",
  });
  const edited = TextDocument.create(
    'file:///workspace/src/a.ts',
    'typescript',
    2,
    "throw { error: { code: 'ROUTE_NOT_FOUND' } };\n",
  );
  context.analyze(edited);
  assert.deepEqual(where(context, 'FORBIDDEN'), []);
  assert.deepEqual(where(context, 'ROUTE_NOT_FOUND'), ['src/a.ts:0:24 envelope']);
  // The class now defined for another code: its constructions move with it.
  context.analyze(
    TextDocument.create(
      'file:///workspace/src/errors.ts',
      'typescript',
      2,
      ERRORS.replace("createError('FORBIDDEN'", "createError('ROUTE_NOT_FOUND'"),
    ),
  );
  context.forget(edited.uri);
  assert.deepEqual(where(context, 'FORBIDDEN'), []);
  assert.deepEqual(where(context, 'ROUTE_NOT_FOUND'), ['src/a.ts:1:10 class']);
  context.forget('file:///workspace/src/errors.ts');
  assert.deepEqual(where(context, 'FORBIDDEN'), ['src/a.ts:1:10 class']);
});

test('usages of a file deleted on disk go with it', async () => {
  const { context, host, sources } = await createTestWorkspace({
    'error-catalog.json': SAMPLE_CATALOG,
    'src/a.ts': "throw { error: { code: 'FORBIDDEN' } };\n",
    'src/b.ts': "throw { error: { code: 'FORBIDDEN' } };\n",
  });
  host.delete('/workspace/src/a.ts');
  await sources.updateFromDisk('file:///workspace/src/a.ts');
  assert.deepEqual(where(context, 'FORBIDDEN'), ['src/b.ts:0:24 envelope']);
  await sources.reindex();
  assert.deepEqual(where(context, 'FORBIDDEN'), ['src/b.ts:0:24 envelope']);
});
