import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { MAX_SOURCE_BYTES } from '../../server/src/workspace/fileLimits';
import { MemoryHost } from '../../server/src/workspace/memoryHost';
import { WorkspaceContext } from '../../server/src/workspace/workspaceContext';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { SAMPLE_CATALOG } from '../helpers/workspace';

/** One response with a half-typed code, padded on its line to `length` characters. */
function responseOfLength(length: number): string {
  const line = `res.status(404).json({ error: { code: 'FORB' } });`;
  return line + ' '.repeat(length - line.length);
}

/** Where the cursor sits in the half-typed code: after `FORB`. */
const CURSOR = { line: 0, character: `res.status(404).json({ error: { code: 'FORB`.length };

async function serviceOverWorkspace() {
  const host = new MemoryHost({ '/ws/error-catalog.json': SAMPLE_CATALOG });
  const index = new WorkspaceIndex(host, { roots: ['/ws'] });
  await index.initialize();
  const context = new WorkspaceContext(index);
  await context.indexSources(host, ['/ws']).initialize();
  return getLanguageService(context);
}

describe('every request honours the size bound of an open document', () => {
  it('over the bound, completion, rename, hover and navigation answer as for an empty file', async () => {
    const service = await serviceOverWorkspace();
    // A minified bundle one character over the bound: parsing it for a completion used to cost
    // seconds and, at 20 MB, more than a 2 GB heap.
    const bundle = TextDocument.create(
      'file:///ws/vendor.min.js',
      'javascript',
      1,
      responseOfLength(MAX_SOURCE_BYTES + 1),
    );
    assert.deepEqual(service.doComplete(bundle, CURSOR), { isIncomplete: false, items: [] });
    assert.equal(service.prepareRename(bundle, CURSOR), null);
    assert.equal(service.doRename(bundle, CURSOR, 'FORBIDDEN_ACCESS'), null);
    assert.equal(service.doHover(bundle, CURSOR), null);
    assert.deepEqual(service.findDefinition(bundle, CURSOR), []);
    assert.deepEqual(service.findReferences(bundle, CURSOR, true), []);
    assert.deepEqual(service.findDocumentSymbols(bundle), []);
    assert.deepEqual(service.doValidation(bundle, DEFAULT_SETTINGS), []);
    assert.deepEqual(service.doCodeActions(bundle, []), []);
    assert.equal(service.doSemanticTokens(bundle), null);
    assert.deepEqual(
      service.doInlayHints(bundle, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }),
      [],
    );
  });

  it('at the bound, the same document is read: its half-typed code completes', async () => {
    const service = await serviceOverWorkspace();
    const atBound = TextDocument.create(
      'file:///ws/src/app.ts',
      'typescript',
      1,
      responseOfLength(MAX_SOURCE_BYTES),
    );
    const labels = service.doComplete(atBound, CURSOR).items.map((item) => item.label);
    assert.deepEqual(
      labels.filter((label) => label.startsWith('FORB')),
      ['FORBIDDEN'],
    );
  });

  it('a catalog document over the catalog bound answers nothing either', async () => {
    const service = await serviceOverWorkspace();
    const catalog = TextDocument.create(
      'file:///ws/error-catalog.json',
      'json',
      2,
      SAMPLE_CATALOG + ' '.repeat(16 * 1024 * 1024),
    );
    const onForbidden = { line: 2, character: 8 };
    assert.equal(service.prepareRename(catalog, onForbidden), null);
    assert.deepEqual(service.findReferences(catalog, onForbidden, true), []);
  });
});
