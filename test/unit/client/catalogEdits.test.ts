import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addEntries, editableFormat, type AddEntriesResult } from '../../../client/src/catalogEdits';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';

/** The result of an edit expected to succeed. */
function succeeded(result: AddEntriesResult) {
  if (result.error !== undefined) assert.fail(result.error);
  return result;
}

const FORBIDDEN = { code: 'FORBIDDEN', statuses: [403], description: 'You may not.' };

test('adds an entry under errors of a JSON catalog, keeping comments and the other entries', () => {
  const text = [
    '{',
    '  // our API',
    '  "envelope": "nested",',
    '  "errors": {',
    '    "NOT_FOUND": { "status": 404 }',
    '  }',
    '}',
  ].join('\n');
  const result = succeeded(addEntries(text, 'json', [FORBIDDEN]));
  assert.equal(
    result.text,
    [
      '{',
      '  // our API',
      '  "envelope": "nested",',
      '  "errors": {',
      '    "NOT_FOUND": { "status": 404 },',
      '    "FORBIDDEN": {',
      '      "status": 403,',
      '      "description": "You may not."',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  );
  assert.deepEqual(result.added, ['FORBIDDEN']);
});

test('an empty file becomes a canonical catalog that loads with the new entries', () => {
  const result = succeeded(
    addEntries('', 'json', [
      FORBIDDEN,
      {
        code: 'UNAVAILABLE',
        statuses: [502, 503],
        title: 'Unavailable',
        aliases: ['DOWN'],
        deprecated: true,
      },
      { code: 'NO_STATUS', statuses: [] },
    ]),
  );
  const loaded = loadJsonCatalog(result.text, 'file:///w/error-catalog.json');
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(
    loaded.entries.map(({ code, statuses, title, description, aliases, deprecated }) => ({
      code,
      statuses,
      title,
      description,
      aliases,
      deprecated,
    })),
    [
      {
        code: 'FORBIDDEN',
        statuses: [403],
        title: undefined,
        description: 'You may not.',
        aliases: [],
        deprecated: undefined,
      },
      {
        code: 'UNAVAILABLE',
        statuses: [502, 503],
        title: 'Unavailable',
        description: undefined,
        aliases: ['DOWN'],
        deprecated: true,
      },
      {
        code: 'NO_STATUS',
        statuses: [],
        title: undefined,
        description: undefined,
        aliases: [],
        deprecated: undefined,
      },
    ],
  );
});

test('a code the catalog already has is skipped, not overwritten', () => {
  const text = '{ "errors": { "FORBIDDEN": { "status": 401 } } }';
  const result = succeeded(addEntries(text, 'json', [FORBIDDEN, { code: 'GONE', statuses: [410] }]));
  assert.deepEqual(result.skipped, ['FORBIDDEN']);
  assert.deepEqual(result.added, ['GONE']);
  assert.deepEqual(JSON.parse(result.text), {
    errors: { FORBIDDEN: { status: 401 }, GONE: { status: 410 } },
  });
});

test('a JSON file that is not an object, or whose errors is not, is refused with a reason', () => {
  assert.deepEqual(addEntries('[1, 2]', 'json', [FORBIDDEN]), { error: 'The catalog is not a JSON object.' });
  assert.deepEqual(addEntries('{ "errors": [] }', 'json', [FORBIDDEN]), {
    error: 'The catalog\u2019s "errors" is not an object.',
  });
});

test('adds to a YAML catalog, keeping its comments', () => {
  const text = '# our API\nerrors:\n  NOT_FOUND:\n    status: 404 # the usual\n';
  const result = succeeded(addEntries(text, 'yaml', [FORBIDDEN]));
  assert.equal(
    result.text,
    '# our API\nerrors:\n  NOT_FOUND:\n    status: 404 # the usual\n  FORBIDDEN:\n    status: 403\n    description: You may not.\n',
  );
});

test('a YAML file that does not parse is refused, and an empty one gains errors', () => {
  const broken = addEntries('errors: [unclosed', 'yaml', [FORBIDDEN]);
  assert.match(broken.error ?? '', /^The catalog does not parse: /);
  const created = succeeded(addEntries('', 'yaml', [FORBIDDEN]));
  assert.equal(created.text, 'errors:\n  FORBIDDEN:\n    status: 403\n    description: You may not.\n');
});

test('only JSON and YAML catalogs are editable', () => {
  assert.equal(editableFormat('file:///w/error-catalog.json'), 'json');
  assert.equal(editableFormat('file:///w/api.errors.YML'), 'yaml');
  assert.equal(editableFormat('file:///w/docs/errors.md'), undefined);
});

test('an empty errors object gains the entry indented one level deeper', () => {
  const result = succeeded(
    addEntries('{\n\t"errors": {}\n}\n', 'json', [FORBIDDEN], {
      insertSpaces: false,
      tabSize: 4,
    }),
  );
  assert.equal(
    result.text,
    '{\n\t"errors": {\n\t\t"FORBIDDEN": {\n\t\t\t"status": 403,\n\t\t\t"description": "You may not."\n\t\t}\n\t}\n}\n',
  );
});
