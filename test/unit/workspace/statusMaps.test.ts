import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { applyTextEdits, editsOf } from '../../helpers/edits';
import { createMarkedWorkspace } from '../../helpers/markedWorkspace';

const CATALOG = JSON.stringify({
  errors: {
    not_found: { status: 404 },
    forbidden: { status: 403 },
    RATE_LIMITED: { status: 429 },
    CONFLICT: { status: 409 },
  },
});

test('each entry of an as-const code-to-status map is a definition checked against the catalog', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': CATALOG,
    'lib/error-codes.ts': [
      'export const ErrorCodes = {',
      '  [[not_found]]: [[400]],',
      "  '[[forbidden]]': 403,",
      '} as const;',
    ].join('\n'),
  });
  const document = ws.document('lib/error-codes.ts');
  const [notFound, wrongStatus, forbidden] = ws.ranges['lib/error-codes.ts'];
  assert.deepEqual(
    ws.context.analyze(document).definitions.map((d) => [d.code, d.range, d.status, d.definer]),
    [
      ['not_found', notFound, 400, 'status-map'],
      ['forbidden', forbidden, 403, 'status-map'],
    ],
  );
  const diagnostics = ws.service.doValidation(document, DEFAULT_SETTINGS);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range, d.message]),
    [
      [
        'status-mismatch',
        wrongStatus,
        `'not_found' is 404 Not Found in the error catalog, but this definition gives it 400 Bad Request.`,
      ],
    ],
  );
  const [fix] = ws.service.doCodeActions(document, diagnostics);
  assert.equal(fix.title, 'Change status to 404 Not Found');
  assert.equal(
    applyTextEdits(ws.texts['lib/error-codes.ts'], editsOf(fix, document.uri)).split('\n')[1],
    '  not_found: 404,',
  );
});

test('a Record with computed enum keys imported from a package, a Map and a switch are maps too', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': CATALOG,
    'packages/core/package.json': JSON.stringify({ name: '@acme/core', main: 'dist/index.js' }),
    'packages/core/src/index.ts': "export * from './codes';\n",
    'packages/core/src/codes.ts':
      "export enum HttpErrorCode { NOT_FOUND = 'not_found', FORBIDDEN = 'forbidden' }\n",
    'apps/api/src/status.ts': [
      "import { HttpStatus } from '@nestjs/common';",
      "import { HttpErrorCode } from '@acme/core';",
      'export const ErrorCodeToStatusMap: Record<HttpErrorCode, number> = {',
      '  [ [[HttpErrorCode.NOT_FOUND]] ]: HttpStatus.NOT_FOUND,',
      '  [ [[HttpErrorCode.FORBIDDEN]] ]: HttpStatus.[[UNAUTHORIZED]],',
      '};',
      "export const statusByCode = new Map([ [ '[[RATE_LIMITED]]', 429 ], [ '[[CONFLICT]]', 409 ] ]);",
      'export function codeToStatus(code: string) {',
      '  switch (code) {',
      "    case '[[RATE_LIMITED]]':",
      '      return 429;',
      "    case '[[CONFLICT]]':",
      '      return [[400]];',
      '  }',
      '}',
    ].join('\n'),
  });
  const document = ws.document('apps/api/src/status.ts');
  const [notFound, forbidden, unauthorized, limitedInMap, conflictInMap, limited, conflict, badRequest] =
    ws.ranges['apps/api/src/status.ts'];
  assert.deepEqual(
    ws.context.analyze(document).definitions.map((d) => [d.code, d.range, d.status]),
    [
      ['not_found', notFound, 404],
      ['forbidden', forbidden, 401],
      ['RATE_LIMITED', limitedInMap, 429],
      ['CONFLICT', conflictInMap, 409],
      ['RATE_LIMITED', limited, 429],
      ['CONFLICT', conflict, 400],
    ],
  );
  assert.deepEqual(
    ws.service.doValidation(document, DEFAULT_SETTINGS).map((d) => [d.code, d.range]),
    [
      ['status-mismatch', unauthorized],
      ['status-mismatch', badRequest],
    ],
  );
});

test('an error raised with a status alone takes the code the error handler maps its status to', async () => {
  const files = {
    'error-catalog.json': JSON.stringify({
      errors: { not_found: { status: 404 }, restricted: { status: 403 }, unavailable: { status: 503 } },
    }),
    'src/codes.ts': [
      'export enum AppErrorCode {',
      "  NOT_FOUND = 'not_found',",
      "  RESTRICTED = 'restricted',",
      "  UNAVAILABLE = 'unavailable',",
      '}',
    ].join('\n'),
    'src/filter.ts': [
      "import { HttpStatus } from '@nestjs/common';",
      "import { AppErrorCode } from './codes';",
      'export const defaultCodeByStatus = (status: HttpStatus) => {',
      '  switch (status) {',
      '    case HttpStatus.NOT_FOUND:',
      '      return AppErrorCode.NOT_FOUND;',
      '    case HttpStatus.FORBIDDEN:',
      '      return AppErrorCode.RESTRICTED;',
      '    case HttpStatus.[[GATEWAY_TIMEOUT]]:',
      '      return AppErrorCode.UNAVAILABLE;',
      '    default:',
      "      return 'unknown';",
      '  }',
      '};',
    ].join('\n'),
    'src/items.service.ts': [
      "import { ForbiddenException, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';",
      'export class ItemsService {',
      '  find(id: string) {',
      "    if (!id) throw new [[NotFoundException]]('No item.');",
      "    if (id === 'x') throw new [[HttpException]]('Hidden.', HttpStatus.FORBIDDEN);",
      "    throw new [[ForbiddenException]]('Denied.');",
      '  }',
      '}',
    ].join('\n'),
  };
  const ws = await createMarkedWorkspace(files);
  const service = ws.document('src/items.service.ts');
  const [notFound, forbidden, denied] = ws.ranges['src/items.service.ts'];
  assert.deepEqual(
    ws.context.analyze(service).references.map((r) => [r.code, r.kind, r.range]),
    [
      ['not_found', 'class', notFound],
      ['restricted', 'class', forbidden],
      ['restricted', 'class', denied],
    ],
  );
  const hover = ws.service.doHover(service, notFound.start);
  assert.match(String((hover?.contents as { value: string }).value), /^\*\*not_found\*\* · 404 Not Found/);
  const [timeout] = ws.ranges['src/filter.ts'];
  assert.deepEqual(
    ws.service
      .doValidation(ws.document('src/filter.ts'), DEFAULT_SETTINGS)
      .map((d) => [d.code, d.range, d.message]),
    [
      [
        'status-mismatch',
        timeout,
        `'unavailable' is 503 Service Unavailable in the error catalog, but this definition gives it 504 Gateway Timeout.`,
      ],
    ],
  );

  // Without a map from statuses to codes, a bare exception names no code.
  const plain = await createMarkedWorkspace({ ...files, 'src/filter.ts': 'export {};\n' });
  assert.deepEqual(plain.context.analyze(plain.document('src/items.service.ts')).references, []);
});
