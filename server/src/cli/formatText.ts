import { severityName, sortFindings, type Finding } from './findings';

export interface TextStyle {
  color: boolean;
}

const ANSI = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  dim: '\u001b[2m',
  reset: '\u001b[0m',
};

/** `path:line:col  severity  message  rule` lines and a summary, as tsc and eslint print them. */
export function formatText(findings: Finding[], filesChecked: number, style: TextStyle): string {
  const paint = (color: keyof typeof ANSI, text: string) =>
    style.color ? `${ANSI[color]}${text}${ANSI.reset}` : text;
  const lines = sortFindings(findings).map(({ path, diagnostic }) => {
    const { line, character } = diagnostic.range.start;
    const severity = severityName(diagnostic);
    const painted = paint(
      severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'cyan',
      severity,
    );
    return `${path}:${line + 1}:${character + 1}  ${painted}  ${diagnostic.message}  ${paint('dim', String(diagnostic.code))}`;
  });
  lines.push(summaryLine(findings, filesChecked));
  return lines.join('\n') + '\n';
}

/** `3 problems (1 error, 2 warnings) in 12 files`. */
export function summaryLine(findings: Finding[], filesChecked: number): string {
  const errors = findings.filter((f) => severityName(f.diagnostic) === 'error').length;
  const warnings = findings.filter((f) => severityName(f.diagnostic) === 'warning').length;
  return `${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(filesChecked, 'file')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
