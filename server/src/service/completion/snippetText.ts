/**
 * The part of the LSP snippet syntax the completions write: tab stops with a default
 * (`${1:FORBIDDEN}`), choices (`${1|FORBIDDEN,INVALID_TOKEN|}`), mirrors (`$1`) and escapes.
 */

/** Text outside any tab stop, escaped so `$`, `}` and `\` stay literal. */
export function snippetLiteral(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** `${n:default}`. */
export function tabStop(index: number, defaultText: string): string {
  return `\${${index}:${snippetLiteral(defaultText)}}`;
}

/** `${n|a,b|}`: the first value is the one written until the user picks another. */
export function choice(index: number, values: readonly string[]): string {
  return `\${${index}|${values.map((value) => value.replace(/[,|\\]/g, '\\$&')).join(',')}|}`;
}

/** `$n`: repeats what tab stop `n` holds. */
export function mirror(index: number): string {
  return `$${index}`;
}

/** A JavaScript string literal of `text` in the given quote. */
export function stringLiteral(text: string, quote: string): string {
  let body = '';
  for (const char of text) {
    if (char === '\\' || char === quote) body += `\\${char}`;
    else if (char === '\n') body += '\\n';
    else if (char === '\r') body += '\\r';
    else body += char;
  }
  return quote + body + quote;
}

/** A string literal whose text is tab stop `n`: `'${3:You are not allowed…}'`. */
export function quotedTabStop(index: number, text: string, quote: string): string {
  return quote + tabStop(index, stringLiteral(text, quote).slice(1, -1)) + quote;
}

type SnippetPart = { text: string } | { tabStop: number; value?: string };

/** What the user types into tab stop `n`, given what it holds by default. */
type TabStopFill = (index: number, defaultText: string) => string;

/**
 * The text a snippet inserts when every tab stop keeps its default (a choice its first value, a
 * mirror what its tab stop holds wherever that is defined), or holds what `fill` types into it.
 * Used to preview a snippet and to apply one in tests exactly as an editor would.
 */
export function expandSnippet(snippet: string, fill: TabStopFill = (_, defaultText) => defaultText): string {
  const parts = parseSnippet(snippet);
  const values = new Map<number, string>();
  for (const part of parts) {
    if ('tabStop' in part && part.value !== undefined && !values.has(part.tabStop)) {
      values.set(part.tabStop, part.value);
    }
  }
  return parts
    .map((part) => ('text' in part ? part.text : fill(part.tabStop, values.get(part.tabStop) ?? '')))
    .join('');
}

function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let text = '';
  let i = 0;
  const flush = () => {
    if (text) parts.push({ text });
    text = '';
  };
  while (i < snippet.length) {
    const char = snippet[i];
    if (char === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
      text += snippet[i + 1];
      i += 2;
    } else if (char === '$' && isDigit(snippet[i + 1])) {
      const end = digitsEnd(snippet, i + 1);
      flush();
      parts.push({ tabStop: Number(snippet.slice(i + 1, end)) });
      i = end;
    } else if (char === '$' && snippet[i + 1] === '{' && isDigit(snippet[i + 2])) {
      const end = digitsEnd(snippet, i + 2);
      const index = Number(snippet.slice(i + 2, end));
      flush();
      const [value, next] =
        snippet[end] === '|' ? readChoice(snippet, end + 1) : readDefault(snippet, end + 1, snippet[end]);
      parts.push({ tabStop: index, value });
      i = next;
    } else {
      text += char;
      i++;
    }
  }
  flush();
  return parts;
}

/** The default of `${n:default}` (or nothing for `${n}`) and the offset after its closing brace. */
function readDefault(snippet: string, start: number, separator: string): [string | undefined, number] {
  if (separator === '}') return [undefined, start];
  let value = '';
  let i = start;
  while (i < snippet.length && snippet[i] !== '}') {
    if (snippet[i] === '\\' && i + 1 < snippet.length) i++;
    value += snippet[i];
    i++;
  }
  return [value, i + 1];
}

/** The first value of `${n|a,b|}` and the offset after its closing `|}`. */
function readChoice(snippet: string, start: number): [string, number] {
  const values: string[] = [''];
  let i = start;
  while (i < snippet.length && !(snippet[i] === '|' && snippet[i + 1] === '}')) {
    if (snippet[i] === '\\' && i + 1 < snippet.length) {
      values[values.length - 1] += snippet[i + 1];
      i += 2;
    } else if (snippet[i] === ',') {
      values.push('');
      i++;
    } else {
      values[values.length - 1] += snippet[i];
      i++;
    }
  }
  return [values[0], i + 2];
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function digitsEnd(text: string, start: number): number {
  let end = start;
  while (isDigit(text[end])) end++;
  return end;
}
