import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocumentAnalyzer } from '../../../server/src/analysis/documentAnalyzer';

test('the tree of a document is handed out for the text last analysed only', () => {
  const analyzer = createDocumentAnalyzer();
  const uri = 'file:///w/a.ts';
  const first = "throw { error: { code: 'FORBIDDEN' } };\n";
  const second = "throw { error: { code: 'FORBIDDEN_X' } };\n";
  assert.equal(analyzer.tree(uri, first), undefined);
  analyzer.analyze({ uri, version: 1, text: first });
  assert.equal(analyzer.tree(uri, first)?.text, first);
  assert.equal(analyzer.tree(uri, second), undefined);
  analyzer.analyze({ uri, version: 2, text: second });
  assert.equal(analyzer.tree(uri, second)?.text, second);
  assert.equal(analyzer.tree(uri, first), undefined);
  analyzer.forget(uri);
  assert.equal(analyzer.tree(uri, second), undefined);
});
