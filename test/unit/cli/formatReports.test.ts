import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../../server/src/cli/findings';
import type { GovernanceReport } from '../../../server/src/cli/governanceReport';
import { formatJson } from '../../../server/src/cli/formatJson';
import { formatSarif } from '../../../server/src/cli/formatSarif';
import { formatText, summaryLine } from '../../../server/src/cli/formatText';
import { makeDiagnostic } from '../../../server/src/service/diagnostics';

const range = (line: number, start: number, end: number) => ({
  start: { line, character: start },
  end: { line, character: end },
});

// Deliberately out of order: every report sorts by path, then position.
const FINDINGS: Finding[] = [
  {
    path: 'src/users.ts',
    diagnostic: makeDiagnostic('unknown-code', 'warning', {
      range: range(19, 50, 58),
      message: `'FORBIDEN' is not in the error catalog. Did you mean 'FORBIDDEN'?`,
    }),
  },
  {
    path: 'error-catalog.json',
    diagnostic: makeDiagnostic('status-out-of-range', 'error', {
      range: range(3, 16, 19),
      message: 'Status 999 is outside 100-599.',
    }),
  },
  {
    path: 'src/users.ts',
    diagnostic: makeDiagnostic('status-mismatch', 'error', {
      range: range(9, 22, 25),
      message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
    }),
  },
  {
    path: 'src/a b.ts',
    diagnostic: makeDiagnostic('unknown-code', 'info', {
      range: range(0, 0, 3),
      message: `'X' is not in the error catalog.`,
    }),
  },
];

const GOVERNANCE: GovernanceReport = {
  files: [{ path: 'error-catalog.json', format: 'json', kind: 'codes', codes: 14 }],
  sourceCodes: 2,
  standards: ['oauth2'],
  summary:
    'Catalogs: error-catalog.json (json, 14 codes); 2 codes defined in source; standard vocabularies: oauth2.',
};

test('text: one line per finding in path and position order, then the summary and the catalogs', () => {
  assert.equal(
    formatText(FINDINGS, 12, { color: false }, GOVERNANCE.summary),
    [
      'error-catalog.json:4:17  error  Status 999 is outside 100-599.  status-out-of-range',
      `src/a b.ts:1:1  info  'X' is not in the error catalog.  unknown-code`,
      `src/users.ts:10:23  error  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.  status-mismatch`,
      `src/users.ts:20:51  warning  'FORBIDEN' is not in the error catalog. Did you mean 'FORBIDDEN'?  unknown-code`,
      '4 problems (2 errors, 1 warning) in 12 files',
      GOVERNANCE.summary,
      '',
    ].join('\n'),
  );
});

test('text in colour paints the severity, dims the rule and colours the summary by its worst finding', () => {
  const [first, , , , summary] = formatText(FINDINGS, 12, { color: true }).split('\n');
  assert.equal(
    first,
    'error-catalog.json:4:17  \u001b[31merror\u001b[0m  Status 999 is outside 100-599.  \u001b[2mstatus-out-of-range\u001b[0m',
  );
  assert.equal(summary, '\u001b[31m4 problems (2 errors, 1 warning) in 12 files\u001b[0m');
});

test('the summary counts in the singular and plural', () => {
  assert.equal(summaryLine([], 1), '0 problems (0 errors, 0 warnings) in 1 file');
  assert.equal(summaryLine(FINDINGS.slice(0, 1), 0), '1 problem (0 errors, 1 warning) in 0 files');
});

test('json: 1-based positions with an exclusive end, the severity and rule by name, the summary, the catalogs', () => {
  const report = JSON.parse(formatJson(FINDINGS.slice(0, 2), 3, GOVERNANCE));
  assert.deepEqual(report, {
    findings: [
      {
        path: 'error-catalog.json',
        line: 4,
        column: 17,
        endLine: 4,
        endColumn: 20,
        severity: 'error',
        rule: 'status-out-of-range',
        message: 'Status 999 is outside 100-599.',
      },
      {
        path: 'src/users.ts',
        line: 20,
        column: 51,
        endLine: 20,
        endColumn: 59,
        severity: 'warning',
        rule: 'unknown-code',
        message: `'FORBIDEN' is not in the error catalog. Did you mean 'FORBIDDEN'?`,
      },
    ],
    summary: { problems: 2, errors: 1, warnings: 1, files: 3 },
    catalogs: GOVERNANCE,
  });
});

test('sarif: the rules of the run, and each result with its rule index, level and region', () => {
  const log = JSON.parse(
    formatSarif(
      FINDINGS,
      '/home/dev/api',
      {
        name: 'error-catalog',
        version: '1.2.3',
        informationUri: 'https://x.test/',
      },
      GOVERNANCE,
    ),
  );
  const run = log.runs[0];
  assert.deepEqual(run.properties, { catalogs: GOVERNANCE });
  assert.equal(log.version, '2.1.0');
  assert.deepEqual(
    run.tool.driver.rules.map((rule: { id: string; defaultConfiguration?: unknown }) => [
      rule.id,
      rule.defaultConfiguration,
    ]),
    [
      ['unknown-code', { level: 'warning' }],
      ['status-mismatch', { level: 'warning' }],
      ['deprecated-code', { level: 'warning' }],
      ['undocumented-status', { level: 'warning' }],
      ['undocumented-response', { level: 'warning' }],
      ['undocumented-route', undefined],
      ['analysis-failed', { level: 'warning' }],
      ['status-out-of-range', undefined],
    ],
  );
  assert.deepEqual(run.tool.driver.rules[7], {
    id: 'status-out-of-range',
    shortDescription: { text: 'A catalog status is outside the HTTP range 100-599.' },
    helpUri: 'https://github.com/error-catalog/error-catalog/blob/main/README.md#status-out-of-range',
  });
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/dev/api/' } });
  assert.deepEqual(
    run.results.map((result: { ruleId: string; ruleIndex: number; level: string }) => [
      result.ruleId,
      result.ruleIndex,
      result.level,
    ]),
    [
      ['status-out-of-range', 7, 'error'],
      ['unknown-code', 0, 'note'],
      ['status-mismatch', 1, 'error'],
      ['unknown-code', 0, 'warning'],
    ],
  );
  assert.deepEqual(run.results[1].locations, [
    {
      physicalLocation: {
        artifactLocation: { uri: 'src/a%20b.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 4 },
      },
    },
  ]);
});
