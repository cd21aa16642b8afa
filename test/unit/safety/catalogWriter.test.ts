import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeCatalogJson } from '../../../server/src/catalog/catalogWriter';
import type { CatalogEntry } from '../../../server/src/catalog/types';

function entry(code: string, statuses: number[] = []): CatalogEntry {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    code,
    statuses,
    aliases: [],
    source: { uri: 'file:///docs/errors.md', range, format: 'markdown' },
  };
}

// Writing an imported catalog must not lose or reorder what the documentation stated.
describe('writing a catalog keeps every code, in order', () => {
  it('keeps codes named like properties every object has', () => {
    const written = writeCatalogJson([
      entry('toString', [400]),
      entry('constructor', [500]),
      entry('valueOf'),
    ]);
    assert.deepEqual(Object.keys(JSON.parse(written).errors), ['toString', 'constructor', 'valueOf']);
    assert.equal(JSON.parse(written).errors.toString.status, 400);
  });

  it('keeps integer codes where the document put them', () => {
    const written = writeCatalogJson([
      entry('RATE_LIMITED', [429]),
      entry('429', [429]),
      entry('404', [404]),
    ]);
    assert.equal(
      written,
      [
        '{',
        '  "errors": {',
        '    "RATE_LIMITED": {',
        '      "status": 429',
        '    },',
        '    "429": {',
        '      "status": 429',
        '    },',
        '    "404": {',
        '      "status": 404',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes the first of two entries with the same code', () => {
    const written = writeCatalogJson([entry('A', [400]), entry('A', [409])], {
      kind: 'codes',
      envelope: ['nested'],
    });
    assert.deepEqual(JSON.parse(written), { errors: { A: { status: 400 } }, envelope: 'nested' });
  });
});
