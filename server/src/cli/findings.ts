import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

/** One problem the check reports, tied to a file. */
export interface Finding {
  /** Path relative to the current directory, `/`-separated. */
  path: string;
  diagnostic: Diagnostic;
}

export function severityName(diagnostic: Diagnostic): 'error' | 'warning' | 'info' | 'hint' {
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
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      a.diagnostic.range.start.line - b.diagnostic.range.start.line ||
      a.diagnostic.range.start.character - b.diagnostic.range.start.character,
  );
}
