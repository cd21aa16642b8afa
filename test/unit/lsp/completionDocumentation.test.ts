import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import {
  DeferredDocumentation,
  DEFERRED_DOCUMENTATION_MAX_ITEMS,
  DEFERRED_DOCUMENTATION_MIN_ITEMS,
} from '../../../server/src/lsp/completionDocumentation';

const list = (count: number): CompletionList => ({
  isIncomplete: false,
  items: Array.from({ length: count }, (_, i) => ({
    label: `C${i}`,
    kind: 21,
    documentation: { kind: 'markdown', value: `about C${i}` },
  })),
});

test('a short list keeps its documentation inline', () => {
  const short = list(DEFERRED_DOCUMENTATION_MIN_ITEMS - 1);
  assert.equal(new DeferredDocumentation().defer(short, true), short);
});

test('without data in the item defaults, each deferred item carries its list', () => {
  const deferred = new DeferredDocumentation();
  const sent = deferred.defer(list(DEFERRED_DOCUMENTATION_MIN_ITEMS), false);
  assert.equal(sent.itemDefaults, undefined);
  assert.deepEqual(sent.items[3], { label: 'C3', kind: 21, data: { completionList: 1 } });
  assert.deepEqual(deferred.resolve(sent.items[3]), {
    label: 'C3',
    kind: 21,
    data: { completionList: 1 },
    documentation: { kind: 'markdown', value: 'about C3' },
  });
  // An item of another kind with the same label is another item.
  const other: CompletionItem = { ...sent.items[3], kind: 14 };
  assert.equal(deferred.resolve(other), other);
});

test('a list past any real catalog keeps its documentation inline, holding nothing between requests', () => {
  const huge = list(DEFERRED_DOCUMENTATION_MAX_ITEMS + 1);
  assert.equal(new DeferredDocumentation().defer(huge, true), huge);
});
