import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { applyWorkspaceEdit } from '../helpers/edits';
import { createTestWorkspace, ROOT } from '../helpers/workspace';

// A root catalog and a package catalog both define FORBIDDEN: each governs its own uses.
const FILES: Record<string, string> = {
  'error-catalog.json': '{\n  "errors": {\n    "FORBIDDEN": { "status": 403 }\n  }\n}\n',
  'pkg/error-catalog.json':
    '{\n  "errors": {\n    "FORBIDDEN": { "status": 403, "title": "Package" }\n  }\n}\n',
  'src/root.ts': `res.status(403).json({ error: { code: 'FORBIDDEN' } });\n`,
  'pkg/src/pkg.ts': `res.status(403).json({ error: { code: 'FORBIDDEN' } });\n`,
};
/** On the code of either source file. */
const ON_CODE = { line: 0, character: 42 };
const uriOf = (path: string) => `file://${ROOT}/${path}`;

/** Renames the code at `ON_CODE` in `from`, and the workspace's texts after the edit. */
async function rename(files: Record<string, string>, from: string, to: string) {
  const workspace = await createTestWorkspace(files);
  const document = TextDocument.create(uriOf(from), 'typescript', 1, files[from]);
  const edit = workspace.service.doRename(document, ON_CODE, to);
  assert.ok(edit && 'changes' in edit, `rename refused: ${JSON.stringify(edit)}`);
  const byUri = Object.fromEntries(Object.entries(files).map(([path, text]) => [uriOf(path), text]));
  const after = applyWorkspaceEdit(byUri, edit as WorkspaceEdit);
  return {
    edited: Object.keys((edit as WorkspaceEdit).changes ?? {})
      .map((uri) => uri.slice(uriOf('').length))
      .sort(),
    files: Object.fromEntries(Object.entries(files).map(([path]) => [path, after[uriOf(path)]])),
  };
}

describe('rename stays within the entry that governs the use', () => {
  it('from the root, the root catalog and its uses; the package keeps its own', async () => {
    const renamed = await rename(FILES, 'src/root.ts', 'ACCESS_DENIED');
    assert.deepEqual(renamed.edited, ['error-catalog.json', 'src/root.ts']);
    const back = await rename(renamed.files, 'src/root.ts', 'FORBIDDEN');
    assert.deepEqual(back.files, FILES);
  });

  it('from the package, its catalog and its uses; the root keeps its own', async () => {
    const renamed = await rename(FILES, 'pkg/src/pkg.ts', 'ACCESS_DENIED');
    assert.deepEqual(renamed.edited, ['pkg/error-catalog.json', 'pkg/src/pkg.ts']);
    assert.equal(
      renamed.files['pkg/error-catalog.json'],
      FILES['pkg/error-catalog.json'].replace('FORBIDDEN', 'ACCESS_DENIED'),
    );
    const back = await rename(renamed.files, 'pkg/src/pkg.ts', 'FORBIDDEN');
    assert.deepEqual(back.files, FILES);
  });

  it('a package without its own entry is governed by the root: both are renamed together', async () => {
    const files = {
      ...FILES,
      'pkg/error-catalog.json': '{\n  "errors": {\n    "OTHER": { "status": 400 }\n  }\n}\n',
    };
    const renamed = await rename(files, 'pkg/src/pkg.ts', 'ACCESS_DENIED');
    assert.deepEqual(renamed.edited, ['error-catalog.json', 'pkg/src/pkg.ts', 'src/root.ts']);
    const back = await rename(renamed.files, 'src/root.ts', 'FORBIDDEN');
    assert.deepEqual(back.files, files);
  });
});
