import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadMarkdownCatalog } from '../../../server/src/catalog/markdownCatalog';
import type { CatalogLoadResult } from '../../../server/src/catalog/types';
import {
  AUTHPI_CODES,
  CONTENTFUL_ROWS,
  DIRECTUS_CODES,
  readSeed,
  SEED_FILES,
  seedUri,
  STATUS_ROWS,
} from './seedTables';

function loadSeed(name: string): { result: CatalogLoadResult; document: TextDocument } {
  const text = readSeed(name);
  const uri = seedUri(name);
  return { result: loadMarkdownCatalog(text, uri), document: TextDocument.create(uri, 'markdown', 1, text) };
}

/** Every entry's source range covers exactly the code as the document writes it. */
function assertRangesCoverCodes({ result, document }: ReturnType<typeof loadSeed>) {
  for (const entry of result.entries) {
    assert.equal(document.getText(entry.source.range), entry.code, `range of ${entry.code}`);
    assert.equal(entry.source.format, 'markdown');
    assert.equal(entry.source.uri, document.uri);
  }
}

describe('Markdown seeds', () => {
  it('000 (Directus): a code/status/description table gives 14 codes', () => {
    const seed = loadSeed(SEED_FILES.directus);
    const { result } = seed;
    assert.deepEqual(result.problems, []);
    assert.equal(result.kind, 'codes');
    assert.equal(result.entries.length, 14);
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.description]),
      DIRECTUS_CODES,
    );
    assertRangesCoverCodes(seed);
    assert.deepEqual(result.entries[1].source.range, {
      start: { line: 10, character: 3 },
      end: { line: 10, character: 12 },
    });
  });

  it('001 (AuthPI): a heading per code gives 11 codes, both codes of a shared heading with its status', () => {
    const seed = loadSeed(SEED_FILES.authpi);
    const { result } = seed;
    assert.deepEqual(result.problems, []);
    assert.equal(result.entries.length, 11);
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.title, e.description]),
      AUTHPI_CODES,
    );
    const insufficientScope = result.entries.find((e) => e.code === 'insufficient_scope');
    const accessDenied = result.entries.find((e) => e.code === 'access_denied');
    assert.deepEqual(insufficientScope?.statuses, [403]);
    assert.deepEqual(accessDenied?.statuses, [403]);
    assertRangesCoverCodes(seed);
    assert.deepEqual(insufficientScope?.source.range, {
      start: { line: 24, character: 23 },
      end: { line: 24, character: 41 },
    });
  });

  it('002 (Contentful): statuses with reasons, one entry per code with each row as a variant', () => {
    const seed = loadSeed(SEED_FILES.contentful);
    const { result, document } = seed;
    assert.deepEqual(result.problems, []);
    const expectedCodes = [...new Set(CONTENTFUL_ROWS.map(([code]) => code))];
    assert.deepEqual(
      result.entries.map((e) => e.code),
      expectedCodes,
    );
    for (const entry of result.entries) {
      const rows = CONTENTFUL_ROWS.filter(([code]) => code === entry.code);
      assert.deepEqual(entry.statuses, [...new Set(rows.map(([, status]) => status))], entry.code);
      assert.equal(entry.title, rows[0][2], entry.code);
      assert.equal(entry.description, rows[0][3], entry.code);
      if (rows.length === 1) {
        assert.equal(entry.variants, undefined, entry.code);
        continue;
      }
      assert.deepEqual(
        entry.variants?.map((v) => [entry.code, v.status, v.title, v.description]),
        rows,
      );
      for (const variant of entry.variants ?? []) assert.equal(document.getText(variant.range), entry.code);
    }
    const accessDenied = result.entries.find((e) => e.code === 'AccessDeniedError');
    assert.deepEqual(accessDenied?.statuses, [403, 502]);
    assert.deepEqual(
      accessDenied?.variants?.map((v) => v.range.start.line),
      [18, 26],
    );
    assertRangesCoverCodes(seed);
  });

  it('004 (status-only): the 13 statuses are the catalog', () => {
    const { result, document } = loadSeed(SEED_FILES.statusOnly);
    assert.deepEqual(result.problems, []);
    assert.equal(result.kind, 'statuses');
    assert.equal(result.entries.length, 13);
    assert.deepEqual(
      result.entries.map((e) => [e.statuses[0], e.title, e.description]),
      STATUS_ROWS,
    );
    for (const entry of result.entries) {
      assert.equal(entry.code, String(entry.statuses[0]));
      assert.equal(entry.statuses.length, 1);
      assert.equal(document.getText(entry.source.range), entry.code);
    }
    const notFound = result.entries.find((e) => e.code === '404');
    assert.equal(notFound?.title, 'Not Found');
    assert.equal(notFound?.description, 'The requested resource could not be found.');
  });
});
