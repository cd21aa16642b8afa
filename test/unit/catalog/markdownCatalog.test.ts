import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadMarkdownCatalog } from '../../../server/src/catalog/markdownCatalog';
import { parseMarkers } from '../../helpers/markers';

const URI = 'file:///workspace/docs/errors.md';

function load(marked: string) {
  const fixture = parseMarkers(marked, URI, 'markdown');
  return { result: loadMarkdownCatalog(fixture.text, URI), ranges: fixture.ranges() };
}

describe('loadMarkdownCatalog tables', () => {
  it('finds the columns by their headers in any order, codes with or without backticks', () => {
    const { result, ranges } = load(`---
envelope: directus
---
| Description | Code | HTTP status |
| --- | --- | --- |
| Not allowed. | [[FORBIDDEN]] | 403 |
| Gone for good, see [docs](https://x.test). | \`[[GONE]]\` | 410 Gone |
`);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.envelope, ['directus']);
    assert.deepEqual(result.entries, [
      {
        code: 'FORBIDDEN',
        statuses: [403],
        description: 'Not allowed.',
        aliases: [],
        source: { uri: URI, range: ranges[0], format: 'markdown' },
      },
      {
        code: 'GONE',
        statuses: [410],
        title: 'Gone',
        description: 'Gone for good, see [docs](https://x.test).',
        aliases: [],
        source: { uri: URI, range: ranges[1], format: 'markdown' },
      },
    ]);
  });

  it('takes the prose column as the description whatever heads it, and keeps heading words a hint', () => {
    const statuses = load(`| Status | Reason | When you get it |
| --- | --- | --- |
| [[404]] | Not Found | The route or record does not exist. |
| [[429]] | Too Many Requests | You sent more than 100 requests in a minute. |
`);
    assert.deepEqual(statuses.result.problems, []);
    assert.deepEqual(
      statuses.result.entries.map((e) => [e.code, e.statuses, e.title, e.description, e.source.range]),
      [
        ['404', [404], 'Not Found', 'The route or record does not exist.', statuses.ranges[0]],
        [
          '429',
          [429],
          'Too Many Requests',
          'You sent more than 100 requests in a minute.',
          statuses.ranges[1],
        ],
      ],
    );
    const codes = load(`| Code | Since | Status | What it means | Description |
| --- | --- | --- | --- | --- |
| [[GONE]] | v2 | 410 | The longer prose column loses to the named one. | Gone. |
`);
    assert.deepEqual(
      codes.result.entries.map((e) => [e.code, e.statuses, e.description]),
      [['GONE', [410], 'Gone.']],
    );
    const longest = load(`| Code | Status | Since | Explained |
| --- | --- | --- | --- |
| [[GONE]] | 410 | v2 | Removed for good with the old API. |
`);
    assert.deepEqual(
      longest.result.entries.map((e) => [e.code, e.description]),
      [['GONE', 'Removed for good with the old API.']],
    );
  });

  it('reads an escaped code and points at the whole cell content', () => {
    const { result, ranges } = load(`| Code | Status |
| --- | --- |
| [[FOO\\_BAR]] | 400 |
`);
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.source.range]),
      [['FOO_BAR', ranges[0]]],
    );
  });

  it('reads a table right after a paragraph line such as `{:.table}`', () => {
    const { result, ranges } = load(`Intro.
{:.table}
Status |Error Code
-------|----------
\`[[409]] Version Mismatch\`|\`VersionMismatchError\`
`);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.title]),
      [['VersionMismatchError', [409], 'Version Mismatch']],
    );
    assert.equal(ranges[0].start.line, 4);
  });

  it('gives every code of a cell the row, and reads tables inside lists and quotes', () => {
    const { result } = load(`> | Code | Status |
> | --- | --- |
> | \`A\`, \`B\` | 400 |
`);
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses]),
      [
        ['A', [400]],
        ['B', [400]],
      ],
    );
  });

  it('reports missing and empty cells with their ranges and keeps the other rows', () => {
    const { result, ranges } = load(`| Code | Status | Description |
| --- | --- | --- |
[[| \`SHORT\` |]]
| \`NO_STATUS\` |[[  ]]| Has no status. |
|[[  ]]| 400 | No code. |
| \`OK\` | 200 | Fine. |
`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.severity, p.range]),
      [
        ['missing-cell', 'This row has no `Status` cell.', 'warning', ranges[0]],
        ['missing-cell', 'This row leaves the `Status` cell empty.', 'warning', ranges[1]],
        ['missing-cell', 'This row leaves the `Code` cell empty.', 'warning', ranges[2]],
      ],
    );
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.description]),
      [
        ['SHORT', [], undefined],
        ['NO_STATUS', [], 'Has no status.'],
        ['OK', [200], 'Fine.'],
      ],
    );
  });

  it('reports statuses that are not statuses and codes that are prose', () => {
    const { result, ranges } = load(`| Code | Status |
| --- | --- |
| \`A\` | [[4xx]] |
| \`B\` | [[999]] Odd |
| [[Not a code]] | 400 |
`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.severity, p.range]),
      [
        ['missing-status', '`4xx` is not an HTTP status.', 'warning', ranges[0]],
        ['status-out-of-range', '999 is not an HTTP status (100 to 599).', 'error', ranges[1]],
        [
          'invalid-code',
          '`Not a code` is not an error code: a code is one word, written as is or in backticks.',
          'warning',
          ranges[2],
        ],
      ],
    );
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.title]),
      [
        ['A', [], undefined],
        ['B', [], 'Odd'],
      ],
    );
  });

  it('ignores tables that are not catalogs and says when nothing was found', () => {
    const { result } = load(`# Parameters

| Name | Type |
| --- | --- |
| limit | number |
`);
    assert.deepEqual(result.entries, []);
    assert.equal(result.kind, 'codes');
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.severity, p.range]),
      [['no-catalog-found', 'warning', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]],
    );
  });

  it('reads a status-only table by its status column, and ignores it beside codes', () => {
    const statusOnly = load(`| Status | Meaning |
| --- | --- |
| [[429]] | Slow down. |
`);
    assert.equal(statusOnly.result.kind, 'statuses');
    assert.deepEqual(statusOnly.result.entries, [
      {
        code: '429',
        statuses: [429],
        description: 'Slow down.',
        aliases: [],
        source: { uri: URI, range: statusOnly.ranges[0], format: 'markdown' },
      },
    ]);
    const mixed = load(`| Status | Meaning |
| --- | --- |
| 429 | Slow down. |

| Code | Status |
| --- | --- |
| SLOW_DOWN | 429 |
`);
    assert.equal(mixed.result.kind, 'codes');
    assert.deepEqual(
      mixed.result.entries.map((e) => e.code),
      ['SLOW_DOWN'],
    );
  });
});

describe('loadMarkdownCatalog headings', () => {
  it('reads a status field written inline and keeps the section as the description', () => {
    const { result, ranges } = load(`## [[RATE_LIMITED]]

**Status:** 429 Too Many Requests

Slow down.

- Wait a minute.

## Unrelated

Text.
`);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.entries, [
      {
        code: 'RATE_LIMITED',
        statuses: [429],
        title: 'Too Many Requests',
        description: 'Slow down.\n\n- Wait a minute.',
        aliases: [],
        source: { uri: URI, range: ranges[0], format: 'markdown' },
      },
    ]);
  });

  it('reports a code heading with no status and still defines the code', () => {
    const { result, ranges } = load(`### \`[[teapot]]\`

I am a teapot.

### \`gone\`

HTTP Status Code
: *410 Gone*
`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.severity, p.range]),
      [
        [
          'missing-status',
          'The heading gives no HTTP status for teapot: add a line `HTTP Status Code` followed by `: 400 Bad Request`.',
          'warning',
          { start: { line: 0, character: 4 }, end: { line: 0, character: 12 } },
        ],
      ],
    );
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.description, e.source.range]),
      [
        ['teapot', [], 'I am a teapot.', ranges[0]],
        ['gone', [410], undefined, { start: { line: 4, character: 5 }, end: { line: 4, character: 9 } }],
      ],
    );
  });

  it('does not take prose headings or bare words without a status for codes', () => {
    const { result } = load(`# Error codes

## Overview

The \`status\` field: see below.

## \`The\` thing

Status: 400
`);
    assert.deepEqual(result.entries, []);
    assert.deepEqual(
      result.problems.map((p) => p.code),
      ['no-catalog-found'],
    );
  });

  it('merges a code stated in a table and under a heading', () => {
    const { result } = load(`| Code | Status |
| --- | --- |
| \`A\` | 400 |

## \`A\`

Status: 422
`);
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.variants?.map((v) => v.status)]),
      [['A', [400, 422], [400, 422]]],
    );
  });
});
