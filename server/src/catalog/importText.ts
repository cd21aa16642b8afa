import type { CatalogEntry, CatalogProblem } from './types';
import { loadGuarded, MAX_DOCUMENTATION_LENGTH } from './inputChecks';
import { DOCUMENT_START } from './positions';
import { makeProblem, ProblemCodes } from './problems';
import { type CodeStatement, mergeStatements } from './statements';
import { isValidStatus } from './canonicalEntry';
import { parseStatusText } from './statusText';
import { type ExampleFields, findExampleFields, readJsonExample, splitLines } from './textLines';

/** What an import found, and the text it could not attach to any code, for the user to review. */
interface TextImportResult {
  entries: CatalogEntry[];
  problems: CatalogProblem[];
  unplaced: string[];
}

/** A status heading line is short; a longer line that starts with a number is a sentence. */
const MAX_HEADING_WORDS = 8;

/** The class words docs append to a reason phrase: `400 Bad Request Client Error`. */
const STATUS_CLASS_SUFFIXES = [' Client Error', ' Server Error'];

type Item =
  | { kind: 'heading'; status: number; title: string; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'example'; fields?: ExampleFields; line: number };

/**
 * Imports error codes from documentation without Markdown structure (seed 003): a line
 * `NNN Reason` opens a status section, whose first JSON example holding `"code"` names the code;
 * the prose before it is the description, `Action:` paragraphs after it are added. An example
 * that no status line introduces keeps its code without a status: a status is never guessed.
 */
export function importText(text: string, uri: string): TextImportResult {
  let unplaced: string[] = [];
  const limits = { maxLength: MAX_DOCUMENTATION_LENGTH, limitNesting: false };
  const { entries, problems } = loadGuarded(text, limits, (mapper) => {
    const placed = placeItems(readItems(text));
    unplaced = placed.unplaced;
    const merged = mergeStatements(placed.statements, uri, 'text', mapper);
    return {
      entries: merged,
      problems: merged.length > 0 ? [] : [noCodesProblem()],
      kind: 'codes',
      parsed: true,
    };
  });
  return { entries, problems, unplaced };
}

function noCodesProblem(): CatalogProblem {
  const message =
    'No error codes found: expected `NNN Reason` lines followed by a JSON example holding "code".';
  return makeProblem(ProblemCodes.noCatalogFound, message, DOCUMENT_START, 'warning');
}

/** Cuts the text into status headings, JSON examples and paragraphs (hard-wrapped lines joined). */
function readItems(text: string): Item[] {
  const lines = splitLines(text);
  const items: Item[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) items.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].text.trim();
    if (trimmed.startsWith('{')) {
      endParagraph();
      const start = lines[i].start + lines[i].text.indexOf('{');
      const { example, end } = readJsonExample(text, start, (line) => readStatusHeading(line) !== undefined);
      items.push({ kind: 'example', fields: example && findExampleFields(example), line: i + 1 });
      // The line where an unclosed example stopped is read again: it may be a status heading.
      while (
        i + 1 < lines.length &&
        lines[i + 1].start < end &&
        (example || lines[i + 1].start + lines[i + 1].text.length < end)
      )
        i++;
      continue;
    }
    const heading = readStatusHeading(trimmed);
    if (heading || trimmed === '') endParagraph();
    if (heading) items.push(heading);
    else if (trimmed !== '') {
      paragraph.push(trimmed);
      if (!isWrapped(trimmed)) endParagraph();
    }
  }
  endParagraph();
  return items;
}

function readStatusHeading(line: string): Item | undefined {
  const parsed = parseStatusText(line);
  if (!parsed?.valid || parsed.offset !== 0 || !parsed.reason) return undefined;
  const startsCapitalised = parsed.reason[0] !== parsed.reason[0].toLowerCase();
  if (!startsCapitalised || line.split(/\s+/).length > MAX_HEADING_WORDS || endsSentence(line))
    return undefined;
  return { kind: 'heading', status: parsed.status, title: withoutStatusClass(parsed.reason), text: line };
}

function withoutStatusClass(reason: string): string {
  const suffix = STATUS_CLASS_SUFFIXES.find((s) => reason.endsWith(s) && reason.length > s.length);
  return suffix ? reason.slice(0, -suffix.length) : reason;
}

/** A line ending in a sentence mark closes its paragraph. */
function endsSentence(line: string): boolean {
  return '.!?:'.includes(line[line.length - 1]);
}

/** Lines shorter than this that end without a sentence mark are titles and labels, not wrapped prose. */
const MIN_WRAPPED_LENGTH = 40;

/**
 * A hard-wrapped line runs on into the next one: it is long and stops mid-sentence. Titles
 * (`Custom Error Codes`) and labels (`Example Scenario`) are short and stand alone.
 */
function isWrapped(line: string): boolean {
  return line.length >= MIN_WRAPPED_LENGTH && !endsSentence(line) && exampleLabel(line) === undefined;
}

function isAction(paragraph: string): boolean {
  return paragraph.toLowerCase().startsWith('action:');
}

/** `Example Scenario`, `Example: Custom Business Logic Error`. */
function exampleLabel(paragraph: string): { title?: string } | undefined {
  if (!paragraph.toLowerCase().startsWith('example')) return undefined;
  const colon = paragraph.indexOf(':');
  const title = colon >= 0 ? paragraph.slice(colon + 1).trim() : '';
  return title ? { title } : {};
}

/** A piece of text and its place in the document, so unplaced text is listed in reading order. */
interface Placed {
  order: number;
  text: string;
}

/** A status section waiting for its example: the heading and the paragraphs seen since. */
interface Section {
  heading?: Placed & { status: number; title: string };
  paragraphs: Placed[];
}

function placeItems(items: Item[]): { statements: CodeStatement[]; unplaced: string[] } {
  const statements: CodeStatement[] = [];
  const unplaced: Placed[] = [];
  let section: Section = { paragraphs: [] };
  let previous: { statement: CodeStatement; actions: string[] } | undefined;
  const closePrevious = () => {
    if (previous && previous.actions.length > 0) {
      const parts = [previous.statement.description, ...previous.actions].filter(
        (part) => part !== undefined,
      );
      previous.statement.description = parts.join('\n\n');
    }
    previous = undefined;
  };
  const closeSection = () => {
    const { heading } = section;
    if (heading)
      unplaced.push({ order: heading.order, text: `${heading.text} (no example with a code follows)` });
    unplaced.push(...section.paragraphs);
  };
  items.forEach((item, order) => {
    if (item.kind === 'paragraph') {
      if (previous && isAction(item.text) && section.paragraphs.length === 0)
        previous.actions.push(item.text);
      else section.paragraphs.push({ order, text: item.text });
    } else if (item.kind === 'heading') {
      closePrevious();
      closeSection();
      section = { heading: { ...item, order }, paragraphs: [] };
    } else if (!item.fields) {
      closePrevious();
      unplaced.push({
        order,
        text: `JSON example on line ${item.line} (no "code" in it, or it does not parse)`,
      });
    } else {
      closePrevious();
      const statement = toStatement(item.fields, section, unplaced);
      statements.push(statement);
      previous = { statement, actions: [] };
      section = { paragraphs: [] };
    }
  });
  closePrevious();
  closeSection();
  return { statements, unplaced: unplaced.sort((a, b) => a.order - b.order).map((placed) => placed.text) };
}

/**
 * A section with a status heading gives its example that status, title and description; an
 * example without one gets only what the example and its label state.
 */
function toStatement(fields: ExampleFields, section: Section, unplaced: Placed[]): CodeStatement {
  const statement: CodeStatement = { code: fields.code, span: fields.codeSpan };
  if (fields.message !== undefined) statement.message = fields.message;
  const labelIndex = section.paragraphs.findIndex((p) => exampleLabel(p.text) !== undefined);
  const before = labelIndex < 0 ? section.paragraphs : section.paragraphs.slice(0, labelIndex);
  const after = labelIndex < 0 ? [] : section.paragraphs.slice(labelIndex + 1);
  const label = labelIndex < 0 ? undefined : exampleLabel(section.paragraphs[labelIndex].text);
  const { heading } = section;
  if (heading) {
    statement.status = heading.status;
    statement.title = heading.title;
    const scenario = after.length > 0 ? [`Example scenario: ${after.map((p) => p.text).join(' ')}`] : [];
    const description = [...before.map((p) => p.text), ...scenario].join('\n\n');
    if (description) statement.description = description;
    return statement;
  }
  if (fields.status !== undefined && isValidStatus(fields.status)) statement.status = fields.status;
  if (label?.title) statement.title = label.title;
  unplaced.push(...before, ...after);
  return statement;
}
