import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ListedCode } from '../../../server/src/cli/catalogListing';
import { formatListJson, formatListMarkdown, formatListText } from '../../../server/src/cli/formatList';

const CODES: ListedCode[] = [
  {
    code: 'FORBIDDEN',
    statuses: [403],
    title: 'Forbidden',
    description: 'You are not allowed to do the current action.',
    aliases: [],
    definedAt: { path: 'error-catalog.json', line: 4 },
  },
  {
    code: 'SERVICE_UNAVAILABLE',
    statuses: [502, 503],
    title: 'Service unavailable',
    description: 'Could not use an | external service.\nTry again.',
    aliases: ['UNAVAILABLE'],
    definedAt: { path: 'error-catalog.json', line: 9 },
  },
  {
    code: 'INSUFFICIENT_BALANCE',
    statuses: [],
    deprecated: 'Use PAYMENT_REQUIRED.',
    aliases: [],
    definedAt: { path: 'docs/errors.errors.json', line: 2 },
  },
];

test('text: an aligned table and a count', () => {
  assert.equal(
    formatListText({ codes: CODES, byStatus: false }),
    [
      'CODE                  STATUS    TITLE                DEFINED AT',
      'FORBIDDEN             403       Forbidden            error-catalog.json:4',
      'SERVICE_UNAVAILABLE   502, 503  Service unavailable  error-catalog.json:9',
      'INSUFFICIENT_BALANCE  -                              docs/errors.errors.json:2',
      '3 codes',
      '',
    ].join('\n'),
  );
});

test('text by status: a code under each of its statuses, the codes without one last', () => {
  assert.equal(
    formatListText({ codes: CODES, byStatus: true, unusedOf: 5 }),
    [
      '403 Forbidden',
      '  FORBIDDEN             Forbidden            error-catalog.json:4',
      '502 Bad Gateway',
      '  SERVICE_UNAVAILABLE   Service unavailable  error-catalog.json:9',
      '503 Service Unavailable',
      '  SERVICE_UNAVAILABLE   Service unavailable  error-catalog.json:9',
      'No status',
      '  INSUFFICIENT_BALANCE                       docs/errors.errors.json:2',
      '3 of 5 codes unused',
      '',
    ].join('\n'),
  );
});

test('markdown: a table to paste into docs, cells escaped, deprecation first', () => {
  assert.equal(
    formatListMarkdown({ codes: CODES, byStatus: false }),
    [
      '| Code | Status | Title | Description |',
      '| --- | --- | --- | --- |',
      '| `FORBIDDEN` | 403 Forbidden | Forbidden | You are not allowed to do the current action. |',
      '| `SERVICE_UNAVAILABLE` | 502 Bad Gateway, 503 Service Unavailable | Service unavailable | Could not use an \\| external service.<br>Try again. |',
      '| `INSUFFICIENT_BALANCE` |  |  | **Deprecated:** Use PAYMENT_REQUIRED. |',
      '',
    ].join('\n'),
  );
});

test('markdown by status: a section per status', () => {
  const sections = formatListMarkdown({ codes: CODES.slice(0, 1), byStatus: true });
  assert.equal(
    sections,
    [
      '## 403 Forbidden',
      '',
      '| Code | Title | Description |',
      '| --- | --- | --- |',
      '| `FORBIDDEN` | Forbidden | You are not allowed to do the current action. |',
      '',
    ].join('\n'),
  );
});

test('json: the codes, or groups of them by status with the reason phrase', () => {
  assert.deepEqual(JSON.parse(formatListJson({ codes: CODES.slice(0, 1), byStatus: false })), {
    codes: [CODES[0]],
  });
  assert.deepEqual(JSON.parse(formatListJson({ codes: CODES.slice(1), byStatus: true })), {
    statuses: [
      { status: 502, reason: 'Bad Gateway', codes: [CODES[1]] },
      { status: 503, reason: 'Service Unavailable', codes: [CODES[1]] },
      { status: null, reason: null, codes: [CODES[2]] },
    ],
  });
});
