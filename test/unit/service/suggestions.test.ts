import { test } from 'node:test';
import { jsonEntry } from '../../helpers/catalogEntries';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance } from '../../../server/src/catalog/editDistance';
import { nearestCodes, suggestCodes } from '../../../server/src/service/suggestions';
import { Catalog } from '../../../server/src/catalog/catalog';
import type { CatalogEntry } from '../../../server/src/catalog/types';

/** The distance the plain dynamic programme gives, for comparison. */
function reference(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i][j] = Math.min(
        table[i - 1][j] + 1,
        table[i][j - 1] + 1,
        table[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return table[a.length][b.length];
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 12 });

test('edit distance: exact without a bound, and exact up to the bound with one', () => {
  fc.assert(
    fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, bound) => {
      const exact = reference(a, b);
      assert.equal(editDistance(a, b), exact);
      const bounded = editDistance(a, b, bound);
      if (exact <= bound) assert.equal(bounded, exact);
      else assert.ok(bounded > bound);
    }),
  );
});

const entry = (code: string, status: number): CatalogEntry => jsonEntry(code, [status]);

/** The suggestions as first written: every entry measured, then filtered. */
function plainNearest(code: string, entries: CatalogEntry[], status?: number, limit = 3): string[] {
  const wanted = code.toLowerCase();
  const threshold = Math.max(2, Math.floor(wanted.length / 3));
  return entries
    .map((e) => ({
      code: e.code,
      distance: reference(wanted, e.code.toLowerCase()),
      sameStatus: status !== undefined && e.statuses.includes(status),
    }))
    .filter((c) => c.distance <= threshold)
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(b.sameStatus) - Number(a.sameStatus) ||
        a.code.localeCompare(b.code),
    )
    .slice(0, limit)
    .map((c) => c.code);
}

test('nearest codes: the same suggestions as measuring every entry in full', () => {
  const code = fc.string({ unit: fc.constantFrom('A', 'B', 'C', '_'), minLength: 1, maxLength: 14 });
  fc.assert(
    fc.property(
      code,
      fc.array(fc.tuple(code, fc.constantFrom(400, 403, 404)), { maxLength: 30 }),
      fc.option(fc.constantFrom(400, 403, 404), { nil: undefined }),
      (wanted, pairs, status) => {
        const entries = pairs.map(([c, s]) => entry(c, s));
        assert.deepEqual(nearestCodes(wanted, entries, status), plainNearest(wanted, entries, status));
      },
    ),
  );
});

test('nearest codes: closest first, the status sent breaking ties, far codes left out', () => {
  const entries = [
    entry('ORDER_NOT_FOUND', 404),
    entry('ORDER_NOT_FOUNDS', 410),
    entry('ORDER_FORBIDDEN', 403),
    entry('USER_NOT_FOUND', 404),
    entry('O', 400),
  ];
  assert.deepEqual(nearestCodes('ORDER_NOT_FOUNDX', entries, 410), [
    'ORDER_NOT_FOUNDS',
    'ORDER_NOT_FOUND',
    'USER_NOT_FOUND',
  ]);
  assert.deepEqual(nearestCodes('ORDER_NOT_FOUNDX', entries, 404), [
    'ORDER_NOT_FOUND',
    'ORDER_NOT_FOUNDS',
    'USER_NOT_FOUND',
  ]);
  assert.deepEqual(nearestCodes('order_not_foun', entries), [
    'ORDER_NOT_FOUND',
    'ORDER_NOT_FOUNDS',
    'USER_NOT_FOUND',
  ]);
  assert.deepEqual(nearestCodes('order_forbidd', entries), ['ORDER_FORBIDDEN']);
  assert.deepEqual(nearestCodes('XYZ', entries), []);
});

test('suggestions from a catalog: the nearest codes, the same answer when asked again', () => {
  const entries = [entry('FORBIDDEN', 403), entry('FORBIDDEN_SCOPE', 403), entry('NOT_FOUND', 404)];
  const catalog = Catalog.from([
    { uri: 'file:///c.json', result: { entries, problems: [], kind: 'codes', parsed: true } },
  ]);
  assert.deepEqual(suggestCodes(catalog, 'FORBIDEN', 403), ['FORBIDDEN']);
  assert.deepEqual(suggestCodes(catalog, 'NOT_FUND'), ['NOT_FOUND']);
  assert.equal(suggestCodes(catalog, 'FORBIDEN', 403), suggestCodes(catalog, 'FORBIDEN', 403));
  // Another catalog with other codes is not answered from the first one's suggestions.
  const other = Catalog.from([
    {
      uri: 'file:///d.json',
      result: { entries: [entry('FORBID', 403)], problems: [], kind: 'codes', parsed: true },
    },
  ]);
  assert.deepEqual(suggestCodes(other, 'FORBIDEN', 403), ['FORBID']);
});
