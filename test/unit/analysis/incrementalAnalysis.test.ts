import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { createDocumentAnalyzer } from '../../../server/src/analysis/documentAnalyzer';
import { parseMarkers } from '../../helpers/markers';
import { readFixture } from './fixtures';

const uri = 'file:///workspace/src/routes.ts';

/** Several fixtures in one file: many top-level statements, of many styles, to edit between. */
const concatenated = (fixtures: string[]) =>
  fixtures.map((fixture) => parseMarkers(readFixture(fixture)).text).join('\n');

/** Every statement's results its own: an edit re-analyses the statements it touches only. */
const document = concatenated([
  'carriers/express.ts',
  'carriers/koa.ts',
  'carriers/constants.ts',
  'carriers/nest.ts',
  'envelopes/nested.ts',
  'envelopes/oauth.ts',
  'envelopes/problem.ts',
]);

/** With a body bound at the top level and classes defined for other statements: full analyses. */
const entangled = concatenated(['envelopes/directus.ts', 'envelopes/flat.ts', 'definitions/errors.ts']);

test('typing in a code re-analyses the statement it is in, and gives what a full analysis gives', () => {
  const analyzer = createDocumentAnalyzer();
  analyzer.analyze({ uri, version: 0, text: document });
  const at = document.indexOf("'", document.indexOf('code:', document.length / 3)) + 2;
  let text = document;
  for (let version = 1; version <= 6; version++) {
    text =
      version % 2 === 1 ? text.slice(0, at) + 'Z' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    assert.deepEqual(analyzer.analyze({ uri, version, text }), analyzeSource({ uri, version, text }));
  }
  assert.equal(analyzer.stats.statementAnalyses, 6);
});

test('a file whose statements read each other is analysed in full at every edit', () => {
  const analyzer = createDocumentAnalyzer();
  analyzer.analyze({ uri, version: 0, text: entangled });
  const text = entangled.replace("'Rate limited.'", "'Rate limited!'");
  assert.deepEqual(analyzer.analyze({ uri, version: 1, text }), analyzeSource({ uri, version: 1, text }));
  assert.equal(analyzer.stats.statementAnalyses, 0);
});

test('an edit that changes what the file declares takes a full analysis', () => {
  const analyzer = createDocumentAnalyzer();
  const text = 'const LIMIT = 429;\nres.status(LIMIT).json({ error: { code: "SLOW_DOWN" } });\n';
  analyzer.analyze({ uri, version: 0, text });
  const edited = text.replace('429', '503');
  const model = analyzer.analyze({ uri, version: 1, text: edited });
  assert.equal(analyzer.stats.statementAnalyses, 0);
  assert.equal(model.references[0].status?.value, 503);
  assert.deepEqual(model, analyzeSource({ uri, version: 1, text: edited }));
});

test('keystrokes anywhere in a long file give the models full analyses give', () => {
  const keystroke = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 2 }),
    insert: fc.constantFrom(
      '',
      'a',
      'Z',
      '_',
      ' ',
      '\n',
      "'",
      '"',
      ',',
      ':',
      '{',
      '}',
      '(',
      ')',
      ';',
      '4',
      '/',
    ),
  });
  fc.assert(
    fc.property(
      fc.constantFrom(document, entangled),
      fc.array(keystroke, { minLength: 1, maxLength: 12 }),
      (start, keystrokes) => {
        const options = { routes: true };
        const analyzer = createDocumentAnalyzer(options);
        let text = start;
        analyzer.analyze({ uri, version: 0, text });
        keystrokes.forEach((k, index) => {
          const at = k.at % (text.length + 1);
          text = text.slice(0, at) + k.insert + text.slice(at + k.remove);
          const version = index + 1;
          assert.deepEqual(
            analyzer.analyze({ uri, version, text }),
            analyzeSource({ uri, version, text }, options),
          );
        });
      },
    ),
    { numRuns: 60 },
  );
});
