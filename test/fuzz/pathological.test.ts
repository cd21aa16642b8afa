import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeSource } from '../../server/src/analysis/analyzeSource';
import { createDocumentAnalyzer } from '../../server/src/analysis/documentAnalyzer';
import { loadMarkdownCatalog } from '../../server/src/catalog/markdownCatalog';
import { assertRangesInside } from '../helpers/textBounds';
import { formatStats, runFuzzTarget } from './harness';

// Inputs that once took seconds to hours, kept as cases under the same bound as the generated
// ones: the analyser and the loaders must stay within it on each.

const closing = (text: string, times: number, close: string) => text.repeat(times) + close.repeat(times);

const SOURCES = [
  // TypeScript's look-ahead after `async` doubles the time with each nested level.
  'f(async '.repeat(40),
  'ConflictException(async '.repeat(330),
  ' async Response('.replaceAll(' ', '\u2028').repeat(500),
  closing('step(async function () {\n', 30, '});\n'),
  'async <T>('.repeat(40),
  closing('g(async (x) => { h(async function () { ', 20, '}); });'),
];

const MARKDOWN = [
  // micromark resolves emphasis in time quadratic in the delimiter runs of a paragraph.
  'a*'.repeat(20_000),
  '**a**'.repeat(8_000),
  `| Code | Status |\n| --- | --- |\n| \`FORBIDDEN\` | 403 |\n\n${'* a'.repeat(6_000)}`,
];

test('analyser: inputs that once hung the parser', async (t) => {
  const stats = await runFuzzTarget(
    {
      name: 'analyser, known slow inputs',
      arbitrary: fc.constantFrom(...SOURCES),
      describe: (text) => text,
      check: (text) => {
        assertRangesInside(text, analyzeSource({ uri: 'file:///workspace/src/slow.ts', version: 1, text }));
        // An edit of the same text reparses incrementally, with the same guard.
        const analyzer = createDocumentAnalyzer();
        analyzer.analyze({ uri: 'file:///workspace/src/slow.ts', version: 1, text });
        analyzer.analyze({ uri: 'file:///workspace/src/slow.ts', version: 2, text: `${text} x` });
      },
    },
    SOURCES.length * 2,
  );
  t.diagnostic(formatStats(stats));
});

test('markdown loader: inputs that once took seconds', async (t) => {
  const stats = await runFuzzTarget(
    {
      name: 'markdown loader, known slow inputs',
      arbitrary: fc.constantFrom(...MARKDOWN),
      describe: (text) => text,
      check: (text) => assertRangesInside(text, loadMarkdownCatalog(text, 'file:///workspace/errors.md')),
    },
    MARKDOWN.length * 2,
  );
  t.diagnostic(formatStats(stats));
});
