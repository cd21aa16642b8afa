import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClientCapabilities, CompletionList } from 'vscode-languageserver';
import { compactCompletionList } from '../../../server/src/lsp/completionDefaults';

const range = { start: { line: 3, character: 10 }, end: { line: 3, character: 19 } };
const list: CompletionList = {
  isIncomplete: false,
  items: [
    {
      label: 'FORBIDDEN',
      sortText: '0FORBIDDEN',
      filterText: 'FORBIDDEN',
      textEdit: { range, newText: 'FORBIDDEN' },
    },
    {
      label: 'NOT_FOUND',
      sortText: '1NOT_FOUND',
      filterText: "'NOT_FOUND",
      textEdit: { range, newText: "'NOT_FOUND'" },
    },
  ],
};
const withDefaults: ClientCapabilities = {
  textDocument: { completion: { completionList: { itemDefaults: ['editRange', 'data'] } } },
};

test('the shared edit range moves to the item defaults when the client takes them', () => {
  assert.deepEqual(compactCompletionList(list, withDefaults), {
    isIncomplete: false,
    itemDefaults: { editRange: range },
    items: [
      { label: 'FORBIDDEN', sortText: '0FORBIDDEN' },
      { label: 'NOT_FOUND', sortText: '1NOT_FOUND', filterText: "'NOT_FOUND", textEditText: "'NOT_FOUND'" },
    ],
  });
});

test('without item defaults, or with edits of different ranges, each item keeps its edit', () => {
  const kept = {
    isIncomplete: false,
    items: [
      { label: 'FORBIDDEN', sortText: '0FORBIDDEN', textEdit: { range, newText: 'FORBIDDEN' } },
      {
        label: 'NOT_FOUND',
        sortText: '1NOT_FOUND',
        filterText: "'NOT_FOUND",
        textEdit: { range, newText: "'NOT_FOUND'" },
      },
    ],
  };
  assert.deepEqual(compactCompletionList(list, {}), kept);
  const other = { ...range, end: { line: 3, character: 20 } };
  const mixed: CompletionList = {
    ...list,
    items: [list.items[0], { ...list.items[1], textEdit: { range: other, newText: 'X' } }],
  };
  const compact = compactCompletionList(mixed, withDefaults);
  assert.equal(compact.itemDefaults, undefined);
  assert.deepEqual(compact.items[1].textEdit, { range: other, newText: 'X' });
});
