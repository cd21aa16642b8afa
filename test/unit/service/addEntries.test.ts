import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { addCatalogEntries, type EntryToAdd } from '../../../server/src/service/edits/addEntries';
import { applyTextEdits } from '../../helpers/edits';

const JSON_URI = 'file:///w/error-catalog.json';
const YAML_URI = 'file:///w/error-catalog.yaml';

/** The catalog's text once the entries are written, with which were added and which skipped. */
function addEntries(text: string, format: 'json' | 'yaml', entries: EntryToAdd[]) {
  const uri = format === 'json' ? JSON_URI : YAML_URI;
  const result = addCatalogEntries(uri, text, entries);
  if (result.error !== undefined) return { error: result.error };
  return { text: applyTextEdits(text, result.edits, uri), added: result.added, skipped: result.skipped };
}

/** The result of an edit expected to succeed. */
function succeeded(result: ReturnType<typeof addEntries>) {
  if (result.error !== undefined) assert.fail(result.error);
  return result as { text: string; added: string[]; skipped: string[] };
}

const FORBIDDEN = { code: 'FORBIDDEN', statuses: [403], description: 'You may not.' };

test('adds an entry under errors of a JSON catalog in code order, keeping every other byte', () => {
  const text = [
    '{',
    '  "envelope":   "nested",',
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
      '  "envelope":   "nested",',
      '  "errors": {',
      '    "FORBIDDEN": {',
      '      "status": 403,',
      '      "description": "You may not."',
      '    },',
      '    "NOT_FOUND": { "status": 404 }',
      '  }',
      '}',
    ].join('\n'),
  );
  assert.deepEqual(result.added, ['FORBIDDEN']);
});

test('an empty file becomes a canonical catalog that loads with the new entries, in code order', () => {
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
        code: 'NO_STATUS',
        statuses: [],
        title: undefined,
        description: undefined,
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
  const noPlace = { error: 'The catalog has no `errors` mapping that entries can be added to.' };
  assert.deepEqual(addEntries('[1, 2]', 'json', [FORBIDDEN]), noPlace);
  assert.deepEqual(addEntries('{ "errors": [] }', 'json', [FORBIDDEN]), noPlace);
  assert.deepEqual(addEntries('{ // a comment\n}', 'json', [FORBIDDEN]), {
    error: 'The catalog has syntax errors; fix them before adding codes to it.',
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
  assert.deepEqual(addEntries('errors: [unclosed', 'yaml', [FORBIDDEN]), {
    error: 'The catalog has syntax errors; fix them before adding codes to it.',
  });
  const created = succeeded(addEntries('', 'yaml', [FORBIDDEN]));
  assert.equal(created.text, 'errors:\n  FORBIDDEN:\n    status: 403\n    description: You may not.\n');
});

test('only JSON and YAML catalogs are written to', () => {
  assert.deepEqual(addCatalogEntries('file:///w/docs/errors.md', '# Errors\n', [FORBIDDEN]), {
    error: 'Only JSON and YAML catalogs can be written to.',
  });
  assert.equal(addCatalogEntries('file:///w/api.errors.YML', '', [FORBIDDEN]).error, undefined);
});

test('an empty errors object gains the entry indented one level deeper, with the file\u2019s tabs', () => {
  const result = succeeded(addEntries('{\n\t"errors": {}\n}\n', 'json', [FORBIDDEN]));
  assert.equal(
    result.text,
    '{\n\t"errors": {\n\t\t"FORBIDDEN": {\n\t\t\t"status": 403,\n\t\t\t"description": "You may not."\n\t\t}\n\t}\n}\n',
  );
});
