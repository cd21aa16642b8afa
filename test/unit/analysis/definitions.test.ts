import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseFixture, definitionAndReferenceRanges, summarizeStatus, written } from './fixtures';
import { isErrorEnumName } from '../../../server/src/analysis/definitions';

test('createError(code, message, status) defines a code; new of its class references it with that status', () => {
  const { marked, model } = analyseFixture('definitions/errors.ts');
  assert.deepEqual(definitionAndReferenceRanges(model), marked.ranges());
  assert.deepEqual(
    model.definitions.map((d) => ({
      code: d.code,
      status: d.status,
      message: d.message,
      className: d.className,
      exported: d.exported,
      definer: d.definer,
    })),
    [
      {
        code: 'FORBIDDEN',
        status: 403,
        message: 'You are not allowed to do the current action.',
        className: 'ForbiddenError',
        exported: true,
        definer: 'create-error',
      },
      {
        code: 'ROUTE_NOT_FOUND',
        status: 404,
        message: undefined,
        className: 'RouteNotFoundError',
        exported: false,
        definer: 'create-error',
      },
      {
        code: 'TOKEN_EXPIRED',
        status: 401,
        message: 'Token expired.',
        className: 'TokenExpiredError',
        exported: true,
        definer: 'create-error',
      },
      {
        code: 'FORBIDDEN',
        status: undefined,
        message: undefined,
        className: undefined,
        exported: undefined,
        definer: 'enum',
      },
      {
        code: 'INVALID_PAYLOAD',
        status: undefined,
        message: undefined,
        className: undefined,
        exported: undefined,
        definer: 'enum',
      },
    ],
  );
  assert.deepEqual(
    model.references.map((r) => ({
      code: r.code,
      kind: r.kind,
      style: r.style,
      text: marked.document.getText(r.range),
      status: r.status && summarizeStatus(marked, r.status),
    })),
    [
      {
        code: 'TOKEN_EXPIRED',
        kind: 'class',
        style: 'create-error',
        text: 'TokenExpiredError',
        status: written(401, 'UNAUTHORIZED', 'member', 'create-error'),
      },
      {
        code: 'FORBIDDEN',
        kind: 'class',
        style: 'create-error',
        text: 'ForbiddenError',
        status: written(403, '403', 'number', 'create-error'),
      },
      {
        code: 'ROUTE_NOT_FOUND',
        kind: 'class',
        style: 'create-error',
        text: 'RouteNotFoundError',
        status: written(404, '404', 'number', 'create-error'),
      },
    ],
  );
});

test('classes imported from other modules are listed for the workspace to resolve', () => {
  const { marked, model } = analyseFixture('definitions/fastify-errors.ts');
  assert.deepEqual(
    model.definitions.map((d) => [d.code, d.status, d.className]),
    [['FST_ERR_NOT_FOUND', 404, 'FST_ERR_NOT_FOUND']],
  );
  assert.deepEqual(
    model.references.map((r) => [r.code, r.kind]),
    [['FST_ERR_NOT_FOUND', 'class']],
  );
  assert.deepEqual(
    (model.importedClassUses ?? []).map((u) => ({ ...u, range: marked.document.getText(u.range) })),
    [
      {
        localName: 'NotAllowedError',
        importedName: 'NotAllowedError',
        module: './errors',
        range: 'NotAllowedError',
      },
      {
        localName: 'DefaultError',
        importedName: 'default',
        module: '../shared/default-error',
        range: 'DefaultError',
      },
    ],
  );
});

test('an enum lists error codes when a word of its name says so', () => {
  assert.deepEqual(
    [
      'ErrorCode',
      'ERROR_CODES',
      'ApiErrors',
      'ErrCode',
      'ExceptionKind',
      'CurrencyCode',
      'LocaleCode',
      'Codes',
      'Terrain',
    ].map(isErrorEnumName),
    [true, true, true, true, true, false, false, false, false],
  );
});
