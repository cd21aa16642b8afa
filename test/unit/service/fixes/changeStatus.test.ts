import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../../../../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import { applyTextEdits, editsOf } from '../../../helpers/edits';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../../helpers/workspace';

const URI = 'file:///workspace/src/handler.ts';

/**
 * Validates `before`, takes the "Change status to 403 Forbidden" fix of its only mismatch, applies
 * it, and returns the fixed text with the mismatches left after re-validation.
 */
function changeTo403(service: LanguageService, before: string): { after: string; left: unknown[] } {
  const document = TextDocument.create(URI, 'typescript', 1, before);
  const mismatches = service
    .doValidation(document, DEFAULT_SETTINGS)
    .filter((d) => d.code === 'status-mismatch');
  assert.equal(mismatches.length, 1, `one mismatch expected in:\n${before}`);
  const action = service
    .doCodeActions(document, mismatches)
    .find((a) => a.title === 'Change status to 403 Forbidden');
  assert.ok(action, 'the fix is offered');
  assert.equal(action.isPreferred, true);
  const after = applyTextEdits(before, editsOf(action, URI));
  const fixed = TextDocument.create(URI, 'typescript', 2, after);
  const left = service
    .doValidation(fixed, DEFAULT_SETTINGS)
    .filter((d) => d.code === 'status-mismatch')
    .map((d) => d.message);
  return { after, left };
}

const lines = (...text: string[]) => text.join('\n');

const CASES: Array<{ name: string; before: string; after: string }> = [
  {
    name: 'a number',
    before: `res.status(404).json({ error: { code: 'FORBIDDEN' } });`,
    after: `res.status(403).json({ error: { code: 'FORBIDDEN' } });`,
  },
  {
    name: 'a JSON:API string status',
    before: `res.json({ errors: [{ status: '404', code: 'FORBIDDEN', title: 'Forbidden' }] });`,
    after: `res.json({ errors: [{ status: '403', code: 'FORBIDDEN', title: 'Forbidden' }] });`,
  },
  {
    name: 'an http-status-codes member',
    before: lines(
      `import { StatusCodes } from 'http-status-codes';`,
      `res.status(StatusCodes.NOT_FOUND).json({ error: { code: 'FORBIDDEN' } });`,
    ),
    after: lines(
      `import { StatusCodes } from 'http-status-codes';`,
      `res.status(StatusCodes.FORBIDDEN).json({ error: { code: 'FORBIDDEN' } });`,
    ),
  },
  {
    name: 'a NestJS HttpStatus member',
    before: lines(
      `import { HttpException, HttpStatus } from '@nestjs/common';`,
      `throw new HttpException({ code: 'FORBIDDEN', message: 'No.' }, HttpStatus.NOT_FOUND);`,
    ),
    after: lines(
      `import { HttpException, HttpStatus } from '@nestjs/common';`,
      `throw new HttpException({ code: 'FORBIDDEN', message: 'No.' }, HttpStatus.FORBIDDEN);`,
    ),
  },
  {
    name: `an axios HttpStatusCode member, in PascalCase`,
    before: `res.status(HttpStatusCode.NotFound).json({ error: { code: 'FORBIDDEN' } });`,
    after: `res.status(HttpStatusCode.Forbidden).json({ error: { code: 'FORBIDDEN' } });`,
  },
  {
    name: 'a local constant, for another local constant with the new status',
    before: lines(
      `const NOT_FOUND = 404;`,
      `const DENIED = 403;`,
      `res.status(NOT_FOUND).json({ error: { code: 'FORBIDDEN' } });`,
    ),
    after: lines(
      `const NOT_FOUND = 404;`,
      `const DENIED = 403;`,
      `res.status(DENIED).json({ error: { code: 'FORBIDDEN' } });`,
    ),
  },
  {
    name: 'a local constant with no counterpart, for the number',
    before: lines(`const NOT_FOUND = 404;`, `res.status(NOT_FOUND).json({ error: { code: 'FORBIDDEN' } });`),
    after: lines(`const NOT_FOUND = 404;`, `res.status(403).json({ error: { code: 'FORBIDDEN' } });`),
  },
  {
    name: `a local object's member, for its member with the new status`,
    before: lines(
      `const HTTP = { NOT_FOUND: 404, DENIED: 403 } as const;`,
      `res.status(HTTP.NOT_FOUND).json({ error: { code: 'FORBIDDEN' } });`,
    ),
    after: lines(
      `const HTTP = { NOT_FOUND: 404, DENIED: 403 } as const;`,
      `res.status(HTTP.DENIED).json({ error: { code: 'FORBIDDEN' } });`,
    ),
  },
  {
    name: `a local object's member with no counterpart, for the number in place of the whole member`,
    before: lines(
      `const HTTP = { NOT_FOUND: 404 } as const;`,
      `res.status(HTTP.NOT_FOUND).json({ error: { code: 'FORBIDDEN' } });`,
    ),
    after: lines(
      `const HTTP = { NOT_FOUND: 404 } as const;`,
      `res.status(403).json({ error: { code: 'FORBIDDEN' } });`,
    ),
  },
  {
    name: `a local enum's member`,
    before: lines(
      `enum Status { Missing = 404, Denied = 403 }`,
      `res.status(Status.Missing).json({ error: { code: 'FORBIDDEN' } });`,
    ),
    after: lines(
      `enum Status { Missing = 404, Denied = 403 }`,
      `res.status(Status.Denied).json({ error: { code: 'FORBIDDEN' } });`,
    ),
  },
  {
    name: 'an imported status constant, importing the new one beside it',
    before: lines(
      `import { NOT_FOUND } from 'http-status-codes';`,
      `res.status(NOT_FOUND).json({ error: { code: 'FORBIDDEN' } });`,
    ),
    after: lines(
      `import { NOT_FOUND, FORBIDDEN } from 'http-status-codes';`,
      `res.status(FORBIDDEN).json({ error: { code: 'FORBIDDEN' } });`,
    ),
  },
  {
    name: 'a Boom helper',
    before: lines(
      `import Boom from '@hapi/boom';`,
      `throw Boom.notFound('You are not allowed.', { code: 'FORBIDDEN' });`,
    ),
    after: lines(
      `import Boom from '@hapi/boom';`,
      `throw Boom.forbidden('You are not allowed.', { code: 'FORBIDDEN' });`,
    ),
  },
  {
    name: 'a NestJS exception class, imported one per line',
    before: lines(
      `import {`,
      `  Controller,`,
      `  NotFoundException,`,
      `} from '@nestjs/common';`,
      `throw new NotFoundException({ error: { code: 'FORBIDDEN', message: 'No.' } });`,
    ),
    after: lines(
      `import {`,
      `  Controller,`,
      `  NotFoundException,`,
      `  ForbiddenException,`,
      `} from '@nestjs/common';`,
      `throw new ForbiddenException({ error: { code: 'FORBIDDEN', message: 'No.' } });`,
    ),
  },
  {
    name: 'a NestJS exception class already imported',
    before: lines(
      `import { ForbiddenException, NotFoundException } from '@nestjs/common';`,
      `throw new NotFoundException({ error: { code: 'FORBIDDEN', message: 'No.' } });`,
    ),
    after: lines(
      `import { ForbiddenException, NotFoundException } from '@nestjs/common';`,
      `throw new ForbiddenException({ error: { code: 'FORBIDDEN', message: 'No.' } });`,
    ),
  },
];

for (const { name, before, after } of CASES) {
  test(`"Change status to 403 Forbidden" keeps the style of ${name}`, async () => {
    const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
    const result = changeTo403(service, before);
    assert.equal(result.after, after);
    assert.deepEqual(result.left, []);
  });
}

test('an implied status with no counterpart in its family offers no status change', async () => {
  const catalog = JSON.stringify({ errors: { SLOW_DOWN: { status: 429 } } });
  const { service } = await createTestWorkspace({ 'error-catalog.json': catalog });
  const document = TextDocument.create(
    URI,
    'typescript',
    1,
    lines(
      `import { NotFoundException } from '@nestjs/common';`,
      `throw new NotFoundException({ error: { code: 'SLOW_DOWN', message: 'Slow down.' } });`,
    ),
  );
  const diagnostics = service.doValidation(document, DEFAULT_SETTINGS);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['status-mismatch'],
  );
  assert.deepEqual(service.doCodeActions(document, diagnostics), []);
});
