import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { parseMarkers } from '../../helpers/markers';

// TypeScript ends a line at U+2028 and U+2029 as well; LSP and VS Code only at \r\n, \r and \n.
// Ranges must be counted the LSP way, or every position after such a character is shifted.
describe('ranges after Unicode line and paragraph separators', () => {
  for (const separator of ['\u2028', '\u2029']) {
    it(`counts U+${separator.charCodeAt(0).toString(16).toUpperCase()} as an ordinary character`, () => {
      const fixture = parseMarkers(
        [
          `// a comment${separator}with a separator`,
          `const note = 'one${separator}two';`,
          `export function handler(res: any) {`,
          `  res.status([[404]]).json({ error: { code: '[[FORBIDDEN]]', message: 'x' } });`,
          `}`,
        ].join('\n'),
      );
      const model = analyzeSource({ uri: fixture.document.uri, version: 1, text: fixture.text });
      const [status, code] = fixture.ranges();
      assert.deepEqual(
        model.references.map((reference) => [reference.code, reference.range, reference.status?.range]),
        [['FORBIDDEN', code, status]],
      );
      assert.deepEqual(
        model.statuses.map((site) => site.range),
        [status],
      );
    });
  }

  it('keeps a separator on the same line as the code it precedes', () => {
    const fixture = parseMarkers(
      `res.status([[403]]).json({ error: { message: 'a\u2028b', code: '[[FORBIDDEN]]' } });\n`,
    );
    const model = analyzeSource({ uri: fixture.document.uri, version: 1, text: fixture.text });
    assert.deepEqual(
      model.references.map((reference) => [reference.range, reference.status?.range]),
      [fixture.ranges().reverse()],
    );
  });
});
