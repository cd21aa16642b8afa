import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeSource } from '../../server/src/analysis/analyzeSource';
import { assertRangesInside } from '../helpers/textBounds';
import { arbitraryText, mutatedDocument } from './documents';
import { formatStats, runFuzzTarget } from './harness';
import { analysisOptions, handlerSource, SOURCE_SEEDS, SOURCE_TOKENS, sourceUri } from './sourceShapes';

/**
 * Repeated-token inputs up to 30 KB: long enough for superlinear parsing to show (nested `async`
 * once took an hour at 250 characters, see asyncLookahead.ts), short enough for 10,000 cases.
 */
const MAX_REPEATED_SOURCE = 30_000;

const sourceText = fc.oneof(
  { weight: 2, arbitrary: arbitraryText(SOURCE_TOKENS, MAX_REPEATED_SOURCE) },
  { weight: 2, arbitrary: handlerSource },
  {
    weight: 1,
    arbitrary: handlerSource.chain((text) => mutatedDocument([{ name: 'handler', text }], SOURCE_TOKENS)),
  },
  { weight: 4, arbitrary: mutatedDocument(SOURCE_SEEDS, SOURCE_TOKENS) },
);

test('analyser: any text, generated handlers and mutated fixtures, with declared extensions', async (t) => {
  const stats = await runFuzzTarget({
    name: 'analyser',
    arbitrary: fc.record({
      text: sourceText,
      uri: sourceUri,
      options: fc.option(analysisOptions, { freq: 4 }),
    }),
    describe: (input) => input.text,
    check: ({ text, uri, options }) => {
      const model = analyzeSource({ uri, version: 1, text }, options ?? {});
      assert.equal(model.uri, uri);
      assertRangesInside(text, model);
      for (const reference of model.references) {
        assert.ok(reference.code.length > 0, 'a reference has a code');
      }
      // The analysis keeps no state between documents: the same text gives the same model.
      assert.deepEqual(analyzeSource({ uri, version: 1, text }, options ?? {}), model);
    },
  });
  t.diagnostic(formatStats(stats));
});
