import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeSource } from '../../server/src/analysis/analyzeSource';
import { createDocumentAnalyzer } from '../../server/src/analysis/documentAnalyzer';
import { fragment, mutatedDocument } from './documents';
import { formatStats, runFuzzTarget } from './harness';
import { handlerSource, SOURCE_SEEDS, SOURCE_TOKENS } from './sourceShapes';

const URI = 'file:///workspace/src/edited.ts';

/** One keystroke-sized edit: replace `length` characters at `at` (both taken modulo the text). */
const edit = fc.record({
  at: fc.nat(),
  length: fc.integer({ min: 0, max: 12 }),
  text: fc.oneof(fc.constant(''), fragment(SOURCE_TOKENS)),
});

function applyEdit(text: string, change: { at: number; length: number; text: string }): string {
  const at = change.at % (text.length + 1);
  return text.slice(0, at) + change.text + text.slice(at + change.length);
}

test('incremental analysis: a document edited step by step gives the models of a full parse', async (t) => {
  const stats = await runFuzzTarget({
    name: 'incremental analysis',
    arbitrary: fc.record({
      start: fc.oneof(handlerSource, mutatedDocument(SOURCE_SEEDS, SOURCE_TOKENS)),
      edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
    }),
    describe: ({ start, edits }) => `${start}\n/* then ${JSON.stringify(edits)} */`,
    check: ({ start, edits }) => {
      // Routes read too: what a keystroke leaves must be what a full analysis reads, routes included.
      const options = { routes: true };
      const analyzer = createDocumentAnalyzer(options);
      let text = start;
      analyzer.analyze({ uri: URI, version: 0, text });
      edits.forEach((change, index) => {
        text = applyEdit(text, change);
        const incremental = analyzer.analyze({ uri: URI, version: index + 1, text });
        assert.deepEqual(
          incremental,
          analyzeSource({ uri: URI, version: index + 1, text }, options),
          `after edit ${index + 1}`,
        );
      });
    },
  });
  t.diagnostic(formatStats(stats));
});
