import { formatStatus, reasonPhrase } from '../service/statusText';
import { groupByStatus, type ListedCode, type StatusGroup } from './catalogListing';
import { plural, printable } from './formatText';

export interface ListView {
  codes: ListedCode[];
  byStatus: boolean;
  /** Set with `--unused`: how many codes the catalog has in all, `codes` being the unused ones. */
  unusedOf?: number;
}

/** An aligned table per group, then a count, for reading in a terminal. */
export function formatListText(view: ListView): string {
  const lines: string[] = [];
  if (view.byStatus) {
    // One set of column widths for every group, so the columns line up down the whole list.
    const groups = groupByStatus(view.codes);
    const aligned = alignColumns(
      groups.flatMap((group) => group.codes.map((code) => [code.code, code.title ?? '', definedAt(code)])),
      '  ',
    );
    let next = 0;
    for (const group of groups) {
      lines.push(groupTitle(group), ...aligned.slice(next, next + group.codes.length));
      next += group.codes.length;
    }
  } else if (view.codes.length > 0) {
    const unused = view.unusedOf !== undefined;
    const rows = view.codes.map((code) => [
      code.code,
      code.statuses.length > 0 ? code.statuses.join(', ') : '-',
      code.title ?? '',
      definedAt(code),
      ...(unused ? [code.testFiles ? `used only in tests (${plural(code.testFiles, 'file')})` : '-'] : []),
    ]);
    const header = ['CODE', 'STATUS', 'TITLE', 'DEFINED AT', ...(unused ? ['TESTS'] : [])];
    lines.push(...alignColumns([header, ...rows], ''));
  }
  const onlyInTests = view.codes.filter((code) => (code.testFiles ?? 0) > 0).length;
  lines.push(
    view.unusedOf !== undefined
      ? `${view.codes.length} of ${plural(view.unusedOf, 'code')} unused` +
          (onlyInTests > 0 ? ` (${onlyInTests} used only in tests)` : '')
      : plural(view.codes.length, 'code'),
  );
  return lines.join('\n') + '\n';
}

/** The codes as JSON: `{ codes }`, or `{ statuses: [{ status, reason, codes }] }` with --by-status. */
export function formatListJson(view: ListView): string {
  const document = view.byStatus
    ? {
        statuses: groupByStatus(view.codes).map((group) => ({
          status: group.status,
          reason: group.status === null ? null : (reasonPhrase(group.status) ?? null),
          codes: group.codes,
        })),
      }
    : { codes: view.codes };
  return JSON.stringify(document, null, 2) + '\n';
}

/** A GitHub-flavoured Markdown table of the catalog, to paste into API documentation. */
export function formatListMarkdown(view: ListView): string {
  if (!view.byStatus) {
    const rows = view.codes.map((code) => [
      `\`${code.code}\``,
      code.statuses.map(formatStatus).join(', '),
      cell(code.title),
      describe(code),
    ]);
    return markdownTable(['Code', 'Status', 'Title', 'Description'], rows);
  }
  return groupByStatus(view.codes)
    .map((group) => {
      const rows = group.codes.map((code) => [`\`${code.code}\``, cell(code.title), describe(code)]);
      return `## ${groupTitle(group)}\n\n${markdownTable(['Code', 'Title', 'Description'], rows)}`;
    })
    .join('\n');
}

function groupTitle(group: StatusGroup): string {
  return group.status === null ? 'No status' : formatStatus(group.status);
}

function definedAt(code: ListedCode): string {
  return `${code.definedAt.path}:${code.definedAt.line}`;
}

/** Pads every column but the last to its widest cell, two spaces apart; cells are made printable. */
function alignColumns(cells: string[][], indent: string): string[] {
  const rows = cells.map((row) => row.map(printable));
  const widths = rows[0]?.map((_cell, column) => Math.max(...rows.map((row) => row[column].length))) ?? [];
  return rows.map(
    (row) =>
      indent +
      row
        .map((text, column) => (column < row.length - 1 ? text.padEnd(widths[column]) : text))
        .join('  ')
        .trimEnd(),
  );
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

/** The description cell, a deprecation notice first. */
function describe(code: ListedCode): string {
  const notice =
    code.deprecated === undefined
      ? ''
      : code.deprecated === true
        ? '**Deprecated.** '
        : `**Deprecated:** ${code.deprecated} `;
  return cell(notice + (code.description ?? '')).trimEnd();
}

/** Text made safe for a table cell: pipes escaped, line breaks as `<br>`. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').trim();
}
