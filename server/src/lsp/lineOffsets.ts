/**
 * A position's character on a line in the two encodings the server speaks: UTF-16 code units (the
 * protocol's default, and what the engine counts) and UTF-8 bytes (what Neovim, Helix and others
 * prefer). A character past the end of the line stays past it by the same amount, as clients send
 * them (the protocol says such a position means the end of the line).
 */

/** The UTF-8 offset of a UTF-16 offset on a line. */
export function utf16ToUtf8(line: string, character: number): number {
  let bytes = 0;
  let i = 0;
  for (; i < character && i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(line.charCodeAt(i + 1))) {
      // A character outside the BMP: two UTF-16 units, four UTF-8 bytes. An offset between the
      // two halves is not a place in the text: it counts as after the character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes + Math.max(0, character - Math.max(i, line.length));
}

/** The UTF-16 offset of a UTF-8 offset on a line; an offset inside a character means its start. */
export function utf8ToUtf16(line: string, byte: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length) {
    const unit = line.charCodeAt(i);
    const pair = isHighSurrogate(unit) && isLowSurrogate(line.charCodeAt(i + 1));
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > byte) return i;
    bytes += size;
    i += pair ? 2 : 1;
  }
  return i + Math.max(0, byte - bytes);
}

/** A text's lines, split once (on first use), for many lookups. */
export class LineTexts {
  private starts: number[] | undefined;
  /** Text of only ASCII characters: both encodings count alike, nothing to convert. */
  readonly ascii: boolean;

  constructor(private readonly text: string) {
    // eslint-disable-next-line no-control-regex
    this.ascii = /^[\x00-\x7f]*$/.test(text);
  }

  /** The text of a line, without its end; empty past the last line. */
  line(index: number): string {
    const starts = (this.starts ??= lineStarts(this.text));
    if (index < 0 || index >= starts.length) return '';
    const start = starts[index];
    let end = index + 1 < starts.length ? starts[index + 1] : this.text.length;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return this.text.slice(start, end);
  }
}

/** Where each line starts: after `\n`, `\r\n` or a lone `\r`, as the protocol counts lines. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x0a) starts.push(i + 1);
    else if (char === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
