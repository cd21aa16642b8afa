import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadJsonCatalog } from '../../server/src/catalog/jsonCatalog';
import { loadYamlCatalog } from '../../server/src/catalog/yamlCatalog';
import { catalogProblemDiagnostics } from '../../server/src/service/diagnostics';
import { insertJsonEntry } from '../../server/src/service/edits/jsonCatalogInsert';
import { insertYamlEntry } from '../../server/src/service/edits/yamlCatalogInsert';
import { applyTextEdits } from '../helpers/edits';
import { parseMarkers } from '../helpers/markers';
import { runInMemory } from './runInMemory';

// A JSON object may repeat a key; parsers disagree on which one counts. The catalog reads the
// first of each, reports every later one as `duplicate-key` (pointing back at the first), and the
// "Add to catalog" edit inserts into the `errors` the loader reads.

const URI = 'file:///ws/error-catalog.json';

function load(marked: string) {
  const fixture = parseMarkers(marked, URI, 'json');
  return { text: fixture.text, result: loadJsonCatalog(fixture.text, URI), ranges: fixture.ranges() };
}

test('a second `errors` is a duplicate-key problem pointing at the first, which is the one read', () => {
  const { result, ranges } = load(`{
  "[[errors]]": { "FIRST": { "status": 400 } },
  "kind": "codes",
  "[[errors]]": { "SECOND": { "status": 404 } }
}`);
  assert.equal(result.parsed, true);
  assert.deepEqual(
    result.entries.map((entry) => [entry.code, entry.statuses]),
    [['FIRST', [400]]],
  );
  assert.deepEqual(result.problems, [
    {
      code: 'duplicate-key',
      message: '`errors` is already defined on line 2; this second definition is ignored.',
      severity: 'error',
      range: ranges[1],
      related: [{ range: ranges[0], message: 'The first `errors`, the one read.' }],
    },
  ]);
});

test('duplicate keys inside an entry and in an envelope row are reported in document order', () => {
  const { result, ranges } = load(`{
  "errors": {
    "A": { "[[status]]": 400, "[[title]]": "Bad", "[[status]]": 401, "[[title]]": "Worse" }
  },
  "envelopes": [{ "[[name]]": "x", "codePath": ["code"], "[[name]]": "y" }]
}`);
  assert.deepEqual(
    result.entries.map((entry) => [entry.code, entry.statuses, entry.title]),
    [['A', [400], 'Bad']],
  );
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.message, p.range, p.related?.map((r) => r.range)]),
    [
      [
        'duplicate-key',
        '`status` is already defined on line 3; this second definition is ignored.',
        ranges[2],
        [ranges[0]],
      ],
      [
        'duplicate-key',
        '`title` is already defined on line 3; this second definition is ignored.',
        ranges[3],
        [ranges[1]],
      ],
      [
        'duplicate-key',
        '`name` is already defined on line 5; this second definition is ignored.',
        ranges[5],
        [ranges[4]],
      ],
    ],
  );
  assert.deepEqual(result.envelopes, [{ name: 'x', codePath: ['code'] }]);
});

test('a code written twice under `errors` stays a duplicate-code problem, not a duplicate key', () => {
  const { result, ranges } = load(`{ "errors": { "A": { "status": 400 }, "[[A]]": { "status": 401 } } }`);
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.message, p.range]),
    [['duplicate-code', '`A` is already defined on line 1; this second definition is ignored.', ranges[0]]],
  );
  assert.deepEqual(
    result.entries.map((entry) => [entry.code, entry.statuses]),
    [['A', [400]]],
  );
});

test('the new entry goes into the `errors` the loader reads, and loads', () => {
  const text = `{
  "errors": {
    "FIRST": { "status": 400 }
  },
  "errors": {
    "SECOND": { "status": 404 }
  }
}
`;
  const edits = insertJsonEntry(URI, text, 'NEW_CODE', { status: 409, title: 'Conflict' });
  assert.ok(edits);
  const edited = applyTextEdits(text, edits, URI);
  assert.equal(
    edited,
    `{
  "errors": {
    "FIRST": { "status": 400 },
    "NEW_CODE": {
      "status": 409,
      "title": "Conflict"
    }
  },
  "errors": {
    "SECOND": { "status": 404 }
  }
}
`,
  );
  assert.deepEqual(
    loadJsonCatalog(edited, URI).entries.map((entry) => [entry.code, entry.statuses]),
    [
      ['FIRST', [400]],
      ['NEW_CODE', [409]],
    ],
  );
});

test('check reports the duplicate key at the second key', async () => {
  const catalog = '{\n  "errors": { "FIRST": { "status": 400 } },\n  "errors": {}\n}\n';
  const result = await runInMemory(['check', '.'], { '/ws/error-catalog.json': catalog });
  assert.deepEqual(result.stdout.split('\n'), [
    'error-catalog.json:3:4  error  `errors` is already defined on line 2; this second definition is ignored.  duplicate-key',
    '1 problem (1 error, 0 warnings) in 1 file',
    'Catalogs: error-catalog.json (json, 1 code).',
    '',
  ]);
  assert.equal(result.code, 1);
});

test('a YAML catalog reads the first of two keys too, says so, and gets the new entry there', () => {
  const yamlUri = 'file:///ws/error-catalog.yaml';
  const text = 'errors:\n  FIRST:\n    status: 400\n    status: 401\nerrors:\n  SECOND:\n    status: 404\n';
  const result = loadYamlCatalog(text, yamlUri);
  assert.deepEqual(
    result.entries.map((entry) => [entry.code, entry.statuses]),
    [['FIRST', [400]]],
  );
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.message, p.range.start.line, p.related?.[0]?.range.start.line]),
    [
      ['duplicate-key', '`status` is already defined on line 3; this second definition is ignored.', 3, 2],
      ['duplicate-key', '`errors` is already defined on line 1; this second definition is ignored.', 4, 0],
    ],
  );
  const edits = insertYamlEntry(yamlUri, text, 'NEW_CODE', { status: 409, title: 'Conflict' });
  assert.ok(edits);
  const edited = applyTextEdits(text, edits, yamlUri);
  assert.deepEqual(
    loadYamlCatalog(edited, yamlUri).entries.map((entry) => entry.code),
    ['FIRST', 'NEW_CODE'],
  );
});

test('the editor shows the first key as the related place of the duplicate', () => {
  const { result, ranges } = load(`{ "[[errors]]": {}, "[[errors]]": {} }`);
  assert.deepEqual(
    catalogProblemDiagnostics(URI, result.problems).map((diagnostic) => diagnostic.relatedInformation),
    [[{ location: { uri: URI, range: ranges[0] }, message: 'The first `errors`, the one read.' }]],
  );
});
