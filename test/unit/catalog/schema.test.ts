import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { CATALOG_FIELDS } from '../../../server/src/catalog/canonicalCatalog';
import { ENTRY_FIELDS } from '../../../server/src/catalog/canonicalEntry';
import { writeCatalogJson } from '../../../server/src/catalog/catalogWriter';
import { importCatalog } from '../../../server/src/catalog/importCatalog';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { loadYamlCatalog } from '../../../server/src/catalog/yamlCatalog';
import { readSeed, SEED_FILES, seedUri } from './seedTables';

const ROOT = join(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/error-catalog.schema.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function fixture(name: string): string {
  return readFileSync(join(ROOT, 'test/fixtures/catalog', name), 'utf8');
}

function compileSchema() {
  const ajv = new Ajv({ allErrors: true });
  // VS Code's own schema keywords: editors read them, validators ignore them.
  ajv.addVocabulary(['markdownDescription', 'defaultSnippets']);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(schema);
}

describe('error-catalog.schema.json', () => {
  const validate = compileSchema();

  it('accepts the example catalogs, JSON and YAML, which the loaders read without problems', () => {
    for (const name of ['error-catalog.json', 'billing.errors.json', 'statuses.errors.json']) {
      const text = fixture(name);
      assert.equal(validate(JSON.parse(text)), true, `${name}: ${JSON.stringify(validate.errors)}`);
      assert.deepEqual(loadJsonCatalog(text, `file:///w/${name}`).problems, [], name);
    }
    const yaml = fixture('error-catalog.yaml');
    assert.equal(validate(parseYaml(yaml)), true, JSON.stringify(validate.errors));
    assert.deepEqual(loadYamlCatalog(yaml, 'file:///w/error-catalog.yaml').problems, [], 'yaml');
  });

  it('accepts every seed once imported and written as a canonical catalog', () => {
    for (const name of Object.values(SEED_FILES)) {
      const imported = importCatalog(readSeed(name), seedUri(name));
      const written = writeCatalogJson(imported.entries, { kind: imported.kind, schema: './schema.json' });
      assert.equal(validate(JSON.parse(written)), true, `${name}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects what the loader reports: a status out of range, a wrong type, unknown fields, a row without its name', () => {
    const text = fixture('invalid.errors.json');
    assert.equal(validate(JSON.parse(text)), false);
    const failures = new Set(
      (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.keyword}`),
    );
    for (const expected of [
      '/errors/TOO_HIGH/status maximum',
      '/errors/TEXT_STATUS/status type',
      '/errors/TYPO additionalProperties',
      '/envelopes/0 required',
      '/ additionalProperties',
    ]) {
      assert.ok(failures.has(expected), `${expected} in ${[...failures].join(', ')}`);
    }
    assert.deepEqual(
      loadJsonCatalog(text, 'file:///w/invalid.errors.json').problems.map((p) => p.code),
      ['status-out-of-range', 'wrong-type', 'unknown-field', 'missing-field', 'unknown-field'],
    );
  });

  it('defines exactly the fields the loaders read', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CATALOG_FIELDS].sort());
    assert.deepEqual(Object.keys(schema.definitions.entry.properties).sort(), [...ENTRY_FIELDS].sort());
  });

  it('is wired to the catalog file names in package.json', () => {
    assert.deepEqual(packageJson.contributes.jsonValidation, [
      { fileMatch: ['error-catalog.json', '*.errors.json'], url: './schemas/error-catalog.schema.json' },
    ]);
  });
});
