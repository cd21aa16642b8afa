import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { mayContainReferences } from '../../../server/src/analysis/prefilter';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { parseMarkers } from '../../helpers/markers';
import { readFixture } from './fixtures';

const FIXTURE_ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis');
const fixtures = readdirSync(FIXTURE_ROOT, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.ts'))
  .sort();
const texts = fixtures.map((path) => parseMarkers(readFixture(path)).text);

const findsSomething = (text: string) => {
  const model = analyzeSource({ uri: 'file:///x.ts', version: 1, text });
  return model.references.length > 0 || model.definitions.length > 0;
};

test('every fixture the analyser finds something in passes the prefilter, with its own codes too', () => {
  let checked = 0;
  for (const text of texts) {
    const model = analyzeSource({ uri: 'file:///x.ts', version: 1, text });
    const codes = [...model.references, ...model.definitions].map((r) => r.code);
    if (codes.length === 0) continue;
    checked++;
    assert.equal(mayContainReferences(text), true);
    const quotedCodes = model.references.filter((r) => r.kind !== 'class').map((r) => r.code);
    if (quotedCodes.length > 0) assert.equal(mayContainReferences(text, quotedCodes), true);
  }
  assert.ok(checked >= 25, `only ${checked} fixtures with references`);
});

test('the prefilter never rejects a text the analyser finds something in (random cuts of the fixtures)', () => {
  fc.assert(
    fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat(), (text, a, b) => {
      const start = a % (text.length + 1);
      const piece = text.slice(start, start + (b % 400));
      if (findsSomething(piece)) assert.equal(mayContainReferences(piece), true, piece);
    }),
    { numRuns: 200 },
  );
});

test('files without any envelope key, code-taking carrier, definer or error enum are skipped', () => {
  const samples = [
    "import { readFile } from 'node:fs/promises';\nexport const load = (p: string) => readFile(p, 'utf8');",
    "interface ApiError { code?: string; message: string }\nexport type Code = ApiError['code'];",
    "const code = 'FORBIDDEN';\nlogger.warn(code, { reason: 'FORBIDDEN' });",
    "export enum CurrencyCode { Usd = 'USD' }",
    'const encoder = { decode: (x: string) => x, codec: 1 };',
  ];
  assert.deepEqual(
    samples.map((text) => mayContainReferences(text)),
    [false, false, false, false, false],
  );
});

test('shapes pass: envelope keys, quoted keys, definers, error enums, declared carriers and classes', () => {
  assert.equal(mayContainReferences('res.json({ \'error\' : { "code": x } })'), true);
  assert.equal(mayContainReferences("export const E = createError('E', 'msg', 500);"), true);
  assert.equal(mayContainReferences("export enum ErrorCode { Forbidden = 'FORBIDDEN' }"), true);
  assert.equal(mayContainReferences("sendError(res, 'FORBIDDEN');"), false);
  assert.equal(
    mayContainReferences("sendError(res, 'FORBIDDEN');", undefined, {
      carriers: [{ callee: 'sendError', codeArgument: 1 }],
    }),
    true,
  );
  assert.equal(mayContainReferences('throw new ForbiddenError();'), false);
  assert.equal(
    mayContainReferences('throw new ForbiddenError();', ['FORBIDDEN'], { classNames: ['ForbiddenError'] }),
    true,
  );
});

test('known codes narrow to files that quote one of them; numeric codes do not narrow', () => {
  const text = "res.status(403).json({ error: { code: 'FORBIDDEN' } });";
  assert.equal(mayContainReferences(text, ['FORBIDDEN', 'NOT_FOUND']), true);
  assert.equal(mayContainReferences(text, ['NOT_FOUND']), false);
  assert.equal(mayContainReferences(text, []), false);
  assert.equal(
    mayContainReferences('c.json({ title: "Not Found", status: StatusCodes.NOT_FOUND, type })', ['404']),
    true,
  );
});
