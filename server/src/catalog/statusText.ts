import { isValidStatus } from './canonicalEntry';

/** A status as documentation writes it: `404 Not Found`, `400 Invalid query`, `*415*`. */
interface StatusText {
  status: number;
  /** Offset of the status digits within the parsed text. */
  offset: number;
  /** The words after the number (`Not Found`), when there are any. */
  reason?: string;
  /** False for a three-digit number outside 100-599, which the caller reports. */
  valid: boolean;
}

const DIGITS = '0123456789';

/**
 * Reads a leading three-digit status and the reason phrase after it. Undefined when the text does
 * not start with one: `4xx`, `varies`, `1234`, an empty cell.
 */
export function parseStatusText(text: string): StatusText | undefined {
  let start = 0;
  while (start < text.length && isSpace(text[start])) start++;
  let end = start;
  while (end < text.length && DIGITS.includes(text[end])) end++;
  if (end - start !== 3 || (end < text.length && isWordCharacter(text[end]))) return undefined;
  const status = Number(text.slice(start, end));
  const reason = trimSeparators(text.slice(end));
  const parsed: StatusText = { status, offset: start, valid: isValidStatus(status) };
  if (reason) parsed.reason = reason;
  return parsed;
}

/** Strips the punctuation docs put between a status and its reason: `404 - Not Found`, `404: ...`. */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (isSpace(text[start]) || '-–—:(|'.includes(text[start]))) start++;
  while (end > start && (isSpace(text[end - 1]) || ').|'.includes(text[end - 1]))) end--;
  return text.slice(start, end);
}

function isSpace(character: string): boolean {
  return character.trim() === '';
}

function isWordCharacter(character: string): boolean {
  return (
    character.toLowerCase() !== character.toUpperCase() || DIGITS.includes(character) || character === '_'
  );
}
