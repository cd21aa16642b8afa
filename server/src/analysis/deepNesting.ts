import { blankSpans } from '../catalog/textLines';

/**
 * Deeper than any code a person writes, well short of where the parser's recursion runs out. Past
 * it, whether the parser overflows the stack depends on the engine's compiled state; a fixed bound
 * makes the same text always give the same model, in the editor and in the CLI.
 */
export const MAX_BRACKET_DEPTH = 256;

/** The offsets `[start, end)` of a part of a text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A text made parsable: its too-deep parts blanked, and where they were. */
interface FlattenedText {
  text: string;
  /** The blanked parts, in order: each an outermost bracket past the bound, to its match or the end. */
  blanked: TextSpan[];
}

// The scan runs on every keystroke of an open document: plain comparisons, no lookups.
const isOpener = (char: number) => char === 40 /* ( */ || char === 91 /* [ */ || char === 123; /* { */
const isCloser = (char: number) => char === 41 /* ) */ || char === 93 /* ] */ || char === 125; /* } */

/**
 * The text with every bracket nested past `MAX_BRACKET_DEPTH` blanked with its contents, up to the
 * bracket that closes it (or the end of the text), or undefined when nothing is that deep.
 * Brackets in strings and comments count alike: the scan is cheap and errs on the safe side.
 * Blanks replace every character but line breaks, so offsets, lines and columns stay as they were:
 * the rest of the file is analysed, and its findings keep their places.
 */
export function flattenDeepNesting(text: string): FlattenedText | undefined {
  let depth = 0;
  let blanked: TextSpan[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (isOpener(char)) {
      if (++depth > MAX_BRACKET_DEPTH) {
        const end = matchingClose(text, i);
        (blanked ??= []).push({ start: i, end });
        depth--;
        i = end - 1;
      }
    } else if (isCloser(char) && depth > 0) {
      depth--;
    }
  }
  return blanked && { text: blankSpans(text, blanked), blanked };
}

/** The offset just past the bracket that closes the one at `open`, or the text's length. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (isOpener(char)) depth++;
    else if (isCloser(char) && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Whether an edit (`change`, from `before` to `after`, as TypeScript measures one) removes or
 * inserts a bracket: only such an edit can make some part of the text nest deeper.
 */
export function editTouchesBrackets(
  before: string,
  after: string,
  change: { span: { start: number; length: number }; newLength: number },
): boolean {
  const { start, length } = change.span;
  return hasBracket(before, start, start + length) || hasBracket(after, start, start + change.newLength);
}

function hasBracket(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const char = text.charCodeAt(i);
    if (isOpener(char) || isCloser(char)) return true;
  }
  return false;
}
