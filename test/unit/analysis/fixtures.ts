import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { parseMarkers, type MarkedText } from '../../helpers/markers';
import { analyzeSource, type AnalysisOptions } from '../../../server/src/analysis/analyzeSource';
import type { Range } from 'vscode-languageserver-types';
import type { CodeReference, SourceModel, StatusSite } from '../../../server/src/analysis/types';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis');

/** A status as a test states it: its value, its text in the fixture, how and by what it is written. */
export interface StatusSummary {
  value: number;
  text: string;
  form: StatusSite['form'];
  carrier: string;
}

/** A reference as a test states it; its range is checked against the fixture's `[[ ]]` markers. */
export interface ReferenceSummary {
  code: string;
  style: string;
  kind: CodeReference['kind'];
  status?: StatusSummary;
}

export interface AnalysedFixture {
  marked: MarkedText;
  model: SourceModel;
  summaries: ReferenceSummary[];
  statuses: StatusSummary[];
}

export function readFixture(relativePath: string): string {
  return readFileSync(join(FIXTURES, relativePath), 'utf8');
}

/** Reads a fixture under test/fixtures/analysis, strips its markers and analyses it. */
export function analyseFixture(relativePath: string, options?: AnalysisOptions): AnalysedFixture {
  const uri = `file:///workspace/${relativePath}`;
  const marked = parseMarkers(readFixture(relativePath), uri);
  const model = analyzeSource({ uri, version: 1, text: marked.text }, options);
  const summaries = model.references.map((reference) => {
    const summary: ReferenceSummary = { code: reference.code, style: reference.style, kind: reference.kind };
    if (reference.status) summary.status = summarizeStatus(marked, reference.status);
    return summary;
  });
  return { marked, model, summaries, statuses: model.statuses.map((site) => summarizeStatus(marked, site)) };
}

/**
 * Analyses a fixture whose every `[[ ]]` marks a code reference, in order, and asserts the
 * references' ranges, codes, styles and statuses; and the statuses found, when given.
 */
export function assertFixture(
  relativePath: string,
  expected: ReferenceSummary[],
  statuses?: StatusSummary[],
  options?: AnalysisOptions,
): AnalysedFixture {
  const analysed = analyseFixture(relativePath, options);
  assert.deepEqual(analysed.summaries, expected);
  assert.deepEqual(
    analysed.model.references.map((r) => r.range),
    analysed.marked.ranges(),
  );
  for (const reference of analysed.model.references) {
    if (reference.kind === 'envelope')
      assert.equal(analysed.marked.document.getText(reference.range), reference.code);
  }
  if (statuses) assert.deepEqual(analysed.statuses, statuses);
  return analysed;
}

/** The ranges of a model's definitions and references together, in document order. */
export function definitionAndReferenceRanges(model: SourceModel): Range[] {
  return [...model.definitions.map((d) => d.range), ...model.references.map((r) => r.range)].sort(
    (a, b) => a.start.line - b.start.line || a.start.character - b.start.character,
  );
}

export function summarizeStatus(marked: MarkedText, site: StatusSite): StatusSummary {
  return {
    value: site.value,
    text: marked.document.getText(site.range),
    form: site.form,
    carrier: site.carrier,
  };
}

/** `404` written as a number, found by `carrier`. */
export const number = (value: number, carrier: string): StatusSummary => ({
  value,
  text: String(value),
  form: 'number',
  carrier,
});

/** A status written as `text` in `form`. */
export const written = (
  value: number,
  text: string,
  form: StatusSite['form'],
  carrier: string,
): StatusSummary => ({
  value,
  text,
  form,
  carrier,
});

/** A reference of an envelope style. */
export const envelope = (code: string, style: string, status?: StatusSummary): ReferenceSummary =>
  status ? { code, style, kind: 'envelope', status } : { code, style, kind: 'envelope' };
