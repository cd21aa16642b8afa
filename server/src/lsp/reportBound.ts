import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { makeDiagnostic } from '../service/diagnostics';

/**
 * The most findings the editor is sent for one file. A catalog of 50,000 codes that the workspace
 * barely uses has 50,000 `unused-code` hints: a 10 MB report whose encoding alone held every other
 * request (a hover) for half a second, and that no one reads in an editor. The CLI reports all.
 */
const MAX_REPORTED_PER_FILE = 1_000;

/** The rule id of the note that stands for the findings left out. */
export const FINDINGS_NOT_SHOWN = 'findings-not-shown';

/**
 * A file's findings as the editor gets them: all of them up to the bound; past it, the most severe
 * first (errors before hints, each in the order found) and one note, where the first finding left
 * out is, that says how many more `error-catalog check` lists.
 */
export function boundReport(items: Iterable<Diagnostic>, max = MAX_REPORTED_PER_FILE): Diagnostic[] {
  const report = new BoundedReport(max);
  for (const item of items) report.add(item);
  return report.items();
}

/**
 * `boundReport` a finding at a time, for findings made in slices: each `add` is constant work, so
 * a list of 50,000 is never walked again in one go (that alone held a hover for 50 ms).
 */
export class BoundedReport {
  /** Findings by severity, 1 (error) to 4 (hint), each in the order added. */
  private readonly bySeverity: Diagnostic[][] = [[], [], [], [], []];
  /** Every finding in the order added, while they are within the bound. */
  private readonly inOrder: Diagnostic[] = [];
  private count = 0;

  constructor(private readonly max = MAX_REPORTED_PER_FILE) {}

  add(item: Diagnostic): void {
    this.bySeverity[severityOf(item)].push(item);
    if (++this.count <= this.max) this.inOrder.push(item);
  }

  items(): Diagnostic[] {
    if (this.count <= this.max) return this.inOrder;
    const kept: Diagnostic[] = [];
    let firstLeft: Diagnostic | undefined;
    for (const findings of this.bySeverity) {
      const room = this.max - 1 - kept.length;
      kept.push(...findings.slice(0, room));
      if (findings.length > room) {
        firstLeft = findings[Math.max(0, room)];
        break;
      }
    }
    const left = this.count - kept.length;
    const note = makeDiagnostic(FINDINGS_NOT_SHOWN, 'info', {
      range: (firstLeft ?? kept[kept.length - 1]).range,
      message:
        `${left.toLocaleString('en-US')} more findings in this file are not shown ` +
        `(the editor shows ${kept.length.toLocaleString('en-US')} of ${this.count.toLocaleString('en-US')}, ` +
        'the most severe first); `error-catalog check` lists them all.',
    });
    return [...kept, note];
  }
}

/** A finding's severity, 1 (error) to 4 (hint); unset is an error, as the protocol says. */
function severityOf(item: Diagnostic): number {
  const severity = item.severity ?? DiagnosticSeverity.Error;
  return severity >= DiagnosticSeverity.Error && severity <= DiagnosticSeverity.Hint
    ? severity
    : DiagnosticSeverity.Error;
}
