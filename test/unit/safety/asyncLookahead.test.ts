import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import {
  defuseAfterNameEdit,
  defuseAsyncLookaheads,
  MAX_NESTED_ASYNC,
} from '../../../server/src/analysis/asyncLookahead';
import fc from 'fast-check';
import { parseMarkers } from '../../helpers/markers';
import { referenceDefuse } from './asyncLookaheadReference';

/** `f(async function () {` nested `levels` deep, an error body at the bottom. */
function nested(levels: number): string {
  const open = Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}step(async function () {\n`).join(
    '',
  );
  const close = Array.from({ length: levels }, (_, i) => `${'  '.repeat(levels - 1 - i)}});\n`).join('');
  return `${open}${'  '.repeat(levels)}res.status([[404]]).json({ error: { code: '[[FORBIDDEN]]' } });\n${close}`;
}

// TypeScript's parser looks ahead over the whole expression after each `async`, and again inside
// it: time doubles with each nested `async`. Past a depth no real code reaches, the inner ones are
// blanked before parsing; the analysis must come out the same.
describe('deeply nested async functions', () => {
  it('leave ordinary code untouched, however many async handlers it has', () => {
    const root = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis');
    for (const name of ['carriers/express.ts', 'carriers/koa.ts', 'envelopes/graphql.ts']) {
      const text = readFileSync(join(root, name), 'utf8');
      assert.equal(defuseAsyncLookaheads(text), text, name);
    }
    const handlers = `router.get('/', async (req, res) => { await next(); });\n`.repeat(200);
    assert.equal(defuseAsyncLookaheads(handlers), handlers);
    assert.equal(defuseAsyncLookaheads(nested(MAX_NESTED_ASYNC)), nested(MAX_NESTED_ASYNC));
  });

  it('lose the keyword past the bound, keeping every offset', () => {
    const text = nested(MAX_NESTED_ASYNC + 2);
    const defused = defuseAsyncLookaheads(text);
    assert.equal(defused.length, text.length);
    assert.equal(defused.split('async').length - 1, MAX_NESTED_ASYNC);
    assert.equal(defused.replaceAll('async', '     '), text.replaceAll('async', '     '));
  });

  it('are counted whatever white space TypeScript skips between them, U+2028 included', () => {
    const text = '(\u2028async Response'.repeat(MAX_NESTED_ASYNC + 4);
    const defused = defuseAsyncLookaheads(text);
    assert.equal(defused.split('async').length - 1, MAX_NESTED_ASYNC);
    // After `async`, a line separator is a line break to TypeScript: no look-ahead, nothing to blank.
    const broken = 'f(async\u2028Response'.repeat(MAX_NESTED_ASYNC + 4);
    assert.equal(defuseAsyncLookaheads(broken), broken);
  });

  it('do not count async in strings and comments', () => {
    const text =
      `// async a, async b\nconst s = 'async c ${'async d '.repeat(20)}';\n` + nested(MAX_NESTED_ASYNC);
    assert.equal(defuseAsyncLookaheads(text), text);
  });

  it('are analysed with the codes and statuses at their places, 40 levels deep', () => {
    const fixture = parseMarkers(nested(40));
    const model = analyzeSource({ uri: fixture.document.uri, version: 1, text: fixture.text });
    const [status, code] = fixture.ranges();
    assert.deepEqual(
      model.references.map((reference) => [reference.code, reference.range, reference.status?.range]),
      [['FORBIDDEN', code, status]],
    );
  });
});

describe('the scan by character codes', () => {
  it('blanks exactly what the scan by characters blanked', () => {
    const token = fc.constantFrom(
      'async ',
      'async',
      'async x => ',
      'f(',
      '(',
      ')',
      '{',
      '}',
      '[',
      ']',
      ',',
      ';',
      '=> ',
      "'s'",
      '"t"',
      '`u`',
      '// c\n',
      '/* d */',
      '\n',
      'name ',
      'a',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), (tokens) => {
        const text = tokens.join('');
        assert.equal(defuseAsyncLookaheads(text), referenceDefuse(text));
      }),
      { numRuns: 400 },
    );
    const deep = nested(MAX_NESTED_ASYNC + 3);
    assert.equal(defuseAsyncLookaheads(deep), referenceDefuse(deep));
  });
});

describe('a keystroke in a name', () => {
  const token = fc.constantFrom(
    'async ',
    'async',
    'f(',
    '(',
    ')',
    '{',
    '}',
    ',',
    "'s'",
    '`u`',
    '// c\n',
    'name ',
    'syn',
    'a',
    'X',
  );
  const edit = fc.record({
    at: fc.nat(),
    removed: fc.nat({ max: 4 }),
    inserted: fc.constantFrom('', 'X', 'a', 'as', 'ync', 'async', '_1', ' ', '('),
  });

  it('gives what a scan of the whole new text gives, whenever it gives anything', () => {
    let reused = 0;
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 10, maxLength: 150 }),
        edit,
        fc.boolean(),
        (tokens, { at, removed, inserted }, deep) => {
          const before = (deep ? nested(MAX_NESTED_ASYNC + 2) : '') + tokens.join('');
          const start = at % (before.length + 1);
          const end = Math.min(before.length, start + removed);
          const next = before.slice(0, start) + inserted + before.slice(end);
          const change = { span: { start, length: end - start }, newLength: inserted.length };
          const moved = defuseAfterNameEdit(before, defuseAsyncLookaheads(before), next, change);
          if (moved === undefined) return;
          reused++;
          assert.equal(moved, defuseAsyncLookaheads(next));
        },
      ),
      { numRuns: 2000 },
    );
    // The edits of name characters (about a quarter of these) are answered without a scan.
    assert.ok(reused > 200, `only ${reused} edits reused the text before`);
  });

  it('scans again when the edit makes or breaks an async, or is more than name characters', () => {
    const before = nested(MAX_NESTED_ASYNC + 2);
    const defused = defuseAsyncLookaheads(before);
    const at = before.indexOf('async');
    const breaking = { span: { start: at + 5, length: 0 }, newLength: 1 };
    const next = before.slice(0, at + 5) + 'X' + before.slice(at + 5);
    assert.equal(defuseAfterNameEdit(before, defused, next, breaking), undefined);
    const bracket = before.replace('step(', 'step((');
    const opening = { span: { start: before.indexOf('step(') + 5, length: 0 }, newLength: 1 };
    assert.equal(defuseAfterNameEdit(before, defused, bracket, opening), undefined);
    const inCode = before.indexOf('FORBIDDEN') + 3;
    const typed = before.slice(0, inCode) + 'Q' + before.slice(inCode);
    const typing = { span: { start: inCode, length: 0 }, newLength: 1 };
    assert.equal(defuseAfterNameEdit(before, defused, typed, typing), defuseAsyncLookaheads(typed));
  });
});
