import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { ENVELOPE_STYLES } from '../../../server/src/analysis/envelopes';

const README = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');

/** The first-column cells of the table that follows a heading. */
function firstColumn(heading: string): string[] {
  const section = README.slice(README.indexOf(`\n${heading}\n`));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const end = section.indexOf('\n## ', 1);
  return rows
    .filter((row) => end < 0 || section.indexOf(row) < end)
    .map((row) => row.split('|')[1].trim().replace(/`/g, ''));
}

test('the README lists every envelope style of the analyser, in table order', () => {
  assert.deepEqual(
    firstColumn('## Envelope styles'),
    ENVELOPE_STYLES.map((style) => style.name),
  );
});
