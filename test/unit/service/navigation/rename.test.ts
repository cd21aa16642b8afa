import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, WorkspaceEdit } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import { applyTextEdits } from '../../../helpers/edits';
import { uriOf } from '../../../helpers/markedWorkspace';
import { createTestWorkspace, ROOT, type TestWorkspace } from '../../../helpers/workspace';
import { inside, marked, navigationWorkspace } from './fixture';

const BOM = '\uFEFF';

/** Files as bytes on disk would hold them: a BOM, CRLF line ends, tabs and non-ASCII text. */
const FILES: Record<string, string> = {
  'error-catalog.json': `${BOM}{\r\n\t"errors": {\r\n\t\t"FORBIDDEN": { "status": 403, "title": "Accès refusé" },\r\n\t\t"ROUTE_NOT_FOUND": { "status": 404 }\r\n\t}\r\n}\r\n`,
  'docs/errors.md': [
    '# Codes d’erreur',
    '',
    '| Error Code | Status | Description |',
    '| --- | --- | --- |',
    '| `FORBIDDEN` | 403 | Vous n’avez pas le droit — désolé. |',
    '| `ROUTE_NOT_FOUND` | 404 | Introuvable. |',
    '',
    'Toute action sur un objet absent renvoie `FORBIDDEN`.',
    '',
  ].join('\r\n'),
  'src/routes.ts': `${BOM}// Größe: ☃\r\nexport function a(res) {\r\n\tres.status(403).json({ error: { code: 'FORBIDDEN', message: 'Zugriff verweigert ✋' } });\r\n}\r\n`,
  'src/errors.ts': `export const ForbiddenError = createError("FORBIDDEN", 'Non autorisé', 403);\n`,
  'src/use.ts': `import { ForbiddenError } from './errors';\nthrow new ForbiddenError();\n`,
  'src/other.ts': `res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND' } });\n`,
};

const decoder = new TextDecoder('utf-8');

/** The text an editor shows for a file: decoded, the BOM not part of it. */
function textOf(ws: TestWorkspace, path: string): Promise<string> {
  return ws.host.readFile(`${ROOT}/${path}`).then((bytes) => decoder.decode(bytes));
}

/** Applies a rename as an editor does: to each file's text, saved back with its BOM, then re-indexed. */
async function applyRename(ws: TestWorkspace, edit: WorkspaceEdit): Promise<void> {
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const path = uri.slice(`file://${ROOT}/`.length);
    const raw = await ws.host.readFile(`${ROOT}/${path}`);
    const bom = raw![0] === 0xef && raw![1] === 0xbb && raw![2] === 0xbf;
    const text = applyTextEdits(await textOf(ws, path), edits, uri);
    ws.host.write(`${ROOT}/${path}`, (bom ? BOM : '') + text);
    if (ws.index.isCatalogDocument(uri)) await ws.index.updateCatalogFile(uri);
    else await ws.sources.updateFromDisk(uri);
    // Saved and closed: the file on disk is what counts again.
    ws.context.forget(uri);
  }
}

let version = 0;

/** The file as an editor opens it, each time as a new version. */
async function document(ws: TestWorkspace, path: string): Promise<TextDocument> {
  const language = path.endsWith('.ts') ? 'typescript' : 'plaintext';
  return TextDocument.create(uriOf(path), language, ++version, await textOf(ws, path));
}

async function positionOf(ws: TestWorkspace, path: string, needle: string): Promise<Position> {
  const doc = await document(ws, path);
  return doc.positionAt(doc.getText().indexOf(needle) + 1);
}

async function snapshot(ws: TestWorkspace): Promise<Record<string, Uint8Array>> {
  const bytes: Record<string, Uint8Array> = {};
  for (const path of Object.keys(FILES)) bytes[path] = (await ws.host.readFile(`${ROOT}/${path}`))!;
  return bytes;
}

test('rename a code everywhere, then rename it back: every file is restored byte for byte', async () => {
  const ws = await createTestWorkspace(FILES);
  const before = await snapshot(ws);
  const routes = await document(ws, 'src/routes.ts');
  const at = await positionOf(ws, 'src/routes.ts', `FORBIDDEN'`);
  const code = routes.getText().indexOf(`FORBIDDEN'`);
  assert.deepEqual(ws.service.prepareRename(routes, at), {
    range: { start: routes.positionAt(code), end: routes.positionAt(code + 'FORBIDDEN'.length) },
    placeholder: 'FORBIDDEN',
  });
  const edit = ws.service.doRename(routes, at, 'ACCESS_DENIED') as WorkspaceEdit;
  assert.deepEqual(Object.keys(edit.changes!).sort(), [
    uriOf('docs/errors.md'),
    uriOf('error-catalog.json'),
    uriOf('src/errors.ts'),
    uriOf('src/routes.ts'),
  ]);
  await applyRename(ws, edit);
  assert.equal(
    await textOf(ws, 'error-catalog.json'),
    `{\r\n\t"errors": {\r\n\t\t"ACCESS_DENIED": { "status": 403, "title": "Accès refusé" },\r\n\t\t"ROUTE_NOT_FOUND": { "status": 404 }\r\n\t}\r\n}\r\n`,
  );
  assert.equal(
    await textOf(ws, 'src/routes.ts'),
    `// Größe: ☃\r\nexport function a(res) {\r\n\tres.status(403).json({ error: { code: 'ACCESS_DENIED', message: 'Zugriff verweigert ✋' } });\r\n}\r\n`,
  );
  assert.equal(
    await textOf(ws, 'src/errors.ts'),
    `export const ForbiddenError = createError("ACCESS_DENIED", 'Non autorisé', 403);\n`,
  );
  const markdown = (await textOf(ws, 'docs/errors.md')).split('\r\n');
  assert.equal(markdown[4], '| `ACCESS_DENIED` | 403 | Vous n’avez pas le droit — désolé. |');
  assert.equal(markdown[7], 'Toute action sur un objet absent renvoie `ACCESS_DENIED`.');
  assert.equal(await textOf(ws, 'src/use.ts'), FILES['src/use.ts']);
  assert.deepEqual(ws.service.doValidation(await document(ws, 'src/routes.ts'), DEFAULT_SETTINGS), []);

  // Back again, this time from the catalog entry.
  const catalog = await document(ws, 'error-catalog.json');
  const back = ws.service.doRename(
    catalog,
    await positionOf(ws, 'error-catalog.json', 'ACCESS_DENIED'),
    'FORBIDDEN',
  );
  await applyRename(ws, back as WorkspaceEdit);
  assert.deepEqual(await snapshot(ws), before);
});

test('rename refuses unsafe places with the reason', async () => {
  const ws = await createTestWorkspace({
    'error-catalog.json': JSON.stringify({
      errors: { FORBIDDEN: { status: 403, aliases: ['NOT_ALLOWED'] }, ROUTE_NOT_FOUND: { status: 404 } },
    }),
    'src/a.ts': [
      `res.status(403).json({ error: { code: 'NOT_ALLOWED' } });`,
      `res.status(404).json({ error: { code: 'TYPO_CODE' } });`,
      'res.status(404).json({ error: { code: `${prefix}_NOT_FOUND` } });',
      `const code = 'FORBID' + 'DEN';`,
      `const plain = 'ROUTE_NOT_FOUND';`,
      `const unrelated = 'hello world';`,
      `c.json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404);`,
      `res.status(403).json({ error: { code: 'FORBID\\u0044EN' } });`,
    ].join('\n'),
  });
  const source = await document(ws, 'src/a.ts');
  const at = (line: number, needle: string): Position => ({
    line,
    character: source.getText().split('\n')[line].indexOf(needle) + 1,
  });
  const refusal = (line: number, needle: string) => ws.service.prepareRename(source, at(line, needle));
  assert.deepEqual(refusal(0, 'NOT_ALLOWED'), {
    error: `'NOT_ALLOWED' is an alias of 'FORBIDDEN': rename 'FORBIDDEN', or edit the alias in the catalog.`,
  });
  assert.deepEqual(refusal(1, 'TYPO_CODE'), {
    error: `'TYPO_CODE' is not in the error catalog: only catalog codes are renamed.`,
  });
  assert.deepEqual(refusal(2, '_NOT_FOUND'), {
    error: `'_NOT_FOUND' is part of a string built at run time (a template or a concatenation): the code it makes cannot be renamed safely. Write the code as one string literal first.`,
  });
  assert.deepEqual(refusal(3, 'FORBID'), {
    error: `'FORBID' is part of a string built at run time (a template or a concatenation): the code it makes cannot be renamed safely. Write the code as one string literal first.`,
  });
  assert.deepEqual(refusal(4, 'ROUTE_NOT_FOUND'), {
    error: `'ROUTE_NOT_FOUND' here does not sit in an error envelope or a call the analyser follows, so renaming the code would miss it. Rename the code from its catalog entry or from a use in an envelope, and change this string by hand.`,
  });
  assert.equal(refusal(5, 'hello'), null);
  assert.deepEqual(refusal(6, '404'), {
    error: `'404' is an HTTP status, not an error code: statuses are not renamed.`,
  });
  assert.deepEqual(refusal(7, 'FORBID'), {
    error: `'FORBIDDEN' is written with escape sequences here: rewrite it plainly before renaming.`,
  });
});

test('a code written with escapes, or mentioned in Markdown prose, is not renamed', async () => {
  const escaped = await createTestWorkspace({
    'error-catalog.json': '{ "errors": { "FORBID\\u0044EN": { "status": 403 } } }',
    'src/a.ts': `res.status(403).json({ error: { code: 'FORBIDDEN' } });\n`,
  });
  const a = await document(escaped, 'src/a.ts');
  assert.deepEqual(escaped.service.prepareRename(a, await positionOf(escaped, 'src/a.ts', 'FORBIDDEN')), {
    error: `'FORBIDDEN' is written with escape sequences in error-catalog.json:1: rewrite it plainly there before renaming.`,
  });
  const prose = await createTestWorkspace({
    'docs/errors.md':
      '| Error Code | Status |\n| --- | --- |\n| `FORBIDDEN` | 403 |\n\nA FORBIDDEN error means no.\n',
    'src/a.ts': `res.status(403).json({ error: { code: 'FORBIDDEN' } });\n`,
  });
  const source = await document(prose, 'src/a.ts');
  assert.deepEqual(prose.service.prepareRename(source, await positionOf(prose, 'src/a.ts', 'FORBIDDEN')), {
    error: `errors.md mentions 'FORBIDDEN' on line 5 outside a table cell, heading or code span, which cannot be rewritten safely: edit that line by hand, then rename.`,
  });
});

test('the new name must be a plain code that nothing uses yet', async () => {
  const ws = await navigationWorkspace();
  const routes = ws.document('src/routes.ts');
  const at = inside(ws.ranges['src/routes.ts'][0]);
  assert.deepEqual(ws.service.doRename(routes, at, 'ROUTE_NOT_FOUND'), {
    error: `'ROUTE_NOT_FOUND' is already in the error catalog (error-catalog.json:4): renaming 'FORBIDDEN' onto it would merge two codes.`,
  });
  assert.deepEqual(ws.service.doRename(routes, at, 'NOT_ALLOWED'), {
    error: `'NOT_ALLOWED' is already in the error catalog (error-catalog.json:3): renaming 'FORBIDDEN' onto it would merge two codes.`,
  });
  assert.deepEqual(ws.service.doRename(routes, at, 'access denied'), {
    error: `'access denied' cannot be a code: use letters, digits and _ . : / - only, starting with a letter, digit or _.`,
  });
  assert.deepEqual(ws.service.doRename(routes, at, 'null'), {
    error: `'null' cannot be a code: use letters, digits and _ . : / - only, starting with a letter, digit or _.`,
  });
  assert.deepEqual(ws.service.doRename(routes, at, 'FORBIDDEN'), { changes: {} });
  // A class use is the class's name: TypeScript renames it, not this server.
  assert.equal(ws.service.prepareRename(ws.document('src/use.ts'), inside(ws.ranges['src/use.ts'][0])), null);
  const edit = ws.service.doRename(routes, at, 'auth/forbidden') as WorkspaceEdit;
  assert.deepEqual(edit.changes, {
    [ws.uri('error-catalog.json')]: [
      { range: marked(ws, 'error-catalog.json', 0).range, newText: 'auth/forbidden' },
    ],
    [ws.uri('src/errors.ts')]: [{ range: marked(ws, 'src/errors.ts', 0).range, newText: 'auth/forbidden' }],
    [ws.uri('src/routes.ts')]: [{ range: marked(ws, 'src/routes.ts', 0).range, newText: 'auth/forbidden' }],
  });
});
