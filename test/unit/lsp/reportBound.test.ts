import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { BoundedReport, boundReport, FINDINGS_NOT_SHOWN } from '../../../server/src/lsp/reportBound';

const finding = (line: number, severity?: DiagnosticSeverity): Diagnostic => ({
  range: { start: { line, character: 2 }, end: { line, character: 9 } },
  message: `finding on line ${line}`,
  ...(severity !== undefined && { severity }),
});

test('findings within the bound reach the editor as they are, in their order', () => {
  const items = [finding(4, DiagnosticSeverity.Hint), finding(1, DiagnosticSeverity.Error), finding(2)];
  assert.deepEqual(boundReport(items, 3), items);
  assert.deepEqual(boundReport([], 3), []);
});

test('past the bound the most severe findings are kept and one note counts the rest', () => {
  const items = [
    finding(0, DiagnosticSeverity.Hint),
    finding(1, DiagnosticSeverity.Error),
    finding(2, DiagnosticSeverity.Hint),
    finding(3, DiagnosticSeverity.Warning),
    finding(4, DiagnosticSeverity.Hint),
    finding(5), // no severity: an error, as the protocol says
  ];
  const report = boundReport(items, 4);
  assert.deepEqual(
    report.map((item) => item.range.start.line),
    [1, 5, 3, 0],
  );
  assert.deepEqual(report[3], {
    range: { start: { line: 0, character: 2 }, end: { line: 0, character: 9 } },
    message:
      '3 more findings in this file are not shown (the editor shows 3 of 6, the most severe first); ' +
      '`error-catalog check` lists them all.',
    severity: DiagnosticSeverity.Information,
    source: 'error-catalog',
    code: FINDINGS_NOT_SHOWN,
    codeDescription: {
      href: 'https://github.com/error-catalog/error-catalog/blob/main/README.md#findings-not-shown',
    },
  });
});

test('a report built a finding at a time is the report built from the list', () => {
  const items = Array.from({ length: 2_500 }, (_, line) =>
    finding(line, line % 7 === 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Hint),
  );
  const report = new BoundedReport(1_000);
  for (const item of items) report.add(item);
  const bounded = report.items();
  assert.deepEqual(bounded, boundReport(items, 1_000));
  assert.equal(bounded.length, 1_000);
  // The 358 warnings (every seventh line) come first, then hints from line 1 on.
  assert.equal(bounded.filter((item) => item.severity === DiagnosticSeverity.Warning).length, 358);
  assert.deepEqual(bounded[358].range.start.line, 1);
  assert.equal(
    bounded[999].message,
    '1,501 more findings in this file are not shown (the editor shows 999 of 2,500, the most severe first); ' +
      '`error-catalog check` lists them all.',
  );
});
