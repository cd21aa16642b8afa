import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { writeCatalogJson } from '../../server/src/catalog/catalogWriter';
import { importCatalog } from '../../server/src/catalog/importCatalog';
import { loadJsonCatalog } from '../../server/src/catalog/jsonCatalog';
import { assertRangesInside } from '../helpers/textBounds';
import { markdownDocument } from './catalogShapes';
import { arbitraryText, mutatedDocument, readSeeds } from './documents';
import { formatStats, runFuzzTarget } from './harness';

const SEEDS = readSeeds('test/fixtures/seeds', (name) => name.endsWith('.txt'));

/** Words of free-text error documentation (seed 003) and the JSON examples it holds. */
const TEXT_TOKENS = [
  '400 Bad Request Client Error',
  '429 Too Many Requests',
  '503 Service Unavailable Server Error',
  '{',
  '}',
  '"error":',
  '"code":',
  '"INVALID_REQUEST"',
  '"__proto__"',
  '"toString"',
  '"message":',
  'Example Scenario',
  'Action:',
  '\n',
  '\n\n',
  ' ',
  ':',
  ',',
];

const URI = 'file:///workspace/docs/errors.txt';

// Documentation goes through the Markdown parser first: see the repeated-length bound of the
// Markdown loader's fuzz target.

test('import: any documentation imports, and the catalog written from it loads back whole', async (t) => {
  const stats = await runFuzzTarget({
    name: 'text import',
    arbitrary: fc.oneof(
      { weight: 2, arbitrary: arbitraryText(TEXT_TOKENS, 6_000) },
      { weight: 1, arbitrary: markdownDocument },
      { weight: 4, arbitrary: mutatedDocument(SEEDS, TEXT_TOKENS) },
    ),
    describe: (text) => text,
    check: (text) => {
      const imported = importCatalog(text, URI);
      assertRangesInside(text, imported);
      const written = writeCatalogJson(imported.entries, { kind: imported.kind });
      const reloaded = loadJsonCatalog(written, 'file:///workspace/error-catalog.json');
      // Documentation may write a code with a space (`` ### `not found` ``), which the canonical
      // format refuses: the written catalog then reports it, and keeps every other code.
      const codes = [...new Set(imported.entries.map((entry) => entry.code))];
      const refused = codes.filter((code) => /\s/.test(code));
      assert.deepEqual(
        reloaded.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.code),
        refused.map(() => 'invalid-code'),
        'the written catalog loads without errors but for codes with spaces',
      );
      assert.deepEqual(
        reloaded.entries.map((entry) => entry.code),
        codes.filter((code) => !refused.includes(code)),
        'every imported code is written once, in order',
      );
      const statuses = new Map(imported.entries.map((entry) => [entry.code, entry.statuses]));
      for (const entry of reloaded.entries) assert.deepEqual(entry.statuses, statuses.get(entry.code));
    },
  });
  t.diagnostic(formatStats(stats));
});
