import {
  countFindings,
  messageText,
  severityName,
  sortFindings,
  type Finding,
  type SeverityName,
} from './findings';

interface TextStyle {
  color: boolean;
}

const ANSI = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
};

const SEVERITY_COLOR: Record<SeverityName, keyof typeof ANSI> = {
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
  hint: 'dim',
};

/**
 * `path:line:col  severity  message  rule` lines and a summary, as tsc and eslint print them, then
 * what governed the check.
 */
export function formatText(
  findings: readonly Finding[],
  filesChecked: number,
  style: TextStyle,
  governance?: string,
): string {
  const paint = (color: keyof typeof ANSI, text: string) =>
    style.color ? `${ANSI[color]}${text}${ANSI.reset}` : text;
  const lines = sortFindings(findings).map((finding) => formatFinding(finding, paint));
  const counts = countFindings(findings);
  const summary = summaryLine(findings, filesChecked);
  lines.push(
    counts.error > 0 ? paint('red', summary) : counts.warning > 0 ? paint('yellow', summary) : summary,
  );
  if (governance) lines.push(paint('dim', printable(governance)));
  return lines.join('\n') + '\n';
}

/** One finding's line; without colour it is what `--format text` prints. */
export function formatFinding(
  { path, diagnostic }: Finding,
  paint: (color: keyof typeof ANSI, text: string) => string = (_color, text) => text,
): string {
  const { line, character } = diagnostic.range.start;
  const severity = severityName(diagnostic);
  return `${printable(path)}:${line + 1}:${character + 1}  ${paint(SEVERITY_COLOR[severity], severity)}  ${printable(messageText(diagnostic))}  ${paint('dim', printable(String(diagnostic.code)))}`;
}

/** `3 problems (1 error, 2 warnings) in 12 files`. */
export function summaryLine(findings: readonly Finding[], filesChecked: number): string {
  const counts = countFindings(findings);
  return `${plural(findings.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}) in ${plural(filesChecked, 'file')}`;
}

/** `1 file`, `2 files`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** C0 and C1 control characters and DEL: a terminal acts on them instead of showing them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text from a workspace (a file name, a code, a catalog's words) as a terminal shows it: a control
 * character is written as an escape (`\x1b`, `\n`), so a name cannot retitle or clear the terminal
 * or split a finding over two lines.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
