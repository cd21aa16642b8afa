import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkers, type MarkedText } from '../../helpers/markers';
import { analyzeSource, type AnalysisOptions } from '../../../server/src/analysis/analyzeSource';
import type { SourceModel, StatusSite } from '../../../server/src/analysis/types';

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
  kind: 'envelope' | 'class' | 'problem';
  status?: StatusSummary;
}

export interface AnalysedFixture {
  marked: MarkedText;
  model: SourceModel;
  summaries: ReferenceSummary[];
}

/** Reads a fixture under test/fixtures/analysis, strips its markers and analyses it. */
export function analyseFixture(relativePath: string, options?: AnalysisOptions): AnalysedFixture {
  const raw = readFileSync(join(FIXTURES, relativePath), 'utf8');
  const uri = `file:///workspace/${relativePath}`;
  const marked = parseMarkers(raw, uri);
  const model = analyzeSource({ uri, version: 1, text: marked.text }, options);
  const summaries = model.references.map((reference) => {
    const summary: ReferenceSummary = { code: reference.code, style: reference.style, kind: reference.kind };
    if (reference.status) summary.status = summarizeStatus(marked, reference.status);
    return summary;
  });
  return { marked, model, summaries };
}

export function summarizeStatus(marked: MarkedText, site: StatusSite): StatusSummary {
  return {
    value: site.value,
    text: marked.document.getText(site.range),
    form: site.form,
    carrier: site.carrier,
  };
}

/** Shorthands for expectations. */
export const number = (value: number, carrier: string): StatusSummary => ({
  value,
  text: String(value),
  form: 'number',
  carrier,
});
