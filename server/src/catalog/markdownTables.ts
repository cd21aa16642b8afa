import type { Table, TableCell, TableRow } from 'mdast';
import type { CodeStatement, Span } from './statements';
import { contentSpan, findIn, plainText, readWrittenCodes, type ReportProblem, spanOf } from './markdownText';
import { ProblemCodes } from './problems';
import { parseStatusText } from './statusText';
import { blankSpans, splitLines, type TextLine } from './textLines';

type ColumnRole = 'code' | 'status' | 'title' | 'description';

const TITLE_WORDS = ['reason', 'title', 'phrase', 'summary'];
const DESCRIPTION_WORDS = ['description', 'meaning', 'details', 'explanation', 'message', 'notes', 'cause'];

/** A table that reads as a catalog: which column holds what, found by the header names. */
interface CatalogColumns {
  code?: number;
  status?: number;
  title?: number;
  description?: number;
  headers: string[];
}

/**
 * The most columns, and the longest row, a table may have to be read. A catalog table has a handful
 * of columns and rows of a few hundred characters. The parser spends time quadratic in the cells
 * of a row: a 440 KB table of 10,000 columns took 15 s and 1.7 GB, one row of 500,000 pipes 19 s.
 */
export const MAX_TABLE_COLUMNS = 64;
export const MAX_TABLE_ROW_LENGTH = 32 * 1024;

/** A table refused before parsing: where it was, and the row that made it absurd. */
export interface RefusedTable {
  table: Span;
  row: Span;
  message: string;
}

/**
 * Finds the GFM tables too large to parse, in one pass over the lines, and blanks them: each of
 * their characters but line breaks becomes a space, so the parser sees blank lines there and every
 * other offset of the document stays the same. A table is the header line before a delimiter row
 * (`|---|---|`) and every line after it up to a blank line or a code fence; lines inside fences are
 * checked too (a fence's extent depends on its containers), which at worst blanks an absurd example.
 */
export function blankOversizedTables(text: string): { text: string; refused: RefusedTable[] } {
  const lines = splitLines(text);
  const refused: RefusedTable[] = [];
  let index = 0;
  while (index < lines.length) {
    if (endsTable(lines[index].text)) {
      index++;
      continue;
    }
    const blockStart = index;
    while (index < lines.length && !endsTable(lines[index].text)) index++;
    const delimiter = findDelimiterRow(lines, blockStart, index);
    if (delimiter === undefined) continue;
    const tableLines = lines.slice(Math.max(blockStart, delimiter - 1), index);
    const found = refuseTable(tableLines);
    if (found) refused.push(found);
  }
  return {
    text:
      refused.length === 0
        ? text
        : blankSpans(
            text,
            refused.map((refusal) => refusal.table),
          ),
    refused,
  };
}

/** A blank line (`>` alone in a quote) or a code fence: no table row goes on past it. */
function endsTable(line: string): boolean {
  return /^[ \t>]*$/.test(line) || /^[ \t>]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(?:```|~~~)/.test(line);
}

/** `|---|:---:|`, or `---` under a header that has a pipe. */
function findDelimiterRow(lines: TextLine[], start: number, end: number): number | undefined {
  for (let index = start; index < end; index++) {
    const content = lines[index].text.replace(/^[ \t>]*/, '');
    if (!content.includes('-') || !/^[|:\- \t]+$/.test(content)) continue;
    if (content.includes('|') || (index > start && lines[index - 1].text.includes('|'))) return index;
  }
  return undefined;
}

function refuseTable(lines: TextLine[]): RefusedTable | undefined {
  for (const line of lines) {
    const message = oversizedRowMessage(line.text);
    if (message === undefined) continue;
    const last = lines[lines.length - 1];
    return {
      table: { start: lines[0].start, end: last.start + last.text.length },
      row: { start: line.start, end: line.start + line.text.length },
      message,
    };
  }
  return undefined;
}

function oversizedRowMessage(line: string): string | undefined {
  const cells = countCells(line);
  if (cells > MAX_TABLE_COLUMNS) {
    return `This table row has ${cells} cells; a catalog table has at most ${MAX_TABLE_COLUMNS} columns, so this table was not read.`;
  }
  if (line.length > MAX_TABLE_ROW_LENGTH) {
    return `This table row is ${line.length} characters long; a catalog table row is at most ${MAX_TABLE_ROW_LENGTH} characters, so this table was not read.`;
  }
  return undefined;
}

/** The cells of a row as GFM splits it: at each pipe not escaped, the outer pipes being optional. */
function countCells(line: string): number {
  let pipes = 0;
  let first: number | undefined;
  let last = -1;
  for (let i = 0; i < line.length; i++) {
    const character = line[i];
    if (character === '\\') i++;
    else if (character === '|') {
      pipes++;
      first ??= i;
      last = i;
    }
  }
  if (first === undefined) return 1;
  const leading = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?$/.test(line.slice(0, first)) ? 1 : 0;
  const trailing = line.slice(last + 1).trim() === '' ? 1 : 0;
  return Math.max(1, pipes + 1 - leading - trailing);
}

/** What one table states: codes (seed 000, 002), or statuses alone (seed 004). */
interface TableStatements {
  kind: 'codes' | 'statuses';
  statements: CodeStatement[];
}

/**
 * Reads a GFM table whose headers name a code column or a status column, in any order. Tables
 * with neither (parameters, examples) are not catalogs and yield undefined.
 */
export function readCatalogTable(
  table: Table,
  source: string,
  report: ReportProblem,
): TableStatements | undefined {
  const [header, ...rows] = table.children;
  if (!header) return undefined;
  const columns = findColumns(header);
  if (columns.code === undefined && columns.status === undefined) return undefined;
  columns.description ??= proseColumn(columns, rows);
  const kind = columns.code === undefined ? 'statuses' : 'codes';
  const statements = rows.flatMap((row) => readRow(row, columns, kind, source, report));
  return { kind, statements };
}

function findColumns(header: TableRow): CatalogColumns {
  const columns: CatalogColumns = { headers: header.children.map((cell) => plainText(cell).trim()) };
  columns.headers.forEach((text, index) => {
    const role = classifyHeader(text);
    if (role && columns[role] === undefined) columns[role] = index;
  });
  return columns;
}

/**
 * The description is the column of prose, whatever words head it ("What happened", "Wann"): when
 * no heading names it, the unclaimed column whose cells hold the most words, ties to the rightmost.
 * The heading words above stay a hint that wins when present.
 */
function proseColumn(columns: CatalogColumns, rows: TableRow[]): number | undefined {
  const claimed = new Set([columns.code, columns.status, columns.title]);
  let best: { index: number; words: number } | undefined;
  columns.headers.forEach((_, index) => {
    if (claimed.has(index)) return;
    let words = 0;
    for (const row of rows) {
      const cell = row.children[index];
      if (cell) words += plainText(cell).split(/\s+/).filter(Boolean).length;
    }
    if (words > 0 && (!best || words >= best.words)) best = { index, words };
  });
  return best?.index;
}

/** `HTTP Status Code` is a status, `Error Code` a code, `Error message` a description. */
function classifyHeader(text: string): ColumnRole | undefined {
  const words = text.toLowerCase().split(/[^a-z]+/);
  if (words.includes('status') || words.includes('http')) return 'status';
  if (words.includes('code')) return 'code';
  if (words.some((word) => TITLE_WORDS.includes(word))) return 'title';
  if (words.some((word) => DESCRIPTION_WORDS.includes(word))) return 'description';
  if (words.includes('error') || words.includes('id') || words.includes('identifier')) return 'code';
  return undefined;
}

function readRow(
  row: TableRow,
  columns: CatalogColumns,
  kind: TableStatements['kind'],
  source: string,
  report: ReportProblem,
): CodeStatement[] {
  if (row.children.every((cell) => plainText(cell).trim() === '')) return [];
  const cell = (index: number | undefined) => (index === undefined ? undefined : row.children[index]);
  const status = columns.status === undefined ? undefined : readStatusCell(row, columns, source, report);
  const title = cellText(cell(columns.title)) ?? status?.reason;
  const description = cellMarkdown(cell(columns.description), source);
  const details = { title, description };
  if (kind === 'statuses') {
    if (!status?.status) return [];
    return [
      withDefined({ code: String(status.status), span: status.span, status: status.status, ...details }),
    ];
  }
  const codeCell = requireCell(row, columns.code!, columns, source, report);
  if (!codeCell) return [];
  const codes = readWrittenCodes(codeCell.children, source);
  if (!codes) {
    const text = plainText(codeCell).trim();
    const message = `\`${text}\` is not an error code: a code is one word, written as is or in backticks.`;
    report(ProblemCodes.invalidCode, message, contentSpan(codeCell) ?? spanOf(codeCell), 'warning');
    return [];
  }
  return codes.map(({ code, span }) => withDefined({ code, span, status: status?.status, ...details }));
}

interface ReadStatus {
  status?: number;
  span: Span;
  reason?: string;
}

/** The status cell: `403`, `` `403 Access Denied` ``; problems for a missing, wordy or invalid one. */
function readStatusCell(row: TableRow, columns: CatalogColumns, source: string, report: ReportProblem) {
  const cell = requireCell(row, columns.status!, columns, source, report);
  if (!cell) return undefined;
  const content = contentSpan(cell)!;
  const text = plainText(cell);
  const parsed = parseStatusText(text);
  if (!parsed) {
    report(ProblemCodes.missingStatus, `\`${text.trim()}\` is not an HTTP status.`, content, 'warning');
    return undefined;
  }
  const digits = String(parsed.status);
  const span = findIn(source, digits, content.start, content.end) ?? content;
  const read: ReadStatus = { span, reason: parsed.reason };
  if (parsed.valid) read.status = parsed.status;
  else report(ProblemCodes.statusOutOfRange, `${digits} is not an HTTP status (100 to 599).`, span);
  return read;
}

/** The cell at a column, or a `missing-cell` problem when the row is short or the cell empty. */
function requireCell(
  row: TableRow,
  index: number,
  columns: CatalogColumns,
  source: string,
  report: ReportProblem,
): TableCell | undefined {
  const cell = row.children[index];
  if (cell && plainText(cell).trim() !== '') return cell;
  const what = `\`${columns.headers[index]}\` cell`;
  const message = cell ? `This row leaves the ${what} empty.` : `This row has no ${what}.`;
  report(ProblemCodes.missingCell, message, cell ? betweenPipes(cell, source) : spanOf(row), 'warning');
  return undefined;
}

/** An empty cell's position includes its pipes; the problem goes on the blank between them. */
function betweenPipes(cell: TableCell, source: string): Span {
  let { start, end } = spanOf(cell);
  if (source[start] === '|') start++;
  if (end > start && source[end - 1] === '|') end--;
  return { start, end };
}

function cellText(cell: TableCell | undefined): string | undefined {
  const text = cell ? plainText(cell).trim() : '';
  return text === '' ? undefined : text;
}

/** A description keeps its Markdown (code spans, emphasis, links) as the author wrote it. */
function cellMarkdown(cell: TableCell | undefined, source: string): string | undefined {
  const span = cell && contentSpan(cell);
  const text = span ? source.slice(span.start, span.end).trim() : '';
  return text === '' ? undefined : text;
}

function withDefined(statement: CodeStatement): CodeStatement {
  const copy = { ...statement };
  for (const key of ['status', 'title', 'description'] as const)
    if (copy[key] === undefined) delete copy[key];
  return copy;
}
