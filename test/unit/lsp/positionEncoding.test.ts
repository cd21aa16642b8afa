import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message, NotificationMessage, RequestMessage, ResponseMessage } from 'vscode-languageserver';
import { LineTexts, utf16ToUtf8, utf8ToUtf16 } from '../../../server/src/lsp/lineOffsets';
import { PositionEncoding } from '../../../server/src/lsp/positionEncoding';

test('offsets on a line convert between UTF-16 units and UTF-8 bytes, both ways', () => {
  const line = 'aé☕𝒳b'; // 1 + 2 + 3 + 4 + 1 bytes; 1 + 1 + 1 + 2 + 1 units
  assert.deepEqual(
    [0, 1, 2, 3, 5, 6].map((unit) => utf16ToUtf8(line, unit)),
    [0, 1, 3, 6, 10, 11],
  );
  assert.deepEqual(
    [0, 1, 3, 6, 10, 11].map((byte) => utf8ToUtf16(line, byte)),
    [0, 1, 2, 3, 5, 6],
  );
  // Inside a character: its start (bytes), or after it (between the halves of a surrogate pair).
  assert.equal(utf8ToUtf16(line, 2), 1);
  assert.equal(utf8ToUtf16(line, 8), 3);
  assert.equal(utf16ToUtf8(line, 4), 10);
  // Past the end of the line: past it by as much.
  assert.equal(utf16ToUtf8(line, 9), 14);
  assert.equal(utf8ToUtf16(line, 14), 9);
});

test('lines split on \\n, \\r\\n and a lone \\r, without their ends', () => {
  const texts = new LineTexts('é\r\nb\rc\n');
  assert.equal(texts.ascii, false);
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((line) => texts.line(line)),
    ['é', 'b', 'c', '', ''],
  );
  assert.equal(new LineTexts('plain\ntext').ascii, true);
});

/** An encoder over one open document, that a client offering UTF-8 first has negotiated. */
function utf8Encoder(texts: Record<string, string>): PositionEncoding {
  const encoding = new PositionEncoding((uri) => (uri.startsWith('file:///closed') ? texts[uri] : undefined));
  encoding.useOpenDocuments((uri) => (uri.startsWith('file:///closed') ? undefined : texts[uri]));
  assert.equal(encoding.negotiate(['utf-8', 'utf-16']), 'utf-8');
  return encoding;
}

const at = (line: number, character: number) => ({ line, character });

test('the edits of one change notification are each placed in the text the ones before left', () => {
  const encoding = utf8Encoder({ 'file:///a.ts': '𝒳x\n' });
  const change: NotificationMessage = {
    jsonrpc: '2.0',
    method: 'textDocument/didChange',
    params: {
      textDocument: { uri: 'file:///a.ts', version: 2 },
      contentChanges: [
        { range: { start: at(0, 4), end: at(0, 4) }, text: 'é' }, // after 𝒳: '𝒳éx'
        { range: { start: at(0, 6), end: at(0, 7) }, text: 'y' }, // the x, after 𝒳é: '𝒳éy'
      ],
    },
  };
  const converted = encoding.incoming(change) as NotificationMessage;
  assert.deepEqual(
    (converted.params as { contentChanges: Array<{ range: unknown }> }).contentChanges.map((c) => c.range),
    [
      { start: at(0, 2), end: at(0, 2) },
      { start: at(0, 3), end: at(0, 4) },
    ],
  );
});

test("answers are placed in the document they name, the request's by default; data is left alone", () => {
  const encoding = utf8Encoder({ 'file:///a.ts': 'é x\n', 'file:///closed.ts': '☕ y\n' });
  const request: RequestMessage = {
    jsonrpc: '2.0',
    id: 7,
    method: 'textDocument/rename',
    params: { textDocument: { uri: 'file:///a.ts' }, position: at(0, 3), newName: 'z' },
  };
  assert.deepEqual((encoding.incoming(request) as RequestMessage).params, {
    textDocument: { uri: 'file:///a.ts' },
    position: at(0, 2),
    newName: 'z',
  });
  const answer: ResponseMessage = {
    jsonrpc: '2.0',
    id: 7,
    result: {
      changes: {
        'file:///a.ts': [{ range: { start: at(0, 2), end: at(0, 3) }, newText: 'z' }],
        'file:///closed.ts': [{ range: { start: at(0, 2), end: at(0, 3) }, newText: 'z' }],
      },
      documentChanges: [
        {
          textDocument: { uri: 'file:///closed.ts', version: null },
          edits: [{ range: { start: at(0, 2), end: at(0, 3) }, newText: 'z' }],
        },
      ],
      data: { range: { start: at(0, 2), end: at(0, 3) } },
    },
  };
  assert.deepEqual((encoding.outgoing(answer) as ResponseMessage).result, {
    changes: {
      'file:///a.ts': [{ range: { start: at(0, 3), end: at(0, 4) }, newText: 'z' }],
      'file:///closed.ts': [{ range: { start: at(0, 4), end: at(0, 5) }, newText: 'z' }],
    },
    documentChanges: [
      {
        textDocument: { uri: 'file:///closed.ts', version: null },
        edits: [{ range: { start: at(0, 4), end: at(0, 5) }, newText: 'z' }],
      },
    ],
    data: { range: { start: at(0, 2), end: at(0, 3) } },
  });
  // The server's own answer is not changed in place: it may be cached.
  assert.deepEqual((answer.result as { data: unknown }).data, { range: { start: at(0, 2), end: at(0, 3) } });
  assert.deepEqual(
    (answer.result as { changes: Record<string, Array<{ range: unknown }>> }).changes['file:///a.ts'][0]
      .range,
    { start: at(0, 2), end: at(0, 3) },
  );
});

test('semantic tokens are placed in bytes, start and length', () => {
  const encoding = utf8Encoder({ 'file:///a.ts': `'é' 'AB'\n'☕'\n` });
  encoding.incoming({
    jsonrpc: '2.0',
    id: 1,
    method: 'textDocument/semanticTokens/full',
    params: { textDocument: { uri: 'file:///a.ts' } },
  } as Message);
  // Tokens: 'AB' at 4 (2 long) and the é string at 0 (3 long) on line 0; '☕' on line 1.
  const answer: ResponseMessage = {
    jsonrpc: '2.0',
    id: 1,
    result: { data: [0, 0, 3, 0, 0, 0, 4, 4, 0, 0, 1, 0, 3, 0, 0] },
  };
  assert.deepEqual((encoding.outgoing(answer) as ResponseMessage).result, {
    data: [0, 0, 4, 0, 0, 0, 5, 4, 0, 0, 1, 0, 5, 0, 0],
  });
});

test('a client that keeps UTF-16 gets every message as it is', () => {
  const encoding = new PositionEncoding(() => 'é x');
  encoding.useOpenDocuments(() => 'é x');
  assert.equal(encoding.negotiate(undefined), 'utf-16');
  const request = {
    jsonrpc: '2.0',
    id: 1,
    method: 'textDocument/hover',
    params: { textDocument: { uri: 'file:///a.ts' }, position: at(0, 3) },
  } as RequestMessage;
  assert.equal(encoding.incoming(request), request);
  const answer = {
    jsonrpc: '2.0',
    id: 1,
    result: { contents: 'x', range: { start: at(0, 2), end: at(0, 3) } },
  } as ResponseMessage;
  assert.equal(encoding.outgoing(answer), answer);
});
