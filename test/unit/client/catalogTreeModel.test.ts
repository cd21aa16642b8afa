import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryDescription, groupEntries } from '../../../client/src/catalogTreeModel';
import type { CatalogEntrySummary } from '../../../server/src/lsp/catalogProtocol';

function entry(code: string, statuses: number[], usages?: number, title?: string): CatalogEntrySummary {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: code.length } };
  return { code, statuses, title, usages, definition: { uri: 'file:///w/error-catalog.json', range } };
}

const ENTRIES = [
  entry('UNAVAILABLE', [502, 503], 0),
  entry('ROUTE_NOT_FOUND', [404], 2, 'Route not found'),
  entry('FORBIDDEN', [403], 1, 'Forbidden'),
  entry('INSUFFICIENT_BALANCE', [], 0),
  entry('ACCESS_DENIED', [403], 0),
];

function outline(entries: CatalogEntrySummary[], unusedOnly = false) {
  return groupEntries(entries, unusedOnly).map((group) => [
    group.label,
    group.statuses.map((status) => [status.label, status.entries.map((e) => e.code)]),
  ]);
}

test('codes group by status class, then status ascending, then code; several statuses show under each', () => {
  assert.deepEqual(outline(ENTRIES), [
    [
      '4xx Client errors',
      [
        ['403 Forbidden', ['ACCESS_DENIED', 'FORBIDDEN']],
        ['404 Not Found', ['ROUTE_NOT_FOUND']],
      ],
    ],
    [
      '5xx Server errors',
      [
        ['502 Bad Gateway', ['UNAVAILABLE']],
        ['503 Service Unavailable', ['UNAVAILABLE']],
      ],
    ],
    ['No status', [['No status', ['INSUFFICIENT_BALANCE']]]],
  ]);
});

test('the unused filter keeps only codes counted with no usage', () => {
  assert.deepEqual(outline(ENTRIES, true), [
    ['4xx Client errors', [['403 Forbidden', ['ACCESS_DENIED']]]],
    [
      '5xx Server errors',
      [
        ['502 Bad Gateway', ['UNAVAILABLE']],
        ['503 Service Unavailable', ['UNAVAILABLE']],
      ],
    ],
    ['No status', [['No status', ['INSUFFICIENT_BALANCE']]]],
  ]);
  assert.deepEqual(outline([entry('NOT_COUNTED', [400])], true), []);
});

test('a status outside the known classes and without a reason phrase still shows', () => {
  assert.deepEqual(outline([entry('TEAPOT_PLUS', [499]), entry('WEIRD', [799])]), [
    ['4xx Client errors', [['499', ['TEAPOT_PLUS']]]],
    ['7xx Other', [['799', ['WEIRD']]]],
  ]);
});

test('the description beside a code says its title, its usage count and deprecation', () => {
  assert.equal(entryDescription(entry('FORBIDDEN', [403], 1, 'Forbidden')), 'Forbidden · 1 use');
  assert.equal(entryDescription(entry('ROUTE_NOT_FOUND', [404], 2)), '2 uses');
  assert.equal(
    entryDescription({ ...entry('OLD', [410], 0), deprecated: 'Use GONE.' }),
    'unused · deprecated',
  );
  assert.equal(entryDescription(entry('X', [400])), '');
});
