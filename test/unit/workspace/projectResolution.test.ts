import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { createMarkedWorkspace } from '../../helpers/markedWorkspace';

const CATALOG = JSON.stringify({
  errors: {
    FORBIDDEN: { status: 403, description: 'Not allowed.' },
    INVALID_PAYLOAD: { status: 400, description: 'Bad payload.' },
    NOT_FOUND: { status: 404, description: 'No such thing.' },
  },
});

/**
 * A monorepo as teams write one: an errors package whose classes a factory makes from a string
 * enum, re-exported by barrels (one of them circular), its package.json pointing at build output,
 * and an app importing the classes by the package's name.
 */
const MONOREPO = {
  'error-catalog.json': CATALOG,
  'packages/errors/package.json': JSON.stringify({
    name: '@acme/errors',
    type: 'module',
    exports: { '.': './dist/index.js' },
    main: 'dist/index.js',
  }),
  'packages/errors/src/index.ts': [
    "export * from './create-error.js';",
    "export * from './codes.js';",
    "export * from './errors/index.js';",
  ].join('\n'),
  'packages/errors/src/codes.ts': [
    'export enum ErrorCode {',
    "  Forbidden = '[[FORBIDDEN]]',",
    "  InvalidPayload = '[[INVALID_PAYLOAD]]',",
    '}',
  ].join('\n'),
  'packages/errors/src/create-error.ts':
    'export const createError = (code: string, message: string, status = 500) => class extends Error {};\n',
  'packages/errors/src/errors/index.ts': [
    "export { ForbiddenError } from './forbidden.js';",
    "export { LockedError as ImmutableError } from './locked.js';",
  ].join('\n'),
  'packages/errors/src/errors/forbidden.ts': [
    "import { createError, ErrorCode } from '../index.js';",
    "export const ForbiddenError = createError([[ErrorCode.Forbidden]], 'No.', 403);",
  ].join('\n'),
  'packages/errors/src/errors/locked.ts': [
    "import { createError, ErrorCode } from '../index.js';",
    "export const LockedError = createError([[ErrorCode.InvalidPayload]], 'Locked.', [[409]]);",
  ].join('\n'),
  'api/src/routes/items.ts': [
    "import { ForbiddenError, ImmutableError } from '@acme/errors';",
    'export function guard(allowed: boolean) {',
    '  if (!allowed) throw new [[ForbiddenError]]();',
    '  throw new [[ImmutableError]]();',
    '}',
  ].join('\n'),
};

test('a class made in a workspace package from an enum member is known where the package is imported', async () => {
  const ws = await createMarkedWorkspace(MONOREPO);
  const items = ws.document('api/src/routes/items.ts');
  const [forbiddenUse, immutableUse] = ws.ranges['api/src/routes/items.ts'];
  const hover = ws.service.doHover(items, forbiddenUse.start);
  assert.deepEqual(hover?.range, forbiddenUse);
  assert.match(String((hover?.contents as { value: string }).value), /^\*\*FORBIDDEN\*\* · 403 Forbidden/);
  assert.deepEqual(
    ws.context.analyze(items).references.map((r) => [r.code, r.kind, r.range]),
    [
      ['FORBIDDEN', 'class', forbiddenUse],
      ['INVALID_PAYLOAD', 'class', immutableUse],
    ],
  );
  assert.deepEqual(
    ws.context.usages('FORBIDDEN').map((u) => [u.uri, u.reference.kind, u.reference.range]),
    [[ws.uri('api/src/routes/items.ts'), 'class', forbiddenUse]],
  );
});

test('a definition whose code is an imported enum member is checked against the catalog', async () => {
  const ws = await createMarkedWorkspace(MONOREPO);
  const [codeRange, statusRange] = ws.ranges['packages/errors/src/errors/locked.ts'];
  const diagnostics = ws.service.doValidation(
    ws.document('packages/errors/src/errors/locked.ts'),
    DEFAULT_SETTINGS,
  );
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range, d.message]),
    [
      [
        'status-mismatch',
        statusRange,
        `'INVALID_PAYLOAD' is 400 Bad Request in the error catalog, but this definition gives it 409 Conflict.`,
      ],
    ],
  );
  const model = ws.context.analyze(ws.document('packages/errors/src/errors/locked.ts'));
  assert.deepEqual(
    model.definitions.map((d) => [d.code, d.range, d.status, d.className, d.via]),
    [['INVALID_PAYLOAD', codeRange, 409, 'LockedError', 'constant']],
  );
  // The file closed: the index's model gives the same finding.
  const closed = ws.context
    .workspaceModels()
    .find((m) => m.uri === ws.uri('packages/errors/src/errors/locked.ts'));
  assert.deepEqual(
    ws.service.doModelValidation(closed!, DEFAULT_SETTINGS).map((d) => [d.code, d.range]),
    [['status-mismatch', statusRange]],
  );
});

test('renaming a code rewrites the enum member that spells it, not the names that read it', async () => {
  const ws = await createMarkedWorkspace(MONOREPO);
  const codes = ws.document('packages/errors/src/codes.ts');
  const [forbiddenLiteral] = ws.ranges['packages/errors/src/codes.ts'];
  const edit = ws.service.doRename(codes, forbiddenLiteral.start, 'ACCESS_DENIED');
  assert.ok(edit && 'changes' in edit && edit.changes);
  const changed = Object.fromEntries(
    Object.entries(edit.changes).map(([uri, edits]) => [uri, edits.map((e) => [e.range, e.newText])]),
  );
  assert.deepEqual(Object.keys(changed).sort(), [
    ws.uri('error-catalog.json'),
    ws.uri('packages/errors/src/codes.ts'),
  ]);
  assert.deepEqual(changed[ws.uri('packages/errors/src/codes.ts')], [[forbiddenLiteral, 'ACCESS_DENIED']]);
});

test('codes read through local constants: as const objects, Object.freeze, static members, enums, const names', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': CATALOG,
    'src/routes.ts': [
      "const Codes = { missing: 'NOT_FOUND', denied: 'FORBIDDEN' } as const;",
      "const Frozen = Object.freeze({ BAD: 'INVALID_PAYLOAD' });",
      "class AppError { static Types = { NOT_FOUND: 'NOT_FOUND' }; }",
      'const DENIED = `FORBIDDEN`;',
      'const ALIAS = Codes.denied;',
      "enum Local { Missing = 'NOT_FOUND' }",
      'export function routes(app: any) {',
      "  app.get('/a', (req, res) => res.status(404).json({ error: { code: [[Codes.missing]] } }));",
      "  app.get('/b', (req, res) => res.status([[404]]).json({ error: { code: [[Frozen.BAD]] } }));",
      "  app.get('/c', (req, res) => res.status(404).json({ error: { code: [[AppError.Types.NOT_FOUND]] } }));",
      "  app.get('/d', (req, res) => res.status(403).json({ error: { code: [[DENIED]] } }));",
      "  app.get('/e', (req, res) => res.status(403).json({ error: { code: [[ALIAS]] } }));",
      "  app.get('/f', (req, res) => res.status(404).json({ error: { code: [[Local.Missing]] } }));",
      "  app.get('/g', (req, res) => res.status(404).json({ error: { code: Codes['missing'] } }));",
      '}',
    ].join('\n'),
  });
  const document = ws.document('src/routes.ts');
  const [a, status, b, c, d, e, f] = ws.ranges['src/routes.ts'];
  const g = { start: { line: 13, character: 68 }, end: { line: 13, character: 84 } };
  assert.deepEqual(
    ws.context.analyze(document).references.map((r) => [r.code, r.kind, r.range, r.status?.value]),
    [
      ['NOT_FOUND', 'constant', a, 404],
      ['INVALID_PAYLOAD', 'constant', b, 404],
      ['NOT_FOUND', 'constant', c, 404],
      ['FORBIDDEN', 'constant', d, 403],
      ['FORBIDDEN', 'constant', e, 403],
      ['NOT_FOUND', 'constant', f, 404],
      ['NOT_FOUND', 'constant', g, 404],
    ],
  );
  assert.deepEqual(
    ws.service
      .doValidation(document, DEFAULT_SETTINGS)
      .map((diagnostic) => [diagnostic.code, diagnostic.range]),
    [['status-mismatch', status]],
  );
  const hover = ws.service.doHover(document, c.start);
  assert.deepEqual(hover?.range, c);
  assert.match(String((hover?.contents as { value: string }).value), /^\*\*NOT_FOUND\*\* · 404 Not Found/);
});

test('imported constants resolve through tsconfig paths, namespace imports and re-exports', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': CATALOG,
    'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json' }),
    'tsconfig.base.json': JSON.stringify({
      compilerOptions: { baseUrl: '.', paths: { '@app/*': ['src/*'] } },
    }),
    'src/shared/codes.ts':
      "export const ErrorCodes = { NOT_FOUND: 'NOT_FOUND', DENIED: 'FORBIDDEN' } as const;\n",
    'src/shared/index.ts': "export { ErrorCodes as Codes } from './codes';\n",
    'src/routes/a.ts': [
      "import { Codes } from '@app/shared';",
      "import * as shared from '../shared/codes';",
      'export function routes(app: any) {',
      "  app.get('/a', (req, res) => res.status(404).json({ error: { code: [[Codes.NOT_FOUND]] } }));",
      "  app.get('/b', (req, res) => res.status([[404]]).json({ error: { code: [[shared.ErrorCodes.DENIED]] } }));",
      '}',
    ].join('\n'),
  });
  const document = ws.document('src/routes/a.ts');
  const [a, status, b] = ws.ranges['src/routes/a.ts'];
  assert.deepEqual(
    ws.context.analyze(document).references.map((r) => [r.code, r.kind, r.range]),
    [
      ['NOT_FOUND', 'constant', a],
      ['FORBIDDEN', 'constant', b],
    ],
  );
  assert.deepEqual(
    ws.service
      .doValidation(document, DEFAULT_SETTINGS)
      .map((diagnostic) => [diagnostic.code, diagnostic.range, diagnostic.message]),
    [
      [
        'status-mismatch',
        status,
        `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
      ],
    ],
  );
});

test('an edit to the module that exports a constant reaches the files importing it', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': CATALOG,
    'src/codes.ts': "export const DENIED = 'FORBIDDEN';\n",
    'src/a.ts': [
      "import { DENIED } from './codes';",
      'export const handler = (req: any, res: any) => res.status(403).json({ error: { code: [[DENIED]] } });',
    ].join('\n'),
  });
  const [use] = ws.ranges['src/a.ts'];
  assert.deepEqual(
    ws.context.usages('FORBIDDEN').map((u) => u.reference.range),
    [use],
  );
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  ws.context.analyze(
    TextDocument.create(ws.uri('src/codes.ts'), 'typescript', 2, "export const DENIED = 'NOT_FOUND';\n"),
  );
  assert.deepEqual(ws.context.usages('FORBIDDEN'), []);
  assert.deepEqual(
    ws.context.usages('NOT_FOUND').map((u) => [u.uri, u.reference.range]),
    [[ws.uri('src/a.ts'), use]],
  );
});

const WRAPPER_CATALOG = JSON.stringify({
  errors: {
    not_found: { status: 404 },
    forbidden: { status: 403 },
    conflict: { status: 409 },
  },
});

test('a wrapper class that takes the code in an object argument is read at every construction', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': WRAPPER_CATALOG,
    'lib/api/errors.ts': [
      "import { ErrorCodes } from './error-codes';",
      'export class ApiError extends Error {',
      '  readonly code: string;',
      '  constructor({ code, message }: { code: string; message: string }) {',
      '    super(message);',
      '    this.code = code;',
      '  }',
      '}',
      'export class HttpError extends Error {',
      '  constructor(options: { code: string; status: number }) {',
      '    super(options.code);',
      '    this.code = options.code;',
      '    this.status = options.status;',
      '  }',
      '}',
      'export class NotFoundError extends ApiError {',
      '  constructor(message: string) {',
      "    super({ code: '[[not_found]]', message });",
      '  }',
      '}',
    ].join('\n'),
    'app/api/links/route.ts': [
      "import { ApiError, HttpError, NotFoundError } from '@/lib/api/errors';",
      'export async function GET() {',
      "  if (Math.random()) throw new ApiError({ code: '[[not_found]]', message: 'Link not found.' });",
      "  if (Math.random()) throw new ApiError({ code: '[[not_fuond]]', message: 'Typo.' });",
      "  if (Math.random()) throw new HttpError({ code: '[[conflict]]', status: [[400]] });",
      '  throw new [[NotFoundError]]();',
      '}',
    ].join('\n'),
    'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }),
  });
  const route = ws.document('app/api/links/route.ts');
  const [found, typo, conflict, status, subclass] = ws.ranges['app/api/links/route.ts'];
  assert.deepEqual(
    ws.context.analyze(route).references.map((r) => [r.code, r.kind, r.range, r.status?.value]),
    [
      ['not_found', 'envelope', found, undefined],
      ['not_fuond', 'envelope', typo, undefined],
      ['conflict', 'envelope', conflict, 400],
      ['not_found', 'class', subclass, undefined],
    ],
  );
  assert.deepEqual(
    ws.service.doValidation(route, DEFAULT_SETTINGS).map((d) => [d.code, d.range, d.message]),
    [
      ['unknown-code', typo, `'not_fuond' is not in the error catalog. Did you mean 'not_found'?`],
      [
        'status-mismatch',
        status,
        `'conflict' is 409 Conflict in the error catalog, but this response sends 400 Bad Request.`,
      ],
    ],
  );
  const [definedCode] = ws.ranges['lib/api/errors.ts'];
  const errors = ws.context.analyze(ws.document('lib/api/errors.ts'));
  assert.deepEqual(
    errors.definitions.map((d) => [d.code, d.range, d.className, d.definer]),
    [['not_found', definedCode, 'NotFoundError', 'subclass']],
  );
  const hover = ws.service.doHover(route, found.start);
  assert.match(String((hover?.contents as { value: string }).value), /^\*\*not_found\*\* · 404 Not Found/);
  assert.deepEqual(
    ws.context.usages('not_found').map((u) => [u.uri, u.reference.range]),
    [
      [ws.uri('app/api/links/route.ts'), found],
      [ws.uri('app/api/links/route.ts'), subclass],
    ],
  );
});

test('a wrapper whose status comes from a lookup of its code is still read for the code', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': WRAPPER_CATALOG,
    'src/errors.ts': [
      "import { HTTPException } from 'hono/http-exception';",
      'function codeToStatus(code: string) {',
      '  switch (code) {',
      "    case 'not_found':",
      '      return 404;',
      '  }',
      '  return 500;',
      '}',
      'export class AppError extends HTTPException {',
      '  constructor(message: string, code: string) {',
      '    super(codeToStatus(code), { message });',
      '    this.code = code;',
      '  }',
      '}',
      "export const missing = () => new AppError('Gone.', '[[forbidden]]');",
    ].join('\n'),
  });
  const document = ws.document('src/errors.ts');
  const [code] = ws.ranges['src/errors.ts'];
  // Summaries are null-prototype records (a module may export `__proto__`): compared as JSON.
  assert.deepEqual(JSON.parse(JSON.stringify(ws.context.analyze(document).module?.wrappers)), {
    AppError: { code: { argument: 1 }, status: { lookup: ['codeToStatus'] } },
  });
  assert.deepEqual(
    ws.context.analyze(document).references.map((r) => [r.code, r.kind, r.range]),
    [['forbidden', 'envelope', code]],
  );
});

test('a code enum member that misspells a documented code is reported, at the member and where it is raised', async () => {
  const ws = await createMarkedWorkspace({
    'docs/errors.md': [
      '| Code | Status | Description |',
      '| --- | --- | --- |',
      '| unauthorized_share | 401 | The share link needs a password. |',
      '| not_found | 404 | No such thing. |',
    ].join('\n'),
    'src/codes.ts': [
      'export enum ShareErrorCode {',
      "  Unauthorized = '[[unauthorised_share]]',",
      "  Missing = 'not_found',",
      "  Archived = 'share_archived',",
      '}',
    ].join('\n'),
    'src/guard.ts': [
      "import { HttpException } from '@nestjs/common';",
      "import { ShareErrorCode } from './codes';",
      'const statusOf: Record<ShareErrorCode, number> = {',
      '  [ShareErrorCode.Unauthorized]: 401,',
      '  [ShareErrorCode.Missing]: 404,',
      '  [ShareErrorCode.Archived]: 410,',
      '};',
      'class ShareException extends HttpException {',
      '  constructor(message: string, readonly code: ShareErrorCode) {',
      '    super(message, statusOf[code]);',
      '  }',
      '}',
      'export function guard(ok: boolean, gone: boolean) {',
      "  if (gone) throw new ShareException('Gone.', ShareErrorCode.Archived);",
      "  if (!ok) throw new ShareException('Password.', [[ShareErrorCode.Unauthorized]]);",
      '}',
    ].join('\n'),
  });
  const [member] = ws.ranges['src/codes.ts'];
  const [raised] = ws.ranges['src/guard.ts'];
  assert.deepEqual(
    ws.service
      .doValidation(ws.document('src/codes.ts'), DEFAULT_SETTINGS)
      .map((d) => [d.code, d.range, d.message]),
    [
      [
        'unknown-code',
        member,
        `'unauthorised_share' is not in the error catalog. Did you mean 'unauthorized_share'?`,
      ],
    ],
  );
  assert.deepEqual(
    ws.service
      .doValidation(ws.document('src/guard.ts'), DEFAULT_SETTINGS)
      .map((d) => [d.code, d.range, d.message]),
    [
      [
        'unknown-code',
        raised,
        `'unauthorised_share' is not in the error catalog. Did you mean 'unauthorized_share'?`,
      ],
    ],
  );
  // A member far from every documented code is a new code of the source, not a typo.
  const catalog = ws.context.catalogFor(ws.uri('src/guard.ts'));
  assert.deepEqual(catalog.lookup('share_archived')?.statuses, [410]);
  assert.equal(catalog.lookup('unauthorised_share'), undefined);
  assert.equal(catalog.misspelling('unauthorised_share'), 'unauthorized_share');
});

test('a catalog that takes in OAuth 2.0 knows its codes in any envelope, after its own entries', async () => {
  const ws = await createMarkedWorkspace({
    'docs/errors.md': [
      '---',
      'standards: [oauth2, oauth3]',
      '---',
      '| Code | Status | Description |',
      '| --- | --- | --- |',
      '| invalid_grant | 422 | This API sends its own status for a bad grant. |',
    ].join('\n'),
    'src/token.ts': [
      "import type { Response } from 'express';",
      'export function deny(res: Response) {',
      "  res.status(400).json({ error: { code: '[[invalid_scope]]' } });",
      "  res.status([[400]]).json({ error: { code: 'invalid_grant' } });",
      "  res.status([[400]]).json({ error: { code: 'invalid_token' } });",
      "  res.status(400).json({ error: { code: '[[invalid_scopes]]' } });",
      '}',
    ].join('\n'),
  });
  const token = ws.document('src/token.ts');
  const [scope, grantStatus, tokenStatus, typo] = ws.ranges['src/token.ts'];
  const hover = ws.service.doHover(token, scope.start);
  assert.match(
    String((hover?.contents as { value: string }).value),
    /^\*\*invalid_scope\*\* · 400 Bad Request/,
  );
  assert.deepEqual(
    ws.service.doValidation(token, DEFAULT_SETTINGS).map((d) => [d.code, d.range, d.message]),
    [
      [
        'unknown-code',
        typo,
        "'invalid_scopes' is not in the error catalog. Did you mean 'invalid_scope', 'invalid_token'?",
      ],
      [
        'status-mismatch',
        grantStatus,
        "'invalid_grant' is 422 Unprocessable Entity in the error catalog, but this response sends 400 Bad Request.",
      ],
      [
        'status-mismatch',
        tokenStatus,
        "'invalid_token' is 401 Unauthorized in the error catalog, but this response sends 400 Bad Request.",
      ],
    ],
  );
  const catalog = ws.context.catalogFor(token.uri);
  assert.deepEqual(catalog.standardNames, ['oauth2']);
  assert.deepEqual(catalog.uris(), [ws.uri('docs/errors.md')]);
  // The catalog's own status for a standard's code is no conflict: the API's catalog wins.
  assert.deepEqual(
    ws.index.catalogProblems(ws.uri('docs/errors.md')).map((p) => [p.code, p.range.start.line, p.message]),
    [['unknown-standard', 0, "No built-in vocabulary is named 'oauth3'. Known: oauth2, apollo-server."]],
  );
});

test("a wrapper's code that a standard defines is read as that standard's: its envelope is written elsewhere", async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': CATALOG,
    'src/oauthError.ts': [
      'export class TokenError extends Error {',
      '  constructor(public status: number, public code: string, public description: string) {',
      '    super(description);',
      '  }',
      '}',
    ].join('\n'),
    'src/token.ts': [
      "import { TokenError } from './oauthError';",
      'export function exchange(grant?: string) {',
      "  if (!grant) throw new TokenError(400, '[[invalid_request]]', 'No grant.');",
      "  throw new TokenError(400, 'invalid_client', 'Unknown client.');",
      "  throw new TokenError([[400]], 'invalid_token', 'Expired.');",
      "  throw new TokenError(400, '[[invalid_clients]]', 'Unknown client.');",
      '}',
    ].join('\n'),
  });
  const token = ws.document('src/token.ts');
  const [request, tokenStatus, typo] = ws.ranges['src/token.ts'];
  const hover = ws.service.doHover(token, request.start);
  assert.match(
    String((hover?.contents as { value: string }).value),
    /^\*\*invalid_request\*\* · 400 Bad Request/,
  );
  assert.deepEqual(
    ws.service.doValidation(token, DEFAULT_SETTINGS).map((d) => [d.code, d.range, d.message]),
    [
      ['unknown-code', typo, "'invalid_clients' is not in the error catalog."],
      [
        'status-mismatch',
        tokenStatus,
        "'invalid_token' is 401 Unauthorized in the error catalog, but this response sends 400 Bad Request.",
      ],
    ],
  );
});
