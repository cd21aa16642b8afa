import type { Root, RootContent, Table } from 'mdast';
import type { Range } from 'vscode-languageserver-types';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parse as parseYaml } from 'yaml';
import type { CatalogLoader, CatalogLoadResult, CatalogProblem } from './types';
import { loadGuarded, MAX_DOCUMENTATION_LENGTH } from './inputChecks';
import { readCodeHeadings } from './markdownHeadings';
import { blankOversizedTables, readCatalogTable, type RefusedTable } from './markdownTables';
import type { ReportProblem } from './markdownText';
import { DOCUMENT_START, type OffsetMapper } from './positions';
import { knownStandards } from './standards';
import { makeProblem, ProblemCodes } from './problems';
import { type CodeStatement, mergeStatements } from './statements';

/**
 * Loads error codes from Markdown documentation (`errors.md`, `error-codes.md`, `docs/**`): tables
 * whose headers name a code and/or status column (seeds 000, 002, 004) and one heading per code
 * (seed 001). A document whose tables hold statuses alone is a status-only catalog.
 */
export const loadMarkdownCatalog: CatalogLoader = (text, uri) =>
  loadGuarded(text, { maxLength: MAX_DOCUMENTATION_LENGTH, limitNesting: true }, (mapper) =>
    readMarkdown(parseMarkdownGuarded(text), text, uri, mapper),
  );

/**
 * Past this many runs of `*` or `_`, emphasis is not parsed. micromark resolves emphasis in time
 * quadratic in the delimiter runs of a paragraph: 20 KB of `a*a*a*...` take seconds, 100 KB
 * minutes, and a catalog file is indexed as soon as the workspace opens. Real documentation stays
 * far below; above it, emphasis markers are read as plain characters.
 */
export const MAX_EMPHASIS_RUNS = 2000;

/** Markdown with GFM tables and YAML front matter, as documentation sites write it. */
export function parseMarkdown(text: string): Root {
  return parseMarkdownGuarded(text).root;
}

/**
 * The parse, and the tables refused before it: a table too wide or with too long a row is blanked
 * out of the text the parser sees (every other offset stays), so its cost stays linear in the file.
 */
function parseMarkdownGuarded(text: string): { root: Root; refused: RefusedTable[] } {
  const guarded = blankOversizedTables(text);
  return { root: parseBlanked(guarded.text), refused: guarded.refused };
}

function parseBlanked(text: string): Root {
  const withoutEmphasis = countEmphasisRuns(text) > MAX_EMPHASIS_RUNS;
  return fromMarkdown(text, {
    extensions: [
      gfmTable(),
      frontmatter(['yaml']),
      ...(withoutEmphasis ? [{ disable: { null: ['attention'] } }] : []),
    ],
    mdastExtensions: [gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

function countEmphasisRuns(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if ((char === '*' || char === '_') && text[i - 1] !== char) runs++;
  }
  return runs;
}

function readMarkdown(
  { root, refused }: { root: Root; refused: RefusedTable[] },
  text: string,
  uri: string,
  mapper: OffsetMapper,
): CatalogLoadResult {
  const problems: CatalogProblem[] = [];
  const report: ReportProblem = (code, message, span, severity) =>
    problems.push(makeProblem(code, message, mapper.range(span.start, span.end), severity));
  for (const table of refused) report(ProblemCodes.tableTooLarge, table.message, table.row, 'warning');
  const codeStatements: CodeStatement[] = [];
  const statusStatements: CodeStatement[] = [];
  for (const table of findTables(root)) {
    const read = readCatalogTable(table, text, report);
    if (read) (read.kind === 'codes' ? codeStatements : statusStatements).push(...read.statements);
  }
  codeStatements.push(...readCodeHeadings(root.children, text, report));
  // A document with any code is a code catalog; its status tables are only explanations then.
  const kind = codeStatements.length > 0 || statusStatements.length === 0 ? 'codes' : 'statuses';
  const statements = kind === 'codes' ? sortByPosition(codeStatements) : statusStatements;
  const result: CatalogLoadResult = {
    entries: mergeStatements(statements, uri, 'markdown', mapper),
    problems,
    kind,
    parsed: true,
  };
  const matter = frontMatter(root, mapper);
  const envelope = frontMatterNames(matter?.data, 'envelope');
  if (envelope) result.envelope = envelope;
  const standards = frontMatterNames(matter?.data, 'standards');
  if (standards && matter) {
    result.standards = knownStandards(
      standards.map((name) => ({ name, range: matter.range })),
      result.problems,
    );
  }
  // A refused table was meant as the catalog, most likely: its problem says why nothing was found.
  if (result.entries.length === 0 && refused.length === 0) problems.push(noCatalogProblem());
  return result;
}

/** Tables anywhere in the document, lists and block quotes included, in document order. */
function findTables(root: Root): Table[] {
  const tables: Table[] = [];
  const pending: RootContent[] = [...root.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'table') tables.push(node);
    else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      pending.push(...[...(node.children as RootContent[])].reverse());
    }
  }
  return tables;
}

/** Tables and headings are read separately; the entries follow the document's order. */
function sortByPosition(statements: CodeStatement[]): CodeStatement[] {
  return [...statements].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Front matter may name the API's envelope style (`envelope: directus`) and the built-in
 * vocabularies it speaks (`standards: [oauth2]`), like the canonical format.
 */
function frontMatter(root: Root, mapper: OffsetMapper): { data: unknown; range: Range } | undefined {
  const matter = root.children.find((node) => node.type === 'yaml');
  const start = matter?.position?.start.offset;
  const end = matter?.position?.end.offset;
  if (!matter || start === undefined || end === undefined) return undefined;
  const range = mapper.range(start, end);
  try {
    return { data: parseYaml(matter.value), range };
  } catch {
    return undefined; // front matter belongs to the documentation site; its errors are not ours
  }
}

function frontMatterNames(data: unknown, key: string): string[] | undefined {
  const value =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return undefined;
}

function noCatalogProblem(): CatalogProblem {
  return makeProblem(
    ProblemCodes.noCatalogFound,
    'No error codes found: expected a table with code and status columns, or one heading per code with an `HTTP Status Code` line.',
    DOCUMENT_START,
    'warning',
  );
}
