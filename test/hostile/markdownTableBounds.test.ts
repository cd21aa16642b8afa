import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node, Parent } from 'mdast';
import { loadMarkdownCatalog, parseMarkdown } from '../../server/src/catalog/markdownCatalog';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROW_LENGTH } from '../../server/src/catalog/markdownTables';
import { runInMemory } from './runInMemory';

// micromark spends time quadratic in the cells of a table row: a 440 KB table of 10,000 columns
// took 15 s and 1.7 GB to list, one row followed by 500,000 pipes 19 s and 1.3 GB. Such tables
// are refused before the parser sees them (it never builds a table node for them), with a
// `table-too-large` problem on the row, and the rest of the document is read as before.

const URI = 'file:///ws/errors.md';

function countTables(node: Node): number {
  const own = node.type === 'table' ? 1 : 0;
  const children = 'children' in node ? (node as Parent).children : [];
  return own + children.reduce((sum, child) => sum + countTables(child), 0);
}

function line(index: number, start: number, end: number) {
  return { start: { line: index, character: start }, end: { line: index, character: end } };
}

function columns(count: number, cell: (index: number) => string): string {
  return `| ${Array.from({ length: count }, (_, index) => cell(index)).join(' | ')} |`;
}

/** A table whose first columns are Code and Status, padded with `width - 2` more. */
function wideTable(width: number, rows: number): string[] {
  const header = columns(width, (i) => (i === 0 ? 'Code' : i === 1 ? 'Status' : `c${i}`));
  const delimiter = `|${'---|'.repeat(width)}`;
  const body = Array.from({ length: rows }, (_, row) =>
    columns(width, (i) => (i === 0 ? `\`E_${row}\`` : i === 1 ? '400' : 'x')),
  );
  return [header, delimiter, ...body];
}

test('a table of 10,000 columns is refused at its header, never parsed as a table', () => {
  const lines = wideTable(10_000, 8);
  const text = `${lines.join('\n')}\n`;
  assert.ok(text.length > 400_000 && text.length < 512 * 1024);
  assert.equal(countTables(parseMarkdown(text)), 0);
  const result = loadMarkdownCatalog(text, URI);
  assert.equal(result.parsed, true);
  assert.deepEqual(result.entries, []);
  assert.deepEqual(result.problems, [
    {
      code: 'table-too-large',
      message:
        'This table row has 10000 cells; a catalog table has at most 64 columns, so this table was not read.',
      severity: 'warning',
      range: line(0, 0, lines[0].length),
    },
  ]);
});

test('one row followed by 500,000 pipes refuses the table at that row', () => {
  const text = `| Code | Status |\n|---|---|\n| \`A\` | 400 |\n${'|'.repeat(500_000)}\n`;
  assert.equal(countTables(parseMarkdown(text)), 0);
  const result = loadMarkdownCatalog(text, URI);
  assert.deepEqual(result.entries, []);
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.message, p.severity, p.range]),
    [
      [
        'table-too-large',
        'This table row has 499999 cells; a catalog table has at most 64 columns, so this table was not read.',
        'warning',
        line(3, 0, 500_000),
      ],
    ],
  );
});

test('a row longer than the bound refuses its table; a long paragraph is not a table row', () => {
  const cell = 'word '.repeat(MAX_TABLE_ROW_LENGTH / 5);
  const row = `| \`A\` | 400 | ${cell}|`;
  const paragraph = `\`B\` ${cell}`;
  const text = `| Code | Status | Description |\n|---|---|---|\n${row}\n\n${paragraph}\n`;
  const result = loadMarkdownCatalog(text, URI);
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.message, p.range]),
    [
      [
        'table-too-large',
        `This table row is ${row.length} characters long; a catalog table row is at most 32768 characters, so this table was not read.`,
        line(2, 0, row.length),
      ],
    ],
  );
  assert.equal(row.length, 32_780);
  assert.deepEqual(result.entries, []);
});

test('64 columns are read as before; 65 are refused', () => {
  const [atBound, overBound] = [MAX_TABLE_COLUMNS, MAX_TABLE_COLUMNS + 1].map((width) =>
    loadMarkdownCatalog(`${wideTable(width, 2).join('\n')}\n`, URI),
  );
  assert.deepEqual(atBound.problems, []);
  assert.deepEqual(
    atBound.entries.map((entry) => [entry.code, entry.statuses, entry.source.range]),
    [
      ['E_0', [400], line(2, 3, 6)],
      ['E_1', [400], line(3, 3, 6)],
    ],
  );
  assert.deepEqual(
    overBound.problems.map((p) => [p.code, p.message, p.range.start]),
    [
      [
        'table-too-large',
        'This table row has 65 cells; a catalog table has at most 64 columns, so this table was not read.',
        { line: 0, character: 0 },
      ],
    ],
  );
});

test('escaped pipes are not cells, and a table in a block quote or list is bounded too', () => {
  const escaped = `| Code | Status | Description |\n|---|---|---|\n| \`A\` | 400 | ${'a \\| '.repeat(100)}|\n`;
  assert.deepEqual(loadMarkdownCatalog(escaped, URI).problems, []);
  assert.deepEqual(
    loadMarkdownCatalog(escaped, URI).entries.map((entry) => entry.code),
    ['A'],
  );
  const quoted = `> | Code | Status |\n> |---|---|\n> ${columns(100, () => 'x')}\n`;
  const listed = `- | Code | Status |\n  |---|---|\n  ${columns(100, () => 'x')}\n`;
  for (const text of [quoted, listed]) {
    const lines = text.split('\n');
    assert.deepEqual(
      loadMarkdownCatalog(text, URI).problems.map((p) => [p.code, p.message, p.range]),
      [
        [
          'table-too-large',
          'This table row has 100 cells; a catalog table has at most 64 columns, so this table was not read.',
          line(2, 0, lines[2].length),
        ],
      ],
    );
  }
});

test('the tables and headings around a refused table are read at their own positions', () => {
  const text = [
    '# Errors',
    '',
    '| Code | Status |',
    '|---|---|',
    '| `BEFORE` | 400 |',
    '',
    'Intro line of the big table',
    ...wideTable(200, 3),
    '',
    '## `AFTER`',
    '',
    'Status: 404 Not Found',
    '',
    '| Code | Status |',
    '|---|---|',
    '| `LAST` | 409 |',
    '',
  ].join('\n');
  const result = loadMarkdownCatalog(text, URI);
  assert.deepEqual(
    result.entries.map((entry) => [entry.code, entry.statuses, entry.source.range]),
    [
      ['BEFORE', [400], line(4, 3, 9)],
      ['AFTER', [404], line(13, 4, 9)],
      ['LAST', [409], line(19, 3, 7)],
    ],
  );
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.range.start]),
    [['table-too-large', { line: 7, character: 0 }]],
  );
});

test('check reports the refused table where it is and goes on', async () => {
  const text = `| Code | Status |\n|---|---|\n| \`A\` | 400 |\n${'|'.repeat(500_000)}\n`;
  assert.deepEqual(await runInMemory(['check', '.'], { '/ws/errors.md': text }), {
    code: 0,
    stdout: [
      'errors.md:4:1  warning  This table row has 499999 cells; a catalog table has at most 64 columns, so this table was not read.  table-too-large',
      '1 problem (0 errors, 1 warning) in 1 file',
      'Catalogs: errors.md (markdown, 0 codes).',
      '',
    ].join('\n'),
    stderr: '',
  });
});

test('a refused table in a code fence leaves the fence closed and the document after it read', () => {
  const wide = columns(100, () => 'x');
  const text = [
    '```md',
    '| a | b |',
    '|---|---|',
    wide,
    '```',
    '',
    '| Code | Status |',
    '|---|---|',
    '| `A` | 400 |',
    '',
  ].join('\n');
  const result = loadMarkdownCatalog(text, URI);
  assert.deepEqual(
    result.entries.map((entry) => [entry.code, entry.statuses, entry.source.range]),
    [['A', [400], line(8, 3, 4)]],
  );
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.range]),
    [['table-too-large', line(3, 0, wide.length)]],
  );
});
