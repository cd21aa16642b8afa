/** How a file lays out its text, so an inserted part looks like the rest. */
export interface TextLayout {
  eol: '\n' | '\r\n';
  /** The file indents with tabs. */
  tabs: boolean;
  /** Spaces per level when indenting with spaces. */
  indentSize: number;
}

/**
 * The layout a file already uses: its line ending (the first one found), and its indentation
 * step: tabs when the first indented line starts with a tab, otherwise the smallest number of
 * leading spaces of any indented line.
 */
export function detectLayout(text: string, defaultIndent = 2): TextLayout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let tabs: boolean | undefined;
  let smallest = Infinity;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (indent === 0 || line.trim() === '') continue;
    if (tabs === undefined) tabs = line[0] === '\t';
    if (line[0] === ' ') {
      let spaces = 0;
      while (line[spaces] === ' ') spaces++;
      smallest = Math.min(smallest, spaces);
    }
  }
  return { eol, tabs: tabs ?? false, indentSize: Number.isFinite(smallest) ? smallest : defaultIndent };
}

/** One level of indentation in the layout. */
export function indentUnit(layout: TextLayout): string {
  return layout.tabs ? '\t' : ' '.repeat(layout.indentSize);
}
