import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../../server/src/catalog/importText';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { loadMarkdownCatalog } from '../../../server/src/catalog/markdownCatalog';
import { loadYamlCatalog } from '../../../server/src/catalog/yamlCatalog';
import type { CatalogLoader } from '../../../server/src/catalog/types';

const URI = 'file:///workspace/error-catalog';
const MIB = 1024 * 1024;
const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const LOADERS: Array<[string, CatalogLoader]> = [
  ['json', loadJsonCatalog],
  ['yaml', loadYamlCatalog],
  ['markdown', loadMarkdownCatalog],
  ['text import', (text, uri) => ({ ...importText(text, uri), kind: 'codes', parsed: true })],
];

function decode(bytes: number[]): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes));
}

function bytesOf(text: string): number[] {
  return [...new TextEncoder().encode(text)];
}

describe('bad input', () => {
  it('reads an empty or blank file as an empty catalog with a warning', () => {
    for (const [name, load] of LOADERS) {
      for (const text of ['', '  \n\t\n']) {
        const result = load(text, URI);
        assert.deepEqual(result.entries, [], name);
        assert.deepEqual(
          result.problems.map((p) => [p.code, p.severity, p.range]),
          [['empty-catalog', 'warning', START]],
          name,
        );
      }
    }
  });

  it('refuses a 50 MB file with a problem instead of parsing it', () => {
    const entry = '"CODE": { "status": 400, "description": "A description of the code." },\n';
    const fifty = `{ "errors": {\n${entry.repeat(Math.ceil((50 * MIB) / entry.length))}} }`;
    assert.ok(fifty.length >= 50 * MIB);
    for (const [name, load] of LOADERS) {
      const result = load(fifty, URI);
      assert.equal(result.parsed, name === 'text import' ? true : false, name);
      assert.deepEqual(result.entries, [], name);
      assert.equal(result.problems.length, 1, name);
      assert.equal(result.problems[0].code, 'file-too-large', name);
      assert.equal(result.problems[0].severity, 'error', name);
      assert.deepEqual(result.problems[0].range, START, name);
      assert.match(
        result.problems[0].message,
        /^This catalog is 50\.0 MB; catalogs over \d+\.\d MB are not read\./,
      );
    }
  });

  it('reads a large catalog below the limit completely', () => {
    const count = 5000;
    const lines = Array.from({ length: count }, (_, i) => `"CODE_${i}": { "status": ${400 + (i % 100)} }`);
    const json = loadJsonCatalog(`{ "errors": {\n${lines.join(',\n')}\n} }`, URI);
    assert.deepEqual(json.problems, []);
    assert.equal(json.entries.length, count);
    assert.deepEqual(json.entries[count - 1].statuses, [499]);
    assert.deepEqual(json.entries[count - 1].source.range, {
      start: { line: count, character: 1 },
      end: { line: count, character: 10 },
    });
    const rows = Array.from({ length: 1000 }, (_, i) => `| \`CODE_${i}\` | ${400 + (i % 100)} | Row ${i}. |`);
    const markdown = loadMarkdownCatalog(
      `| Code | Status | Description |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
      URI,
    );
    assert.deepEqual(markdown.problems, []);
    assert.equal(markdown.entries.length, 1000);
    assert.equal(markdown.entries[999].description, 'Row 999.');
  });

  it('refuses binary bytes, at the first NUL or control character', () => {
    const withNul = decode([0x7b, 0x0a, 0x00, 0x01, 0x02, 0x7d]);
    const noNul = decode(Array.from({ length: 512 }, (_, i) => [0x01, 0x02, 0x80, 0xff, 0x41][i % 5]));
    for (const [name, load] of LOADERS) {
      const nul = load(withNul, URI);
      assert.deepEqual(
        nul.problems.map((p) => [p.code, p.range]),
        [['binary-content', { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }]],
        name,
      );
      const bytes = load(noNul, URI);
      assert.deepEqual(
        bytes.problems.map((p) => [p.code, p.range]),
        [['binary-content', { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }]],
        name,
      );
      assert.deepEqual(bytes.entries, [], name);
    }
  });

  it('copes with invalid UTF-8 decoded as U+FFFD: a warning where it starts, the catalog still read', () => {
    const json = loadJsonCatalog(
      decode([...bytesOf('{ "errors": {\n  "BAD'), 0xff, 0xfe, ...bytesOf('": { "status": 400 } } }')]),
      URI,
    );
    assert.equal(json.parsed, true);
    assert.deepEqual(
      json.entries.map((e) => [e.code, e.statuses]),
      [['BAD\uFFFD\uFFFD', [400]]],
    );
    assert.deepEqual(
      json.problems.map((p) => [p.code, p.severity, p.message, p.range]),
      [
        [
          'invalid-encoding',
          'warning',
          'The file is not valid UTF-8: the replacement character U+FFFD occurs 2 times, first here.',
          { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } },
        ],
      ],
    );
    const markdown = loadMarkdownCatalog(
      decode([
        ...bytesOf('| Code | Status | Description |\n| - | - | - |\n| `A` | 400 | Caf'),
        0xc3,
        ...bytesOf(' |\n'),
      ]),
      URI,
    );
    assert.deepEqual(
      markdown.entries.map((e) => [e.code, e.statuses, e.description]),
      [['A', [400], 'Caf\uFFFD']],
    );
    assert.deepEqual(
      markdown.problems.map((p) => [p.code, p.range]),
      [['invalid-encoding', { start: { line: 2, character: 17 }, end: { line: 2, character: 18 } }]],
    );
  });

  it('refuses nesting deep enough to stall or overflow a parser', () => {
    const deepJson = loadJsonCatalog('['.repeat(200000), URI);
    assert.deepEqual(
      deepJson.problems.map((p) => [p.code, p.range]),
      [['nesting-too-deep', START]],
    );
    const quotes = loadMarkdownCatalog(`# Errors\n\n${'>'.repeat(100000)} deep\n`, URI);
    assert.deepEqual(
      quotes.problems.map((p) => [p.code, p.message, p.range]),
      [
        [
          'nesting-too-deep',
          'The catalog nests too deeply to be read.',
          { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        ],
      ],
    );
    const indented = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    for (const load of [loadMarkdownCatalog, loadYamlCatalog]) {
      const result = load(indented, URI);
      assert.equal(result.parsed, false);
      assert.deepEqual(
        result.problems.map((p) => [p.code, p.range.start.line]),
        [['nesting-too-deep', 32]],
      );
    }
  });

  it('reports at most 20 syntax errors, and the braces left open at the end once', () => {
    const tokens = loadJsonCatalog(`[${'1 '.repeat(100000)}]`, URI);
    assert.equal(tokens.problems.length, 20);
    assert.deepEqual(
      tokens.problems.slice(0, 2).map((p) => [p.code, p.range.start.character]),
      [
        ['malformed-json', 3],
        ['malformed-json', 5],
      ],
    );
    const open = loadJsonCatalog('{ "errors": { "A": { "status": 400', URI);
    assert.deepEqual(
      open.problems.map((p) => [p.code, p.message, p.range]),
      [
        [
          'malformed-json',
          'A closing brace `}` is expected here: the catalog is not valid JSON.',
          { start: { line: 0, character: 34 }, end: { line: 0, character: 34 } },
        ],
      ],
    );
  });

  it('reads garbage text as no catalog, with a problem and no exception', () => {
    const garbage = '}{][:,"\\u12\n|||\n---\n# `\n: *999*\n{ "code": \n'.repeat(50);
    for (const [name, load] of LOADERS) {
      const result = load(garbage, URI);
      assert.ok(result.problems.length > 0, name);
      for (const problem of result.problems) assert.ok(problem.range.start.line >= 0, name);
    }
  });
});
