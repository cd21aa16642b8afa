import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../../../server/src/catalog/catalog';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { misspelledCode } from '../../../server/src/catalog/misspellings';
import type { CatalogEntry, CatalogLoadResult } from '../../../server/src/catalog/types';
import { parseMarkers } from '../../helpers/markers';

const ROOT = 'file:///workspace/error-catalog.json';
const PACKAGE = 'file:///workspace/packages/billing/billing.errors.json';

function doc(uri: string, marked: string) {
  const fixture = parseMarkers(marked, uri, 'json');
  return { uri, result: loadJsonCatalog(fixture.text, uri), ranges: fixture.ranges() };
}

function statusOnly(uri: string, statuses: number[]): { uri: string; result: CatalogLoadResult } {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
  const entries = statuses.map((status) => ({
    code: String(status),
    statuses: [status],
    aliases: [],
    source: { uri, range, format: 'markdown' as const },
  }));
  return { uri, result: { entries, problems: [], kind: 'statuses', parsed: true } };
}

describe('Catalog', () => {
  const root = doc(
    ROOT,
    `{
  "errors": {
    "FORBIDDEN": { "status": 403, "aliases": ["NOT_ALLOWED"] },
    "[[GONE]]": { "status": [404, 410] },
    "RATE_LIMITED": { "status": 429 },
    "UNKNOWN": {}
  },
  "envelope": ["nested", "problem"],
  "envelopes": [{ "name": "wrapped", "codePath": ["failure", "kind"] }]
}`,
  );
  const billing = doc(
    PACKAGE,
    `{
  "errors": {
    "INSUFFICIENT_FUNDS": { "status": 402 },
    "[[GONE]]": { "status": 410 },
    "FORBIDDEN": { "status": 403, "title": "Billing forbidden" }
  },
  "envelope": "nested",
  "carriers": [{ "callee": "fail", "statusArgument": 0 }]
}`,
  );

  it('looks codes up exactly and aliases through their code, the first document winning', () => {
    const catalog = Catalog.from([billing, root]);
    assert.equal(catalog.lookup('FORBIDDEN')?.title, 'Billing forbidden');
    assert.equal(catalog.lookup('FORBIDDEN')?.source.uri, PACKAGE);
    assert.equal(catalog.lookup('NOT_ALLOWED')?.code, 'FORBIDDEN');
    assert.equal(catalog.lookup('forbidden'), undefined);
    assert.equal(catalog.lookup('MISSING'), undefined);
    assert.deepEqual(
      catalog.definitions('FORBIDDEN').map((e) => e.source.uri),
      [PACKAGE, ROOT],
    );
  });

  it('lists one entry per code and the entries of a status', () => {
    const catalog = Catalog.from([root, billing]);
    assert.deepEqual(
      catalog.entries().map((e) => e.code),
      ['FORBIDDEN', 'GONE', 'RATE_LIMITED', 'UNKNOWN', 'INSUFFICIENT_FUNDS'],
    );
    assert.deepEqual(
      catalog.entriesWithStatus(410).map((e) => [e.code, e.source.uri]),
      [['GONE', ROOT]],
    );
    assert.deepEqual(
      catalog.entriesWithStatus(403).map((e) => e.code),
      ['FORBIDDEN'],
    );
    assert.deepEqual(catalog.entriesWithStatus(500), []);
    assert.deepEqual(catalog.statuses(), [402, 403, 404, 410, 429]);
  });

  it('merges declared envelopes and extension rows', () => {
    const catalog = Catalog.from([root, billing]);
    assert.deepEqual(catalog.envelopes(), ['nested', 'problem']);
    assert.deepEqual(catalog.extensions, {
      envelopes: [{ name: 'wrapped', codePath: ['failure', 'kind'] }],
      carriers: [{ callee: 'fail', statusArgument: 0 }],
    });
    assert.deepEqual(catalog.uris(), [ROOT, PACKAGE]);
  });

  it('reports the same code with conflicting statuses in both files, naming the other place', () => {
    const catalog = Catalog.from([root, billing]);
    assert.deepEqual([...catalog.problems.keys()], [ROOT, PACKAGE]);
    assert.deepEqual(catalog.problems.get(ROOT), [
      {
        code: 'conflicting-status',
        message: 'GONE has status 404, 410 here but 410 in billing.errors.json line 4.',
        severity: 'error',
        range: root.ranges[0],
      },
    ]);
    assert.deepEqual(catalog.problems.get(PACKAGE), [
      {
        code: 'conflicting-status',
        message: 'GONE has status 410 here but 404, 410 in error-catalog.json line 4.',
        severity: 'error',
        range: billing.ranges[0],
      },
    ]);
  });

  it('does not report codes whose statuses agree or that one file leaves without status', () => {
    const other = doc(
      'file:///workspace/b.errors.json',
      '{ "errors": { "FORBIDDEN": { "status": 403 }, "UNKNOWN": { "status": 500 } } }',
    );
    const catalog = Catalog.from([root, other]);
    assert.equal(catalog.problems.size, 0);
  });

  it('reports a code of one file that is an alias in another', () => {
    const other = doc(
      'file:///workspace/b.errors.json',
      '{ "errors": { "[[NOT_ALLOWED]]": { "status": 403 } } }',
    );
    const catalog = Catalog.from([root, other]);
    assert.deepEqual(catalog.problems.get(other.uri), [
      {
        code: 'alias-collides-with-code',
        message: 'NOT_ALLOWED is also an alias of FORBIDDEN in error-catalog.json line 3.',
        severity: 'error',
        range: other.ranges[0],
      },
    ]);
    assert.equal(catalog.lookup('NOT_ALLOWED')?.source.uri, other.uri);
  });

  it('is status-only when every document is a status catalog', () => {
    const statuses = statusOnly('file:///workspace/docs/errors.md', [404, 400]);
    const only = Catalog.from([statuses]);
    assert.equal(only.statusOnly, true);
    assert.deepEqual(only.statuses(), [400, 404]);
    assert.equal(only.lookup('404')?.statuses[0], 404);
    assert.equal(Catalog.from([statuses, root]).statusOnly, false);
    assert.equal(Catalog.from([]).statusOnly, false);
    assert.equal(Catalog.empty().entries().length, 0);
  });
});

test('a code defined in source one edit from a documented code is a misspelling, not a code', () => {
  const documented = (code: string): CatalogEntry => ({
    code,
    statuses: [404],
    aliases: [],
    source: { uri: 'file:///docs/errors.md', range: ZERO_RANGE, format: 'markdown' },
  });
  const defined = (code: string): CatalogEntry => ({
    code,
    statuses: [],
    aliases: [],
    source: { uri: 'file:///src/codes.ts', range: ZERO_RANGE, format: 'typescript' },
  });
  assert.equal(misspelledCode('ORDER_NOT_FOUDN', [documented('ORDER_NOT_FOUND')]), undefined);
  assert.equal(misspelledCode('ORDER_NOT_FOUN', [documented('ORDER_NOT_FOUND')]), 'ORDER_NOT_FOUND');
  assert.equal(misspelledCode('order_not_found', [documented('ORDER_NOT_FOUND')]), 'ORDER_NOT_FOUND');
  assert.equal(misspelledCode('PAYMENT_NOT_FOUND', [documented('ORDER_NOT_FOUND')]), undefined);
  // Short codes are words of their own: DONE is no typo of GONE.
  assert.equal(misspelledCode('DONE', [documented('GONE')]), undefined);
  // Twenty characters and more allow two edits.
  assert.equal(
    misspelledCode('SUBSCRIPTON_NOT_FOUN', [documented('SUBSCRIPTION_NOT_FOUND')]),
    'SUBSCRIPTION_NOT_FOUND',
  );
  const catalog = Catalog.from([
    {
      uri: 'file:///docs/errors.md',
      result: { kind: 'codes', parsed: true, problems: [], entries: [documented('ORDER_NOT_FOUND')] },
    },
    {
      uri: 'file:///src/codes.ts',
      result: {
        kind: 'codes',
        parsed: true,
        problems: [],
        entries: [defined('ORDER_NOT_FOUN'), defined('CART_EMPTY')],
      },
    },
  ]);
  assert.deepEqual(
    catalog.entries().map((e) => e.code),
    ['ORDER_NOT_FOUND', 'CART_EMPTY'],
  );
  assert.equal(catalog.misspelling('ORDER_NOT_FOUN'), 'ORDER_NOT_FOUND');
  assert.equal(catalog.misspelling('CART_EMPTY'), undefined);
});

const ZERO_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
