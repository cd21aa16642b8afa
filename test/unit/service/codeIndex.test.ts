import { test } from 'node:test';
import { jsonEntry } from '../../helpers/catalogEntries';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundedDistance, CodeIndex } from '../../../server/src/service/codeIndex';
import { editDistance } from '../../../server/src/catalog/editDistance';
import { nearestCodes } from '../../../server/src/service/suggestions';
import type { CatalogEntry } from '../../../server/src/catalog/types';
import { Random } from '../../../bench/generator/random';

const entry = (code: string, statuses: number[]): CatalogEntry => jsonEntry(code, statuses);

const WORDS = ['ORDER', 'PAYMENT', 'USER', 'NOT', 'FOUND', 'FORBIDDEN', 'INVALID', 'TOKEN', 'A', 'B', 'X1'];
const STATUSES = [400, 401, 403, 404, 409, 422];
/** Letters a mutation writes: upper and lower case, `_`, digits, and units whose case changes length. */
const LETTERS = 'ABCDEOUXZabcdeouxz_019İßﬁ';

function randomCode(random: Random): string {
  const words = Array.from({ length: random.int(1, 4) }, () => random.pick(WORDS));
  return words.join(random.chance(0.9) ? '_' : '');
}

/** One to four random edits (insert, delete, substitute, swap), or a case change. */
function mutate(random: Random, code: string): string {
  let text = code;
  if (random.chance(0.1)) text = random.chance(0.5) ? text.toLowerCase() : text.toUpperCase();
  for (let edits = random.int(1, 4); edits > 0; edits--) {
    const at = random.int(0, text.length);
    const letter = random.pick([...LETTERS]);
    const kind = random.int(0, 3);
    if (kind === 0) text = text.slice(0, at) + letter + text.slice(at);
    else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1);
    else if (kind === 2) text = text.slice(0, at) + letter + text.slice(at + 1);
    else if (at + 1 < text.length) text = text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  }
  return text;
}

function catalogEntries(random: Random, size: number): CatalogEntry[] {
  const codes = new Set<string>();
  while (codes.size < size) {
    const code = randomCode(random);
    codes.add(random.chance(0.15) ? mutate(random, code) : code);
  }
  return [...codes].map((code) => entry(code, [random.pick(STATUSES), ...(random.chance(0.1) ? [500] : [])]));
}

test('bounded distance: exact up to the bound, above it past the bound', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 14 });
  fc.assert(
    fc.property(word, word, fc.integer({ min: 0, max: 7 }), (a, b, bound) => {
      const exact = editDistance(a, b);
      assert.equal(boundedDistance(a, b, bound), exact <= bound ? exact : bound + 1);
    }),
    { numRuns: 2000 },
  );
});

test('code index: the same suggestions as measuring every entry, on 3,000 codes against 1,000', () => {
  const random = new Random(20_240_601);
  const entries = catalogEntries(random, 1000);
  const index = new CodeIndex(entries);
  let suggested = 0;
  for (let i = 0; i < 3000; i++) {
    const kind = i % 8;
    const code =
      kind === 0
        ? randomCode(random)
        : kind === 1
          ? Array.from({ length: random.int(0, 7) }, () => random.pick([...LETTERS])).join('')
          : mutate(random, random.pick(entries).code);
    const status = random.chance(0.3) ? undefined : random.pick([...STATUSES, 500]);
    const expected = nearestCodes(code, entries, status);
    assert.deepEqual(index.nearest(code, status), expected, `suggestions for '${code}' (${status})`);
    for (const limit of i % 4 === 0 ? [1, 10] : []) {
      assert.deepEqual(index.nearest(code, status, limit), nearestCodes(code, entries, status, limit));
    }
    if (expected.length > 0) suggested++;
  }
  // Most of the misspellings have suggestions: the comparison is not one of empty lists.
  assert.ok(suggested > 1800, `${suggested} codes had suggestions`);
});

test('code index: ties at the bound, short codes, empty codes, and one entry per length', () => {
  const entries = ['AB', 'AC', 'ABCDEFG', 'ABCDEFX', 'ABCDEXG', 'XBCDEFG', 'abcdefg_h', 'İSTANBUL', 'ß'].map(
    (code, i) => entry(code, [400 + i]),
  );
  const index = new CodeIndex(entries);
  for (const code of ['', 'A', 'AB', 'ABCDEFG', 'ABCDEFH', 'abcdefgh', 'i̇stanbul', 'istanbul', 'ss', 'ß']) {
    for (const status of [undefined, 400, 403]) {
      assert.deepEqual(index.nearest(code, status), nearestCodes(code, entries, status), `'${code}'`);
    }
  }
  // Three at distance 2 tie for the last place: the status sent decides, else the code's order.
  assert.deepEqual(index.nearest('ABCDEFH'), ['ABCDEFG', 'ABCDEFX', 'abcdefg_h']);
  assert.deepEqual(index.nearest('ABCDEFH', 404), ['ABCDEFG', 'ABCDEFX', 'ABCDEXG']);
  assert.deepEqual(index.nearest('ABCDEFH', 405), ['ABCDEFG', 'ABCDEFX', 'XBCDEFG']);
  assert.deepEqual(index.nearest('A'), ['AB', 'AC', 'ß']);
});

test('code index: the same suggestions on small catalogs of a few letters, where ties abound', () => {
  const code = fc.string({ unit: fc.constantFrom('A', 'B', 'c', '_'), minLength: 0, maxLength: 16 });
  fc.assert(
    fc.property(
      code,
      fc.uniqueArray(fc.tuple(code, fc.constantFrom(400, 403, 404)), { maxLength: 40, selector: ([c]) => c }),
      fc.option(fc.constantFrom(400, 403, 404), { nil: undefined }),
      fc.integer({ min: 1, max: 5 }),
      (wanted, pairs, status, limit) => {
        const entries = pairs.map(([c, s]) => entry(c, [s]));
        assert.deepEqual(
          new CodeIndex(entries).nearest(wanted, status, limit),
          nearestCodes(wanted, entries, status, limit),
        );
      },
    ),
    { numRuns: 1000 },
  );
});
