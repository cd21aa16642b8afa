import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseFixture, assertFixture, envelope, number, readFixture, written } from './fixtures';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';

const NEGATIVES = [
  'negatives/comments.ts',
  'negatives/logging.ts',
  'negatives/locales.ts',
  'negatives/currencies.ts',
  'negatives/keys.ts',
  'negatives/imports.ts',
  'negatives/test-descriptions.ts',
  'negatives/dynamic.ts',
];

for (const fixture of NEGATIVES) {
  test(`nothing is reported in ${fixture}`, () => {
    const { model } = analyseFixture(fixture);
    assert.deepEqual(model.references, []);
    assert.deepEqual(model.definitions, []);
    assert.deepEqual(model.importedClassUses, []);
  });
}

test('dynamic codes are skipped, but their statuses are still found', () => {
  const { statuses } = analyseFixture('negatives/dynamic.ts');
  assert.equal(statuses.length, 9);
  assert.ok(statuses.every((s) => s.value === 403 && s.carrier === 'express-status'));
});

test('both branches of a conditional are code positions', () => {
  const text = "res.status(403).json({ error: { code: user ? 'FORBIDDEN' : 'UNAUTHENTICATED' } });";
  const model = analyzeSource({ uri: 'file:///a.ts', version: 1, text });
  assert.deepEqual(
    model.references.map((r) => [
      r.code,
      r.status?.value,
      text.slice(r.range.start.character, r.range.end.character),
    ]),
    [
      ['FORBIDDEN', 403, 'FORBIDDEN'],
      ['UNAUTHENTICATED', 403, 'UNAUTHENTICATED'],
    ],
  );
});

test('half-typed code still yields every reference that can be found', () => {
  assertFixture('broken/half-typed.ts', [
    envelope('UNAUTHENTICATED', 'nested', number(401, 'express-status')),
    envelope('NOT_FOUND', 'nested', number(404, 'express-status')),
    envelope('BROKEN_BUT_FOUND', 'flat', written(500, '500', 'number', 'sibling-property')),
    envelope('INVALID_', 'nested', number(400, 'express-status')),
  ]);
});

test('no prefix of any fixture makes the analyser fail', () => {
  const texts = [
    'carriers/express.ts',
    'carriers/nest.ts',
    'envelopes/problem.ts',
    'definitions/errors.ts',
  ].map(readFixture);
  fc.assert(
    fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat(), (text, cut, drop) => {
      const end = cut % (text.length + 1);
      const start = Math.min(end, drop % 40);
      // Truncated and holed documents: what an editor holds while someone types.
      const broken = text.slice(0, start) + text.slice(start + (drop % 7), end);
      const errors: unknown[] = [];
      const model = analyzeSource(
        { uri: 'file:///x.ts', version: 1, text: broken },
        { onError: (e) => errors.push(e) },
      );
      assert.deepEqual(errors, []);
      const document = TextDocument.create('file:///x.ts', 'typescript', 1, broken);
      const ranges = [...model.references, ...model.definitions, ...model.statuses].map((r) => r.range);
      for (const range of ranges) {
        const start = document.offsetAt(range.start);
        const end = document.offsetAt(range.end);
        // offsetAt clamps: a range past the end would not round-trip.
        assert.deepEqual([document.positionAt(start), document.positionAt(end)], [range.start, range.end]);
        assert.ok(start <= end);
      }
      for (const reference of model.references) {
        if (reference.kind === 'envelope') assert.equal(document.getText(reference.range), reference.code);
      }
    }),
    { numRuns: 150 },
  );
});

test('a result object a function returns, and rows built in a map callback, are no error bodies', () => {
  const text = [
    'export function check(plan: string) {',
    "  if (plan === 'free') return { valid: false, code: 'free-limit', message: 'Upgrade.' };",
    "  return { valid: true, code: 'ok', message: '' };",
    '}',
    'export const rows = (items: { id: string }[]) =>',
    "  items.map((item) => ({ id: item.id, code: 'INACTIVE_PARTNER', message: 'Not imported.' }));",
    "export const fail = () => ({ code: 'RATE_LIMITED', message: 'Too many requests.' });",
  ].join('\n');
  const model = analyzeSource({ uri: 'file:///a.ts', version: 1, text });
  assert.deepEqual(
    model.references.map((r) => [r.code, r.range.start.line]),
    [['RATE_LIMITED', 6]],
  );
});

test('nesting past the bound is blanked up front, so the same text always gives the same model', () => {
  const text = 'createError.FailedDependency(x, createError.GatewayTimeout('.repeat(300);
  const first = analyzeSource({ uri: 'file:///a.jsx', version: 1, text });
  assert.deepEqual(analyzeSource({ uri: 'file:///a.jsx', version: 1, text }), first);
  // Each repeat opens two brackets: the 257th opens the 129th repeat's first call.
  const repeat = 'createError.FailedDependency(x, createError.GatewayTimeout(';
  const start = 128 * repeat.length + repeat.indexOf('(');
  assert.deepEqual(first.unanalysed, [
    {
      range: { start: { line: 0, character: start }, end: { line: 0, character: text.length } },
      reason: 'brackets nested deeper than 256 levels',
      wholeFile: false,
    },
  ]);
});

test('syntax nested past the walk bound fails the same way every time', () => {
  const text = '`TOKEN_EXPIRED`'.repeat(1500);
  const errors: string[] = [];
  const first = analyzeSource(
    { uri: 'file:///a.ts', version: 1, text },
    { onError: (e) => errors.push(String(e)) },
  );
  assert.deepEqual(analyzeSource({ uri: 'file:///a.ts', version: 1, text }), first);
  assert.deepEqual(errors, ['RangeError: syntax nested deeper than 1000 levels']);
});
