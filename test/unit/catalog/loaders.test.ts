import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { findCatalogLoader, loadCatalogDocument } from '../../../server/src/catalog/loaders';
import { DEFAULT_CATALOG_GLOBS } from '../../../server/src/workspace/fileKinds';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { loadYamlCatalog } from '../../../server/src/catalog/yamlCatalog';
import { loadMarkdownCatalog } from '../../../server/src/catalog/markdownCatalog';

describe('catalog loaders', () => {
  it('finds the default catalog files with the default globs', () => {
    const isCatalog = picomatch([...DEFAULT_CATALOG_GLOBS]);
    const found = [
      'error-catalog.json',
      'packages/billing/error-catalog.json',
      'api.errors.json',
      'src/auth/auth.errors.json',
      'error-catalog.yaml',
      'api/error-catalog.yml',
      'billing.errors.yaml',
      'src/billing.errors.yml',
      'errors.md',
      'api/error-codes.md',
      'docs/errors.md',
      'docs/reference/errors-v2.md',
      'packages/auth/docs/error-codes-oauth.md',
    ];
    const ignored = [
      'package.json',
      'errors.json',
      'error-catalog.json.bak',
      'src/catalog.ts',
      'config.yaml',
      'errors.yml',
    ];
    assert.deepEqual(
      found.filter((path) => isCatalog(path)),
      found,
    );
    assert.deepEqual(
      ignored.filter((path) => isCatalog(path)),
      [],
    );
  });

  it('picks the JSON, YAML and Markdown loaders by file name', () => {
    assert.equal(findCatalogLoader('error-catalog.json'), loadJsonCatalog);
    assert.equal(findCatalogLoader('packages\\billing\\Billing.Errors.JSON'), loadJsonCatalog);
    assert.equal(findCatalogLoader('error-catalog.yaml'), loadYamlCatalog);
    assert.equal(findCatalogLoader('api/billing.errors.yml'), loadYamlCatalog);
    assert.equal(findCatalogLoader('docs/reference/errors.md'), loadMarkdownCatalog);
    assert.equal(findCatalogLoader('ERRORS.MD'), loadMarkdownCatalog);
    assert.equal(findCatalogLoader('docs/notes.txt'), undefined);
    assert.equal(findCatalogLoader('.json'), undefined);
  });

  it('loads a document with the loader its name calls for', () => {
    const uri = 'file:///w/api.errors.json';
    const result = loadCatalogDocument('api.errors.json', uri, '{ "errors": { "A": { "status": 418 } } }');
    assert.deepEqual(
      result?.entries.map((e) => [e.code, e.statuses, e.source.format]),
      [['A', [418], 'json']],
    );
    assert.equal(loadCatalogDocument('notes.txt', 'file:///w/notes.txt', 'A 418'), undefined);
  });
});
