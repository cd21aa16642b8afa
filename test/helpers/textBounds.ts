import type { Range } from 'vscode-languageserver-types';

/**
 * The lines of a text as LSP counts them: only `\r\n`, `\r` and `\n` end a line (not U+2028, U+2029
 * or U+0085, which some parsers also treat as line breaks).
 */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Why a range does not lie inside the text, or undefined when it does. */
export function rangeViolation(lines: readonly string[], range: Range): string | undefined {
  for (const [name, position] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    const { line, character } = position ?? {};
    if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) {
      return `${name} ${JSON.stringify(position)} is not a position`;
    }
    if (line >= lines.length) return `${name} line ${line} is past the last line (${lines.length - 1})`;
    if (character > lines[line].length) {
      return `${name} character ${character} is past the end of line ${line} (length ${lines[line].length})`;
    }
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
    return `start ${JSON.stringify(start)} is after end ${JSON.stringify(end)}`;
  }
  return undefined;
}

/** A range found inside a result, with the property path that led to it. */
export interface FoundRange {
  path: string;
  range: Range;
}

/**
 * Every LSP range anywhere in a value (problems, entries, variants, references, statuses, edits...),
 * found by shape so that a field added later is checked too. `skip` leaves out keys whose ranges
 * belong to another document (e.g. `relatedInformation`).
 */
export function collectRanges(value: unknown, skip: ReadonlySet<string> = new Set()): FoundRange[] {
  const found: FoundRange[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (isRange(node)) {
      found.push({ path, range: node });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (!skip.has(key)) visit(child, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`);
    }
  };
  visit(value, '$');
  return found;
}

/** Throws, naming the first offender, unless every range in `value` lies inside `text`. */
export function assertRangesInside(text: string, value: unknown, skip?: ReadonlySet<string>): void {
  const lines = lspLines(text);
  for (const { path, range } of collectRanges(value, skip)) {
    const violation = rangeViolation(lines, range);
    if (violation) throw new Error(`range at ${path} is outside the document: ${violation}`);
  }
}

function isRange(node: object): node is Range {
  const candidate = node as Partial<Range>;
  return isPositionLike(candidate.start) && isPositionLike(candidate.end);
}

function isPositionLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'line' in value && 'character' in value;
}
