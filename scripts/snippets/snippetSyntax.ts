/**
 * The part of VS Code's snippet syntax the envelope snippets use: tab stops with a default
 * (`${1:FORBIDDEN}`) and escapes (`\$`, `\}`, `\\`).
 */

/** `${n:default}`, with the default escaped for snippet syntax. */
export function placeholder(tabStop: number, text: string): string {
  return `\${${tabStop}:${text.replace(/[$}\\]/g, '\\$&')}}`;
}

/**
 * Expands a snippet body as VS Code would once the user has typed `fill(tabStop, default)` into
 * every tab stop (the same text into each mirror of a tab stop).
 */
export function expandSnippet(body: string, fill: (tabStop: number, defaultText: string) => string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const char = body[i];
    if (char === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
      out += body[i + 1];
      i += 2;
      continue;
    }
    const opening = /^\$\{(\d+):/.exec(body.slice(i));
    if (opening) {
      const [defaultText, end] = readDefault(body, i + opening[0].length);
      out += fill(Number(opening[1]), defaultText);
      i = end;
      continue;
    }
    const bare = /^\$(\d+)/.exec(body.slice(i));
    if (bare) {
      out += fill(Number(bare[1]), '');
      i += bare[0].length;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/** Reads an escaped default up to its closing brace; returns it and the offset after the brace. */
function readDefault(body: string, start: number): [string, number] {
  let text = '';
  let i = start;
  while (i < body.length && body[i] !== '}') {
    if (body[i] === '\\' && i + 1 < body.length) i++;
    text += body[i];
    i++;
  }
  if (i >= body.length) throw new Error(`unclosed tab stop at offset ${start}`);
  return [text, i + 1];
}
