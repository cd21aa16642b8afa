import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { loadYamlCatalog } from '../../../server/src/catalog/yamlCatalog';
import { parseMarkers } from '../../helpers/markers';

const URI = 'file:///workspace/error-catalog.yaml';

function load(marked: string) {
  const fixture = parseMarkers(marked, URI, 'yaml');
  return { result: loadYamlCatalog(fixture.text, URI), ranges: fixture.ranges() };
}

describe('loadYamlCatalog', () => {
  it('reads every field of an entry, key ranges without quotes', () => {
    const { result, ranges } = load(`# The API's errors
errors:
  [[FORBIDDEN]]:
    status: 403
    title: Forbidden
    description: |
      You may not do **this**.
    aliases: [NOT_ALLOWED]
    deprecated: use ACCESS_DENIED
    docs: https://example.com/errors#forbidden
  "[[GONE]]":
    status: [404, 410]
    deprecated: true
  '[[429]]': {}
envelope: nested
include:
  - packages/*/error-catalog.yaml
`);
    assert.deepEqual(result.problems, []);
    assert.equal(result.parsed, true);
    assert.deepEqual(result.entries, [
      {
        code: 'FORBIDDEN',
        statuses: [403],
        title: 'Forbidden',
        description: 'You may not do **this**.\n',
        aliases: ['NOT_ALLOWED'],
        deprecated: 'use ACCESS_DENIED',
        docs: 'https://example.com/errors#forbidden',
        source: { uri: URI, range: ranges[0], format: 'yaml' },
      },
      {
        code: 'GONE',
        statuses: [404, 410],
        aliases: [],
        deprecated: true,
        source: { uri: URI, range: ranges[1], format: 'yaml' },
      },
      { code: '429', statuses: [], aliases: [], source: { uri: URI, range: ranges[2], format: 'yaml' } },
    ]);
    assert.deepEqual(result.envelope, ['nested']);
    assert.deepEqual(result.include, ['packages/*/error-catalog.yaml']);
    assert.deepEqual(ranges[1], { start: { line: 10, character: 3 }, end: { line: 10, character: 7 } });
  });

  it('reports a syntax error where it is and marks the result unparsed', () => {
    const { result, ranges } = load(`errors:
  FORBIDDEN:
    status: 403
   [[title]]: Forbidden
`);
    assert.equal(result.parsed, false);
    assert.deepEqual(result.entries, []);
    assert.equal(result.problems[0].code, 'malformed-yaml');
    assert.equal(result.problems[0].range.start.line, ranges[0].start.line);
    assert.match(result.problems[0].message, /: the catalog is not valid YAML\.$/);
  });

  it('reports the same schema problems as the JSON loader, at the YAML ranges', () => {
    const { result, ranges } = load(`errors:
  A:
    status: [ [[99]] ]
    [[severity]]: high
    aliases: [ [[B]] ]
  B:
    status: [["403"]]
  C:
    aliases: [ [[D]] ]
    title: [[7]]
  E:
    aliases: [ [[D]] ]
  [[F]]:
`);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.range]),
      [
        [
          'status-out-of-range',
          '99 is not an HTTP status: a status is a whole number from 100 to 599.',
          ranges[0],
        ],
        ['unknown-field', result.problems[1].message, ranges[1]],
        ['wrong-type', '`status` must be a status number or an array of them, not a string.', ranges[3]],
        ['wrong-type', '`title` must be a string, not a number.', ranges[5]],
        [
          'wrong-type',
          '`F` must be an object with the entry fields (`status`, `title`, `description`, ...), not nothing.',
          ranges[7],
        ],
        ['alias-collides-with-code', 'The alias `B` of A is also an error code.', ranges[2]],
        ['duplicate-alias', 'The alias `D` of E is already an alias of C.', ranges[6]],
      ],
    );
    assert.equal(result.problems[1].severity, 'warning');
  });

  it('reads the same catalog as the equivalent JSON', () => {
    const yaml = loadYamlCatalog(
      `errors:
  FORBIDDEN: { status: 403, title: Forbidden, aliases: [DENIED] }
  GONE: { status: [404, 410], deprecated: use NOT_FOUND }
envelope: [nested, problem]
envelopes:
  - { name: wrapped, codePath: [failure, kind], messagePath: [failure, text] }
carriers:
  - { callee: sendError, statusArgument: 1, codeArgument: 0 }
`,
      URI,
    );
    const json = loadJsonCatalog(
      JSON.stringify({
        errors: {
          FORBIDDEN: { status: 403, title: 'Forbidden', aliases: ['DENIED'] },
          GONE: { status: [404, 410], deprecated: 'use NOT_FOUND' },
        },
        envelope: ['nested', 'problem'],
        envelopes: [{ name: 'wrapped', codePath: ['failure', 'kind'], messagePath: ['failure', 'text'] }],
        carriers: [{ callee: 'sendError', statusArgument: 1, codeArgument: 0 }],
      }),
      URI,
    );
    const withoutSource = (r: typeof yaml) => ({
      ...r,
      entries: r.entries.map(({ source: _, ...rest }) => rest),
    });
    assert.deepEqual(withoutSource(yaml), withoutSource(json));
    assert.equal(yaml.entries.length, 2);
  });

  it('follows aliases to scalars and refuses aliases to collections', () => {
    const { result, ranges } = load(`errors:
  A: { status: 403, description: &shared Not allowed. }
  B: { status: 403, description: *shared, aliases: &list [X] }
  C: { aliases: [[*list]] }
`);
    assert.equal(result.entries[1].description, 'Not allowed.');
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.message, p.range]),
      [['wrong-type', '`aliases` must be an array of strings, not an unsupported value.', ranges[0]]],
    );
    assert.deepEqual(result.entries[1].aliases, ['X']);
  });

  it('follows each alias to the last anchor of its name before it, and leaves unknown ones out', () => {
    const result = loadYamlCatalog(
      `errors:
  A: { status: 403, description: &text First. }
  B: { status: 403, description: *text }
  C: { status: 404, description: &text Second. }
  D: { status: 404, description: *text }
  E: { status: 410, description: *missing }
`,
      URI,
    );
    assert.deepEqual(
      result.entries.map((entry) => [entry.code, entry.description]),
      [
        ['A', 'First.'],
        ['B', 'First.'],
        ['C', 'Second.'],
        ['D', 'Second.'],
        ['E', undefined],
      ],
    );
  });

  it('reads a catalog of thousands of aliases, each resolved', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `  C${i}: { status: 400, description: *d }`);
    const result = loadYamlCatalog(
      `errors:\n  BASE: { status: 400, description: &d Shared. }\n${entries.join('\n')}\n`,
      URI,
    );
    assert.deepEqual(result.problems, []);
    assert.equal(result.entries.length, 3001);
    assert.ok(result.entries.every((entry) => entry.description === 'Shared.'));
  });

  it('reads a file holding only comments as an empty catalog', () => {
    const result = loadYamlCatalog('# nothing yet\n', URI);
    assert.equal(result.parsed, true);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.severity]),
      [['empty-catalog', 'warning']],
    );
  });
});
