import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { parseMarkers } from '../../helpers/markers';

const URI = 'file:///workspace/error-catalog.json';

function load(marked: string) {
  const fixture = parseMarkers(marked, URI, 'json');
  return { result: loadJsonCatalog(fixture.text, URI), ranges: fixture.ranges() };
}

describe('loadJsonCatalog', () => {
  it('reads every field of an entry and the key range without quotes', () => {
    const { result, ranges } = load(`{
  "errors": {
    "[[FORBIDDEN]]": {
      "status": 403,
      "title": "Forbidden",
      "description": "You may not do **this**.",
      "aliases": ["NOT_ALLOWED"],
      "deprecated": "use ACCESS_DENIED",
      "docs": "https://example.com/errors#forbidden"
    },
    "[[GONE]]": { "status": [404, 410], "deprecated": true }
  },
  "envelope": "nested",
  "include": ["packages/*/error-catalog.json"]
}`);
    assert.deepEqual(result.problems, []);
    assert.equal(result.parsed, true);
    assert.equal(result.kind, 'codes');
    assert.deepEqual(result.entries, [
      {
        code: 'FORBIDDEN',
        statuses: [403],
        title: 'Forbidden',
        description: 'You may not do **this**.',
        aliases: ['NOT_ALLOWED'],
        deprecated: 'use ACCESS_DENIED',
        docs: 'https://example.com/errors#forbidden',
        source: { uri: URI, range: ranges[0], format: 'json' },
      },
      {
        code: 'GONE',
        statuses: [404, 410],
        aliases: [],
        deprecated: true,
        source: { uri: URI, range: ranges[1], format: 'json' },
      },
    ]);
    assert.deepEqual(result.envelope, ['nested']);
    assert.deepEqual(result.include, ['packages/*/error-catalog.json']);
    assert.deepEqual(ranges[0], { start: { line: 2, character: 5 }, end: { line: 2, character: 14 } });
  });

  it('reads envelope lists and the envelope and carrier extension rows', () => {
    const { result } = load(`{
  "envelope": ["nested", "problem"],
  "envelopes": [{ "name": "wrapped", "codePath": ["failure", "kind"], "statusPath": ["failure", "http"] }],
  "carriers": [{ "callee": "sendError", "statusArgument": 1, "bodyArgument": 2 }]
}`);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.envelope, ['nested', 'problem']);
    assert.deepEqual(result.envelopes, [
      { name: 'wrapped', codePath: ['failure', 'kind'], statusPath: ['failure', 'http'] },
    ]);
    assert.deepEqual(result.carriers, [{ callee: 'sendError', statusArgument: 1, bodyArgument: 2 }]);
    assert.deepEqual(result.entries, []);
  });

  it('reads the built-in vocabularies a catalog takes in, and names an unknown one at its place', () => {
    const { result, ranges } = load(`{
  "standards": ["oauth2", "[[oauth1]]", "oauth2"],
  "errors": { "ORDER_NOT_FOUND": { "status": 404 } }
}`);
    assert.deepEqual(result.standards, ['oauth2']);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.range, p.message]),
      [
        [
          'unknown-standard',
          ranges[0],
          "No built-in vocabulary is named 'oauth1'. Known: oauth2, apollo-server.",
        ],
      ],
    );
  });

  it('reads a status-only catalog and example messages', () => {
    const { result } = load(`{
  "kind": "statuses",
  "errors": { "404": { "status": 404, "title": "Not Found", "message": "No such thing." } }
}`);
    assert.deepEqual(result.problems, []);
    assert.equal(result.kind, 'statuses');
    assert.equal(result.entries[0].message, 'No such thing.');
    const wrong = load(`{ "kind": [["status"]] }`);
    assert.deepEqual(
      wrong.result.problems.map((p) => [p.code, p.message, p.range]),
      [['wrong-type', '`kind` must be `"codes"` or `"statuses"`, not a string.', wrong.ranges[0]]],
    );
    assert.equal(wrong.result.kind, 'codes');
  });

  it('reports a syntax error where it is and marks the result unparsed', () => {
    const { result, ranges } = load(`{
  "errors": {
    "FORBIDDEN": { "status": 403 }[[]]
    "GONE": { "status": 410 }
  }
}`);
    assert.equal(result.parsed, false);
    assert.deepEqual(result.entries, []);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].code, 'malformed-json');
    assert.equal(result.problems[0].severity, 'error');
    assert.equal(result.problems[0].message, 'A comma is expected here: the catalog is not valid JSON.');
    const start = ranges[0].start;
    assert.deepEqual(result.problems[0].range, {
      start: { line: start.line + 1, character: 4 },
      end: { line: start.line + 1, character: 10 },
    });
  });

  it('treats comments and trailing commas as syntax errors', () => {
    const { result, ranges } = load(`{ "errors": {} [[// why]]
}`);
    assert.equal(result.parsed, false);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.range]),
      [['malformed-json', ranges[0]]],
    );
    const trailing = load(`{ "errors": {}[[,]] }`);
    assert.equal(trailing.result.parsed, false);
    assert.equal(trailing.result.problems[0].code, 'malformed-json');
  });

  it('reports statuses outside 100-599 and keeps the valid ones', () => {
    const { result, ranges } = load(`{ "errors": {
  "A": { "status": [[99]] },
  "B": { "status": [403, [[600]], [[403.5]], 403] }
} }`);
    assert.equal(result.parsed, true);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.range]),
      [
        [
          'status-out-of-range',
          '99 is not an HTTP status: a status is a whole number from 100 to 599.',
          ranges[0],
        ],
        [
          'status-out-of-range',
          '600 is not an HTTP status: a status is a whole number from 100 to 599.',
          ranges[1],
        ],
        [
          'status-out-of-range',
          '403.5 is not an HTTP status: a status is a whole number from 100 to 599.',
          ranges[2],
        ],
      ],
    );
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses]),
      [
        ['A', []],
        ['B', [403]],
      ],
    );
  });

  it('reports wrong field types at the value and keeps the entry', () => {
    const { result, ranges } = load(`{ "errors": {
  "A": { "status": [["403"]], "title": [[7]], "aliases": [[["B", [[1]]]]], "deprecated": [[null]] },
  "C": [[42]]
}, "include": [["x"]] }`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.range]),
      [
        ['wrong-type', ranges[0]],
        ['wrong-type', ranges[1]],
        ['wrong-type', ranges[3]],
        ['wrong-type', ranges[4]],
        ['wrong-type', ranges[5]],
        ['wrong-type', ranges[6]],
      ],
    );
    assert.equal(
      result.problems[0].message,
      '`status` must be a status number or an array of them, not a string.',
    );
    assert.equal(result.problems[1].message, '`title` must be a string, not a number.');
    assert.equal(result.problems[2].message, 'Every item of `aliases` must be a string, not a number.');
    assert.equal(
      result.problems[4].message,
      '`C` must be an object with the entry fields (`status`, `title`, `description`, ...), not a number.',
    );
    assert.equal(result.problems[5].message, '`include` must be an array of strings, not a string.');
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.title, e.aliases]),
      [
        ['A', [], undefined, ['B']],
        ['C', [], undefined, []],
      ],
    );
  });

  it('reports a root that is not an object', () => {
    const { result, ranges } = load(`[["just text"]]`);
    assert.equal(result.parsed, true);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.range]),
      [['wrong-type', ranges[0]]],
    );
  });

  it('warns about fields the schema does not know, at the key', () => {
    const { result, ranges } = load(`{ "$schema": "./schema.json", "[[errorz]]": {}, "errors": {
  "A": { "status": 400, "[[severity]]": "high" }
}, "envelopes": [{ "name": "x", "codePath": ["code"], "[[kind]]": 1 }] }`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.severity, p.range]),
      [
        ['unknown-field', 'warning', ranges[0]],
        ['unknown-field', 'warning', ranges[1]],
        ['unknown-field', 'warning', ranges[2]],
      ],
    );
    assert.equal(
      result.problems[0].message,
      'Unknown field `errorz` in the catalog; the known fields are `$schema`, `kind`, `errors`, `envelope`, `include`, `standards`, `envelopes`, `carriers`.',
    );
    assert.equal(result.entries[0].statuses[0], 400);
  });

  it('reports aliases that collide with a code or with another alias', () => {
    const { result, ranges } = load(`{ "errors": {
  "FORBIDDEN": { "aliases": ["DENIED", "[[GONE]]"] },
  "GONE": { "aliases": ["[[DENIED]]"] }
} }`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.range]),
      [
        ['alias-collides-with-code', 'The alias `GONE` of FORBIDDEN is also an error code.', ranges[0]],
        ['duplicate-alias', 'The alias `DENIED` of GONE is already an alias of FORBIDDEN.', ranges[1]],
      ],
    );
  });

  it('reports a code defined twice and keeps the first', () => {
    const { result, ranges } = load(`{ "errors": {
  "A": { "status": 400 },
  "[[A]]": { "status": 401 },
  "[[]]": {}
} }`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.range]),
      [
        ['duplicate-code', '`A` is already defined on line 2; this second definition is ignored.', ranges[0]],
        [
          'invalid-code',
          '`` is not a usable error code: a code is a non-empty name without spaces.',
          ranges[1],
        ],
      ],
    );
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses]),
      [['A', [400]]],
    );
  });

  it('reports envelope and carrier rows that lack required fields', () => {
    const { result, ranges } = load(`{
  "envelopes": [ [[{ "codePath": ["code"] }]], [[7]]],
  "carriers": [ [[{ "statusArgument": 1 }]], { "callee": "fail", "statusArgument": [[-1]] }]
}`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.range]),
      [
        ['missing-field', 'This row needs a `name` field.', ranges[0]],
        ['wrong-type', 'Every item of `envelopes` must be an object: an envelope row.', ranges[1]],
        ['missing-field', 'This row needs a `callee` field.', ranges[2]],
        ['wrong-type', '`statusArgument` must be a whole number from 0, not a number.', ranges[3]],
      ],
    );
    assert.deepEqual(result.envelopes, []);
    assert.deepEqual(result.carriers, [{ callee: 'fail' }]);
  });
});
