import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hover, Location, WorkspaceEdit } from 'vscode-languageserver';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

// A client that prefers UTF-8 (Neovim 0.11, Helix) counts a position's character in bytes: é is
// two, ☕ three, 𝒳 four (two UTF-16 units). Every position it sends and gets is in UTF-8.

const CATALOG = JSON.stringify({ errors: { FORBIDDEN: { status: 403, title: 'Forbidden' } } });
const OPEN = `const note = 'é☕𝒳'; res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;
const CLOSED = `// ünïcode\nconst why = '𝒳𝒳'; reply.code(403).send({ error: { code: 'FORBIDDEN' } });\n`;

let ws: FixtureWorkspace;
let openUri: string;
let closedUri: string;

/** A range on one line, from the UTF-8 bytes before `word` on it to the end of `word`. */
function utf8Range(line: number, text: string, word: string, occurrence = 0) {
  const lineText = text.split('\n')[line];
  let at = lineText.indexOf(word);
  for (let i = 0; i < occurrence; i++) at = lineText.indexOf(word, at + 1);
  const start = Buffer.byteLength(lineText.slice(0, at));
  return { start: { line, character: start }, end: { line, character: start + Buffer.byteLength(word) } };
}

before(() => {
  ws = new FixtureWorkspace();
  ws.write('error-catalog.json', CATALOG);
  ws.write('src/open.ts', OPEN);
  ws.write('src/closed.ts', CLOSED);
  openUri = ws.uri('src/open.ts');
  closedUri = ws.uri('src/closed.ts');
});

after(() => ws.dispose());

test('the server takes the first encoding it speaks from the client list, and UTF-16 by default', async () => {
  const chosen: unknown[] = [];
  for (const positionEncodings of [['utf-8', 'utf-16'], ['utf-32', 'utf-16', 'utf-8'], undefined]) {
    const client = await TestClient.start({ folders: [ws.root], positionEncodings });
    chosen.push(client.initializeResult?.capabilities.positionEncoding);
    await client.stop();
  }
  assert.deepEqual(chosen, ['utf-8', 'utf-16', 'utf-16']);
});

test('a UTF-8 client gets and sends every position in bytes', async () => {
  const client = await TestClient.start({ folders: [ws.root], positionEncodings: ['utf-8', 'utf-16'] });
  try {
    await client.indexed();
    await client.open(openUri, OPEN);
    const code = utf8Range(0, OPEN, 'FORBIDDEN');

    // Diagnostics: the mismatch on the status sent, in bytes.
    assert.deepEqual(
      (await client.diagnostics(openUri)).map((d) => [d.code, d.range]),
      [['status-mismatch', utf8Range(0, OPEN, '404')]],
    );

    // Hover at a byte offset inside the code, and the code's range in bytes.
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: openUri },
      position: { line: 0, character: code.start.character + 3 },
    });
    assert.deepEqual(hover.range, code);

    // An edit sent in bytes: a word inserted after the emoji moves the code by its length.
    const afterEmoji = Buffer.byteLength(`const note = 'é☕𝒳`);
    await client.notify('textDocument/didChange', {
      textDocument: { uri: openUri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 0, character: afterEmoji }, end: { line: 0, character: afterEmoji } },
          text: 'ü!',
        },
      ],
    });
    const edited = OPEN.replace(`'é☕𝒳'`, `'é☕𝒳ü!'`);
    assert.deepEqual(
      (await client.diagnostics(openUri)).map((d) => d.range),
      [utf8Range(0, edited, '404')],
    );

    // References reach the closed file too, placed in its bytes (read from disk).
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: openUri },
      position: { line: 0, character: utf8Range(0, edited, 'FORBIDDEN').start.character + 1 },
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      references.map((location) => [location.uri, location.range]).sort(),
      [
        [closedUri, utf8Range(1, CLOSED, 'FORBIDDEN')],
        [openUri, utf8Range(0, edited, 'FORBIDDEN')],
      ].sort(),
    );

    // A rename's edits in both files, in bytes.
    const rename = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: openUri },
      position: { line: 0, character: utf8Range(0, edited, 'FORBIDDEN').start.character },
      newName: 'NOT_ALLOWED',
    });
    assert.deepEqual(rename.changes?.[closedUri], [
      { range: utf8Range(1, CLOSED, 'FORBIDDEN'), newText: 'NOT_ALLOWED' },
    ]);
    assert.deepEqual(rename.changes?.[openUri], [
      { range: utf8Range(0, edited, 'FORBIDDEN'), newText: 'NOT_ALLOWED' },
    ]);
  } finally {
    await client.stop();
  }
});

test('a UTF-16 client is answered in UTF-16 code units, as before', async () => {
  const client = await TestClient.start({ folders: [ws.root] });
  try {
    await client.indexed();
    await client.open(openUri, OPEN);
    const at = OPEN.indexOf('404');
    assert.deepEqual(
      (await client.diagnostics(openUri)).map((d) => d.range),
      [{ start: { line: 0, character: at }, end: { line: 0, character: at + 3 } }],
    );
  } finally {
    await client.stop();
  }
});
