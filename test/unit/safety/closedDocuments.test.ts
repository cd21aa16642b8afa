import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

const URI = 'file:///workspace/src/errors.ts';
const define = (code: string) => `export const E = createError('${code}', 'Message.', 410);\n`;

// Codes a document defines join the catalog while it is open; once it is closed only the file on
// disk counts. A definition left behind would send go-to-definition, and rename, to text that is
// no longer there.
describe('the codes of a closed document', () => {
  it('leave the catalog when the document was never saved', async () => {
    const { context } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
    context.analyze(TextDocument.create(URI, 'typescript', 1, define('GHOST_CODE')));
    assert.equal(context.catalogFor(URI).lookup('GHOST_CODE')?.source.uri, URI);
    context.forget(URI);
    assert.equal(context.catalogFor(URI).lookup('GHOST_CODE'), undefined);
  });

  it('give way to those of the file on disk', async () => {
    const { context } = await createTestWorkspace({
      'error-catalog.json': SAMPLE_CATALOG,
      'src/errors.ts': define('DISK_CODE'),
    });
    context.analyze(TextDocument.create(URI, 'typescript', 2, define('EDITED_CODE')));
    assert.equal(context.catalogFor(URI).lookup('DISK_CODE'), undefined);
    assert.equal(context.catalogFor(URI).lookup('EDITED_CODE')?.statuses[0], 410);
    context.forget(URI);
    assert.equal(context.catalogFor(URI).lookup('EDITED_CODE'), undefined);
    assert.equal(context.catalogFor(URI).lookup('DISK_CODE')?.statuses[0], 410);
  });
});
