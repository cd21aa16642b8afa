import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../catalog/markdownCatalog';

/** Where a Markdown document writes a code, and whether a rename may rewrite it there. */
interface MarkdownMention {
  start: number;
  end: number;
  /**
   * `entry`: the catalog entry's own cell or heading. `code-span`: a code span holding exactly the
   * code (`` `FORBIDDEN` ``). `prose`: anywhere else (plain text, a code block, front matter), where
   * the same letters may mean something else.
   */
  kind: 'entry' | 'code-span' | 'prose';
}

/**
 * Every whole-word occurrence of `code` in a Markdown document, classified. `entrySpans` are the
 * offsets of the catalog entry's cells and headings.
 */
export function markdownMentions(
  text: string,
  code: string,
  entrySpans: ReadonlyArray<{ start: number; end: number }>,
): MarkdownMention[] {
  const codeSpans = new Set<number>();
  // The same parser as the catalog's loader, so a code span here is one there.
  collectCodeSpans(parseMarkdown(text), text, code, codeSpans);
  return wordOccurrences(text, code).map((start) => {
    const end = start + code.length;
    const kind = entrySpans.some((span) => span.start <= start && end <= span.end)
      ? 'entry'
      : codeSpans.has(start)
        ? 'code-span'
        : 'prose';
    return { start, end, kind };
  });
}

/** Offsets where a code span's content is exactly the code, as written (no escapes to tell apart). */
function collectCodeSpans(node: Nodes, text: string, code: string, found: Set<number>): void {
  if (node.type === 'inlineCode' && node.value === code && node.position) {
    const from = node.position.start.offset ?? 0;
    const until = node.position.end.offset ?? 0;
    const start = text.indexOf(code, from);
    if (start >= 0 && start + code.length <= until) found.add(start);
  }
  if ('children' in node) for (const child of node.children) collectCodeSpans(child, text, code, found);
}

/** Offsets of `word` in `text` where neither neighbour continues it (a letter, digit or `_`). */
export function wordOccurrences(text: string, word: string): number[] {
  const found: number[] = [];
  if (word.length === 0) return found;
  for (let start = text.indexOf(word); start >= 0; start = text.indexOf(word, start + 1)) {
    if (!isWordChar(text[start - 1]) && !isWordChar(text[start + word.length])) found.push(start);
  }
  return found;
}

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  return char === '_' || (char >= '0' && char <= '9') || char.toLowerCase() !== char.toUpperCase();
}
