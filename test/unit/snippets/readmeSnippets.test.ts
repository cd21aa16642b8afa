import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { ENVELOPE_STYLES } from '../../../server/src/analysis/envelopes';
import { envelopeSnippets } from '../../../scripts/snippets/envelopeSnippets';

const README = resolve(__dirname, '../../../README.md');

test("the README's snippet table lists exactly the generated prefixes", () => {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('### Snippets');
  assert.notEqual(start, -1, 'README has a Snippets section');
  const section = text.slice(start, text.indexOf('\n### ', start + 1));
  const listed = [...section.matchAll(/`(err-[\w-]+)`/g)].map((match) => match[1]);
  const generated = envelopeSnippets(ENVELOPE_STYLES).flatMap(({ snippet }) => snippet.prefix);
  assert.deepEqual([...new Set(listed)].sort(), [...generated].sort());
});
