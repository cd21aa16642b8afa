import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonEntry } from '../../helpers/catalogEntries';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { Catalog } from '../../../server/src/catalog/catalog';
import { prepareSuggestions } from '../../../server/src/service/rules/unknownCode';
import { resultIdInSlices, resultIdOf } from '../../../server/src/lsp/workspaceDiagnostics';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { suggestCodes } from '../../../server/src/service/suggestions';

const diagnostic = (line: number, message: string): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 4 } },
  message,
  severity: DiagnosticSeverity.Warning,
  source: 'error-catalog',
  data: { code: 'X', suggestions: [], status: undefined },
});

test('a result id made in slices is the id made in one go', async () => {
  let pauses = 0;
  const pause = async () => {
    pauses++;
  };
  for (const diagnostics of [[], [diagnostic(0, 'a')], [diagnostic(0, 'a'), diagnostic(3, 'b "quoted" é')]]) {
    assert.equal(await resultIdInSlices(diagnostics, pause), resultIdOf(diagnostics));
  }
  assert.equal(pauses, 3);
  assert.notEqual(resultIdOf([diagnostic(0, 'a')]), resultIdOf([diagnostic(0, 'b')]));
});

test('the suggestions of a file are made ahead of its rules, with a pause before each', async () => {
  const entry = (code: string, status: number) => jsonEntry(code, [status]);
  const catalog = Catalog.from([
    {
      uri: 'file:///c.json',
      result: {
        entries: [entry('FORBIDDEN', 403), entry('NOT_FOUND', 404)],
        problems: [],
        kind: 'codes',
        parsed: true,
      },
    },
  ]);
  const text = [
    `res.status(403).json({ error: { code: 'FORBIDEN' } });`,
    `res.status(404).json({ error: { code: 'NOT_FOUND' } });`,
    `res.status(404).json({ error: { code: 'NOT_FUND' } });`,
  ].join('\n');
  const model = analyzeSource({ uri: 'file:///a.ts', version: 1, text }, catalog.extensions);
  let pauses = 0;
  await prepareSuggestions(model, catalog, DEFAULT_SETTINGS, async () => {
    pauses++;
  });
  // One pause a step of building the index (two, for two codes) and one before each unknown code.
  assert.equal(pauses, 4);
  // What the rule asks next is remembered.
  assert.deepEqual(suggestCodes(catalog, 'FORBIDEN', 403), ['FORBIDDEN']);
  assert.deepEqual(suggestCodes(catalog, 'NOT_FUND', 404), ['NOT_FOUND']);
  // With the rule off, nothing is searched.
  pauses = 0;
  const off = { ...DEFAULT_SETTINGS, rules: { 'unknown-code': 'ignore' as const } };
  await prepareSuggestions(model, catalog, off, async () => {
    pauses++;
  });
  assert.equal(pauses, 0);
});
