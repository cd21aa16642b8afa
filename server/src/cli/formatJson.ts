import type { GovernanceReport } from './governanceReport';
import {
  countFindings,
  messageText,
  severityName,
  sortFindings,
  type Finding,
  type SeverityName,
} from './findings';

/** One finding of `--format json`: 1-based lines and columns, the end exclusive, as editors show them. */
interface JsonFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: SeverityName;
  rule: string;
  message: string;
}

/** The document `check --format json` prints. */
interface JsonReport {
  findings: JsonFinding[];
  summary: { problems: number; errors: number; warnings: number; files: number };
  /** What the findings were checked against. */
  catalogs: GovernanceReport;
}

/** The JSON report: every finding in file and position order, the summary line's counts, the catalogs. */
export function formatJson(
  findings: readonly Finding[],
  filesChecked: number,
  catalogs: GovernanceReport,
): string {
  const counts = countFindings(findings);
  const report: JsonReport = {
    findings: sortFindings(findings).map(({ path, diagnostic }) => ({
      path,
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
      endLine: diagnostic.range.end.line + 1,
      endColumn: diagnostic.range.end.character + 1,
      severity: severityName(diagnostic),
      rule: String(diagnostic.code),
      message: messageText(diagnostic),
    })),
    summary: {
      problems: findings.length,
      errors: counts.error,
      warnings: counts.warning,
      files: filesChecked,
    },
    catalogs,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
