import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node, Parent } from 'mdast';
import {
  loadMarkdownCatalog,
  MAX_EMPHASIS_RUNS,
  parseMarkdown,
} from '../../../server/src/catalog/markdownCatalog';

function countNodes(node: Node, type: string): number {
  const own = node.type === type ? 1 : 0;
  return (
    own +
    ('children' in node
      ? (node as Parent).children.reduce((sum, child) => sum + countNodes(child, type), 0)
      : 0)
  );
}

const TABLE = [
  '| Code | Status | Description |',
  '| --- | --- | --- |',
  '| `FORBIDDEN` | 403 | You **may not**. |',
  '',
].join('\n');

// micromark's emphasis resolution is quadratic in the delimiter runs of a paragraph; a catalog
// file full of them must not stall the index, so past a bound emphasis is not parsed at all.
describe('Markdown with absurdly many emphasis markers', () => {
  it('parses emphasis in ordinary documentation', () => {
    assert.equal(countNodes(parseMarkdown(TABLE), 'strong'), 1);
  });

  it('reads emphasis markers as plain characters past the bound, and still loads the table', () => {
    const text = `${TABLE}\n${'a*'.repeat(MAX_EMPHASIS_RUNS + 1)}\n`;
    assert.equal(countNodes(parseMarkdown(text), 'strong') + countNodes(parseMarkdown(text), 'emphasis'), 0);
    const result = loadMarkdownCatalog(text, 'file:///workspace/errors.md');
    assert.deepEqual(
      result.entries.map((entry) => [entry.code, entry.statuses]),
      [['FORBIDDEN', [403]]],
    );
  });

  it('counts a run of markers once, so long rules and bold text do not trip the bound', () => {
    const text = `${TABLE}\n${'**bold** '.repeat(MAX_EMPHASIS_RUNS / 2 - 2)}\n\n${'*'.repeat(10_000)}\n`;
    assert.equal(countNodes(parseMarkdown(text), 'strong'), MAX_EMPHASIS_RUNS / 2 - 1);
  });
});
