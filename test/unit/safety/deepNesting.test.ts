import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_BRACKET_DEPTH } from '../../../server/src/analysis/deepNesting';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

// Twenty thousand nested parentheses are no program anyone writes, but a file can hold them, and
// the parser and tree walks recurse once per level: the features must answer, not throw.
describe('absurdly deep nesting', () => {
  for (const token of ['(', '[', '{a:', '=>']) {
    it(`answers on ${JSON.stringify(token)} repeated 20,000 times`, async () => {
      const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
      const text = token.repeat(20_000);
      const document = TextDocument.create('file:///workspace/src/deep.ts', 'typescript', 1, text);
      for (const offset of [1, text.length]) {
        const position = document.positionAt(offset);
        assert.deepEqual(service.doComplete(document, position), { isIncomplete: false, items: [] });
        assert.equal(service.doHover(document, position), null);
        assert.equal(service.prepareRename(document, position), null);
        assert.equal(service.doRename(document, position, 'ACCESS_DENIED'), null);
        assert.deepEqual(service.findReferences(document, position, true), []);
      }
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } };
      assert.deepEqual(service.doInlayHints(document, range), []);
      assert.deepEqual(service.doCodeActions(document, [], { only: ['source.fixAll'] }), []);
      // The brackets past the bound are left unanalysed, and said to be: no silent pass.
      const opener = token === '=>' ? -1 : MAX_BRACKET_DEPTH * token.length;
      assert.deepEqual(
        service
          .doValidation(document, DEFAULT_SETTINGS)
          .map((diagnostic) => [
            diagnostic.code,
            diagnostic.range.start.character,
            diagnostic.range.end.character,
          ]),
        opener < 0 ? [] : [['analysis-failed', opener, text.length]],
      );
    });
  }
});
