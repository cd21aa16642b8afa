import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Catalog } from '../../../server/src/catalog/catalog';
import type { CatalogEntry, CatalogLoadResult } from '../../../server/src/catalog/types';
import { describeGovernance, governanceOf, isGoverned } from '../../../server/src/service/governance';

const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function entry(code: string, uri: string, format: CatalogEntry['source']['format']): CatalogEntry {
  return { code, statuses: [404], aliases: [], source: { uri, range: ORIGIN, format } };
}

function document(uri: string, entries: CatalogEntry[], extra: Partial<CatalogLoadResult> = {}) {
  return { uri, result: { entries, problems: [], kind: 'codes' as const, parsed: true, ...extra } };
}

const show = (uri: string) => uri.replace('file:///api/', '');

test('names each catalog file with its format and code count, the codes source adds and the standards', () => {
  const docs = document(
    'file:///api/docs/errors.md',
    [entry('A', 'file:///api/docs/errors.md', 'markdown')],
    {
      standards: ['oauth2'],
    },
  );
  const statuses = document(
    'file:///api/statuses.yaml',
    [entry('404', 'file:///api/statuses.yaml', 'yaml')],
    {
      kind: 'statuses',
    },
  );
  const source = document('file:///api/src/codes.ts', [
    entry('A', 'file:///api/src/codes.ts', 'typescript'),
    entry('B', 'file:///api/src/codes.ts', 'typescript'),
    entry('C', 'file:///api/src/codes.ts', 'typescript'),
  ]);
  const one = Catalog.from([docs, source]);
  const two = Catalog.from([docs, statuses, source]);
  const governance = governanceOf([one, two, one]);
  assert.deepEqual(governance, {
    files: [
      { uri: 'file:///api/docs/errors.md', format: 'markdown', kind: 'codes', codes: 1 },
      { uri: 'file:///api/statuses.yaml', format: 'yaml', kind: 'statuses', codes: 1 },
    ],
    sourceCodes: 2,
    standards: ['oauth2'],
  });
  assert.equal(
    describeGovernance(governance, show),
    'Catalogs: docs/errors.md (markdown, 1 code), statuses.yaml (yaml, statuses only); 2 codes defined in source; standard vocabularies: oauth2.',
  );
});

test('says plainly when codes defined in source act as the catalog, and when nothing governs', () => {
  const source = Catalog.from([
    document('file:///api/src/codes.ts', [entry('GONE', 'file:///api/src/codes.ts', 'typescript')]),
  ]);
  const actsAsCatalog = governanceOf([source]);
  assert.equal(isGoverned(actsAsCatalog), true);
  assert.equal(
    describeGovernance(actsAsCatalog, show),
    'No catalog file governs these files: the 1 code defined in source (code enums, createError(...) calls, code-to-status maps) act as the catalog.',
  );
  const nothing = governanceOf([Catalog.from([])]);
  assert.equal(isGoverned(nothing), false);
  assert.equal(
    describeGovernance(nothing, show),
    'No error catalog governs these files: no code was checked against one.',
  );
});
