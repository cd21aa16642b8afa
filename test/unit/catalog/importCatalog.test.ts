import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importCatalog } from '../../../server/src/catalog/importCatalog';
import { writeCatalogJson } from '../../../server/src/catalog/catalogWriter';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { loadMarkdownCatalog } from '../../../server/src/catalog/markdownCatalog';
import type { CatalogEntry } from '../../../server/src/catalog/types';
import { FREE_TEXT_CODES, readSeed, SEED_FILES, seedUri } from './seedTables';

const MARKDOWN_SEEDS = [SEED_FILES.directus, SEED_FILES.authpi, SEED_FILES.contentful, SEED_FILES.statusOnly];

/** What a canonical catalog can carry of an entry (it has no variants and no source). */
function canonicalView(entry: CatalogEntry) {
  return [entry.code, entry.statuses, entry.title, entry.message, entry.aliases];
}

describe('importCatalog', () => {
  it('gives the same entries as indexing the Markdown seeds directly (000, 001, 002, 004)', () => {
    for (const name of MARKDOWN_SEEDS) {
      const text = readSeed(name);
      const imported = importCatalog(text, seedUri(name));
      const indexed = loadMarkdownCatalog(text, seedUri(name));
      assert.deepEqual(imported.entries, indexed.entries, name);
      assert.deepEqual(imported.problems, indexed.problems, name);
      assert.equal(imported.kind, indexed.kind, name);
      assert.deepEqual(imported.unplaced, [], name);
    }
  });

  it('imports the free text of seed 003 through the text importer: 8 codes', () => {
    const imported = importCatalog(readSeed(SEED_FILES.freeText), seedUri(SEED_FILES.freeText));
    assert.deepEqual(
      imported.entries.map((e) => [e.code, e.statuses]),
      FREE_TEXT_CODES.map(([code, statuses]) => [code, statuses]),
    );
    assert.equal(imported.unplaced.length, 6);
    assert.equal(imported.kind, 'codes');
  });

  it('imports canonical JSON and YAML with their own loaders', () => {
    const json = importCatalog('{ "errors": { "A": { "status": 400 } } }', 'file:///w/a.errors.json');
    assert.deepEqual(
      json.entries.map((e) => [e.code, e.source.format]),
      [['A', 'json']],
    );
    const yaml = importCatalog('errors:\n  B: { status: 401 }\n', 'file:///w/error-catalog.yml');
    assert.deepEqual(
      yaml.entries.map((e) => [e.code, e.source.format]),
      [['B', 'yaml']],
    );
  });
});

describe('writeCatalogJson', () => {
  it('writes canonical JSON with a 2-space indent that loads back', () => {
    const imported = importCatalog(readSeed(SEED_FILES.freeText), seedUri(SEED_FILES.freeText));
    const text = writeCatalogJson(imported.entries.slice(6), { schema: './error-catalog.schema.json' });
    assert.equal(
      text,
      `{
  "$schema": "./error-catalog.schema.json",
  "errors": {
    "SERVICE_UNAVAILABLE": {
      "status": 503,
      "title": "Service Unavailable",
      "description": "The server is not ready to handle the request. This may be due to a temporary overload or maintenance.\\n\\nExample scenario: The API is temporarily down for maintenance or experiencing a high load.\\n\\nAction: The service should be back online shortly. Please try your request again later. Check our status page for updates.",
      "message": "The service is temporarily unavailable. Please try again later."
    },
    "INSUFFICIENT_BALANCE": {
      "title": "Custom Business Logic Error",
      "message": "Your account balance is insufficient to complete this transaction."
    }
  }
}
`,
    );
  });

  it('round-trips every seed through the canonical format', () => {
    for (const name of Object.values(SEED_FILES)) {
      const imported = importCatalog(readSeed(name), seedUri(name));
      const written = writeCatalogJson(imported.entries, { kind: imported.kind, envelope: ['nested'] });
      const loaded = loadJsonCatalog(written, 'file:///w/error-catalog.json');
      assert.deepEqual(loaded.problems, [], name);
      assert.equal(loaded.kind, imported.kind, name);
      assert.deepEqual(loaded.envelope, ['nested']);
      assert.deepEqual(loaded.entries.map(canonicalView), imported.entries.map(canonicalView), name);
      for (const [index, entry] of imported.entries.entries()) {
        if (!entry.variants) assert.equal(loaded.entries[index].description, entry.description, entry.code);
      }
    }
  });

  it('keeps each variant description of a code under its status', () => {
    const contentful = importCatalog(readSeed(SEED_FILES.contentful), seedUri(SEED_FILES.contentful));
    const loaded = loadJsonCatalog(writeCatalogJson(contentful.entries), 'file:///w/error-catalog.json');
    const accessDenied = loaded.entries.find((e) => e.code === 'AccessDeniedError');
    assert.equal(
      accessDenied?.description,
      '- **403 Access Denied**: The user tried to access a resource that they do not have access to. This could include a missing role.\n' +
        '- **502 Hibernated**: The space has not been used for a long time and hence it has been hibernated, but it will reappear if the user begins using it again.',
    );
    assert.deepEqual(accessDenied?.statuses, [403, 502]);
  });
});
