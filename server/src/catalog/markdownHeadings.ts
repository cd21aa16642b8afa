import type { Heading, Paragraph, RootContent } from 'mdast';
import type { CodeStatement, Span } from './statements';
import {
  contentSpan,
  findIn,
  looksLikeCode,
  plainText,
  readWrittenCodes,
  type ReportProblem,
  spanOf,
  type WrittenCode,
} from './markdownText';
import { ProblemCodes } from './problems';
import { parseStatusText } from './statusText';

/** A label longer than this is prose that happens to say "status", not a `Status:` field. */
const MAX_LABEL_WORDS = 4;

/** The status a code's section states, as in seed 001: `HTTP Status Code` then `: *400 Bad Request*`. */
interface SectionStatus {
  paragraph: Paragraph;
  status?: number;
  reason?: string;
  span: Span;
}

/**
 * Reads one heading per code (seed 001): the heading names the code (two codes in one heading get
 * the same status), its section gives the status and the description. A heading in code spans is
 * a code even without a status (reported); a bare-word heading only when its section has a status.
 */
export function readCodeHeadings(
  blocks: RootContent[],
  source: string,
  report: ReportProblem,
): CodeStatement[] {
  const statements: CodeStatement[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const section = sectionAfter(blocks, index);
    const codes = headingCodes(block, source);
    if (!codes) return;
    const status = findSectionStatus(section, source, report);
    if (!codes.explicit && !status) return;
    if (!status) {
      const message = `The heading gives no HTTP status for ${codes.written.map((c) => c.code).join(', ')}: add a line \`HTTP Status Code\` followed by \`: 400 Bad Request\`.`;
      report(ProblemCodes.missingStatus, message, contentSpan(block) ?? spanOf(block), 'warning');
    }
    const description = sectionDescription(section, status?.paragraph, source);
    for (const { code, span } of codes.written) {
      const statement: CodeStatement = { code, span };
      if (status?.status !== undefined) statement.status = status.status;
      if (status?.reason) statement.title = status.reason;
      if (description) statement.description = description;
      statements.push(statement);
    }
  });
  return statements;
}

/** The blocks after a heading up to the next heading of any level. */
function sectionAfter(blocks: RootContent[], headingIndex: number): RootContent[] {
  const section: RootContent[] = [];
  for (let i = headingIndex + 1; i < blocks.length && blocks[i].type !== 'heading'; i++)
    section.push(blocks[i]);
  return section;
}

function headingCodes(
  heading: Heading,
  source: string,
): { written: WrittenCode[]; explicit: boolean } | undefined {
  const written = readWrittenCodes(heading.children, source);
  if (!written) return undefined;
  const explicit = heading.children.some((child) => child.type === 'inlineCode');
  if (!explicit && !written.every(({ code }) => looksLikeCode(code))) return undefined;
  return { written, explicit };
}

function findSectionStatus(
  section: RootContent[],
  source: string,
  report: ReportProblem,
): SectionStatus | undefined {
  for (const block of section) {
    if (block.type !== 'paragraph') continue;
    const value = statusFieldValue(plainText(block));
    const parsed = value === undefined ? undefined : parseStatusText(value);
    if (!parsed) continue;
    const digits = String(parsed.status);
    const blockSpan = spanOf(block);
    const span = findIn(source, digits, blockSpan.start, blockSpan.end) ?? blockSpan;
    const found: SectionStatus = { paragraph: block, span, reason: parsed.reason };
    if (parsed.valid) found.status = parsed.status;
    else report(ProblemCodes.statusOutOfRange, `${digits} is not an HTTP status (100 to 599).`, span);
    return found;
  }
  return undefined;
}

/**
 * The value of a status field: `Status: 404`, or a definition list written as a term line
 * (`HTTP Status Code`) followed by `: *400 Bad Request*`.
 */
function statusFieldValue(text: string): string | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const colon = lines[i].indexOf(':');
    const label = colon >= 0 ? lines[i].slice(0, colon) : lines[i];
    const words = label.trim().split(/\s+/);
    if (!label.toLowerCase().includes('status') || words.length > MAX_LABEL_WORDS) continue;
    const value = colon >= 0 ? lines[i].slice(colon + 1) : '';
    if (value.trim() !== '') return value;
    const next = lines[i + 1]?.trimStart();
    if (next?.startsWith(':')) return next.slice(1);
  }
  return undefined;
}

/** The section's Markdown as written, less the status field. */
function sectionDescription(section: RootContent[], statusBlock: Paragraph | undefined, source: string) {
  const parts = section
    .filter((block) => block !== statusBlock && block.type !== 'yaml')
    .map((block) => {
      const { start, end } = spanOf(block);
      return source.slice(start, end).trim();
    })
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}
