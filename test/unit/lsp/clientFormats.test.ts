import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InsertTextFormat, MarkupKind, type CompletionList } from 'vscode-languageserver';
import { completionFor, hoverFor, plainText } from '../../../server/src/lsp/clientFormats';
import { formatEntry } from '../../../server/src/service/hover';

const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const ENTRY_MARKDOWN = formatEntry(
  {
    code: 'QUOTA_*EXCEEDED*',
    statuses: [429],
    aliases: [],
    title: 'Too many <requests>',
    description: 'Wait `Retry-After` seconds.',
    docs: 'https://api.test/errors#quota',
    source: { uri: 'file:///ws/error-catalog.json', range: ORIGIN, format: 'json' },
  },
  2,
);

test('a hover becomes plain text for a client that lists plain text only', () => {
  assert.equal(
    plainText(ENTRY_MARKDOWN),
    [
      'QUOTA_*EXCEEDED* · 429 Too Many Requests',
      'Too many <requests>',
      'Wait `Retry-After` seconds.',
      'Documentation (https://api.test/errors#quota)',
      'Defined in error-catalog.json:1 (file:///ws/error-catalog.json#L1)',
      'Used in 2 places',
    ].join('\n\n'),
  );
  const hover = { contents: { kind: MarkupKind.Markdown, value: ENTRY_MARKDOWN }, range: ORIGIN };
  const plainOnly = { textDocument: { hover: { contentFormat: [MarkupKind.PlainText] } } };
  assert.deepEqual(hoverFor(hover, plainOnly)?.contents, {
    kind: MarkupKind.PlainText,
    value: plainText(ENTRY_MARKDOWN),
  });
  // Markdown listed, or nothing said of formats: Markdown as written.
  const both = { textDocument: { hover: { contentFormat: [MarkupKind.PlainText, MarkupKind.Markdown] } } };
  assert.equal(hoverFor(hover, both), hover);
  assert.equal(hoverFor(hover, {}), hover);
});

test('completion without snippet support inserts the text a snippet would leave by default', () => {
  const list: CompletionList = {
    isIncomplete: false,
    items: [
      {
        label: 'error envelope: nested',
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: ORIGIN, newText: "{ error: { code: '${1|FORBIDDEN,GONE|}' } }$0" },
        documentation: { kind: MarkupKind.Markdown, value: '**Forbidden**' },
      },
      { label: 'FORBIDDEN', textEdit: { range: ORIGIN, newText: "'FORBIDDEN'" } },
    ],
  };
  const plain = completionFor(list, {
    textDocument: {
      completion: { completionItem: { snippetSupport: false, documentationFormat: ['plaintext'] } },
    },
  });
  assert.deepEqual(plain.items, [
    {
      label: 'error envelope: nested',
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: ORIGIN, newText: "{ error: { code: 'FORBIDDEN' } }" },
      documentation: { kind: MarkupKind.PlainText, value: 'Forbidden' },
    },
    { label: 'FORBIDDEN', textEdit: { range: ORIGIN, newText: "'FORBIDDEN'" } },
  ]);
  const full = { textDocument: { completion: { completionItem: { snippetSupport: true } } } };
  assert.equal(completionFor(list, full), list);
});
