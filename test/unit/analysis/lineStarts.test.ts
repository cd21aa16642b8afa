import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineStartsOf } from '../../../server/src/analysis/syntax';

/** Line starts found character by character: `\r\n`, `\r` and `\n` each end a line, as in LSP. */
function byCharacter(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

test('line starts: each line break style, U+2028 not a break', () => {
  assert.deepEqual(lineStartsOf('a\nb\r\nc\rd\u2028e'), [0, 2, 5, 7]);
  assert.deepEqual(lineStartsOf('a\r\nb\r\n'), [0, 3, 6]);
  assert.deepEqual(lineStartsOf('\r'), [0, 1]);
  assert.deepEqual(lineStartsOf(''), [0]);
});

test('line starts: the same as by character, whatever the mix of line ends', () => {
  const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\u2028'), maxLength: 60 });
  fc.assert(fc.property(text, (value) => assert.deepEqual(lineStartsOf(value), byCharacter(value))));
});
