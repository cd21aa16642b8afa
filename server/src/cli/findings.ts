import nodePath from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

/** One problem the check reports, tied to a file. */
export interface Finding {
  /** Path relative to the current directory, `/`-separated. */
  path: string;
  diagnostic: Diagnostic;
}

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export function severityName(diagnostic: Diagnostic): SeverityName {
  switch (diagnostic.severity) {
    case DiagnosticSeverity.Error:
      return 'error';
    case DiagnosticSeverity.Warning:
      return 'warning';
    case DiagnosticSeverity.Hint:
      return 'hint';
    default:
      return 'info';
  }
}

/** Orders findings by file, then position, as compilers and linters list them. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.path, b.path) ||
      a.diagnostic.range.start.line - b.diagnostic.range.start.line ||
      a.diagnostic.range.start.character - b.diagnostic.range.start.character ||
      compareText(String(a.diagnostic.code), String(b.diagnostic.code)),
  );
}

/** How many findings there are at each severity. */
export function countFindings(findings: readonly Finding[]): Record<SeverityName, number> {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[severityName(finding.diagnostic)]++;
  return counts;
}

/**
 * A path as the report shows it: relative to the current folder, with `/` separators. Only where
 * a backslash separates folders (Windows) is it turned into `/`; elsewhere it is a character of a
 * file's name, and changing it would name a file that does not exist.
 */
export function displayPath(
  cwd: string,
  path: string,
  paths: Pick<typeof nodePath, 'relative' | 'sep'> = nodePath,
): string {
  const shown = paths.relative(cwd, path) || '.';
  return paths.sep === '\\' ? shown.split('\\').join('/') : shown;
}

/** Plain code-unit order, the same on every machine and locale (unlike localeCompare). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A diagnostic's message as plain text (LSP 3.18 also allows Markdown content). */
export function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
