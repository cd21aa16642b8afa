import { describeGovernance, type Governance } from '../service/governance';
import { uriToPath } from '../workspace/paths';
import { displayPath } from './findings';

/** What governed a check, as the JSON report and the SARIF run's properties carry it. */
export interface GovernanceReport {
  /** The catalog files, paths relative to the folder the check ran in. */
  files: Array<{ path: string; format: string; kind: 'codes' | 'statuses'; codes: number }>;
  /** Codes in force that only source defines (enums, `createError(...)`, code-to-status maps). */
  sourceCodes: number;
  standards: string[];
  /** The text summary's sentence: which catalogs governed, or plainly that none did. */
  summary: string;
}

export function governanceReport(governance: Governance, cwd: string): GovernanceReport {
  const show = (uri: string) => displayPath(cwd, uriToPath(uri));
  return {
    files: governance.files.map(({ uri, format, kind, codes }) => ({ path: show(uri), format, kind, codes })),
    sourceCodes: governance.sourceCodes,
    standards: governance.standards,
    summary: describeGovernance(governance, show),
  };
}
