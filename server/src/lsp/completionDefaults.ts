import type { ClientCapabilities, CompletionItem, CompletionList, Range } from 'vscode-languageserver';

/**
 * The list with the edit range its items share moved to `itemDefaults`, when the client takes
 * item defaults (VS Code does), and with no `filterText` that only repeats the label: the 300
 * codes of a catalog then cost half the bytes to send and read, on every completion.
 */
export function compactCompletionList(
  list: CompletionList,
  capabilities: ClientCapabilities,
): CompletionList {
  const range = itemDefaultsOf(capabilities).includes('editRange') ? sharedRange(list.items) : undefined;
  const items = list.items.map((item): CompletionItem => {
    const { textEdit, filterText, ...rest } = item;
    const compact: CompletionItem = { ...rest };
    if (filterText !== undefined && filterText !== item.label) compact.filterText = filterText;
    if (range && textEdit && 'range' in textEdit) {
      if (textEdit.newText !== item.label) compact.textEditText = textEdit.newText;
    } else if (textEdit) {
      compact.textEdit = textEdit;
    }
    return compact;
  });
  return range
    ? { ...list, itemDefaults: { ...list.itemDefaults, editRange: range }, items }
    : { ...list, items };
}

/** The item defaults the client takes (`editRange`, `data`, ...): none unless it says so. */
export function itemDefaultsOf(capabilities: ClientCapabilities): string[] {
  return capabilities.textDocument?.completion?.completionList?.itemDefaults ?? [];
}

/** The range every item's edit replaces, when they all replace the same one. */
function sharedRange(items: readonly CompletionItem[]): Range | undefined {
  const first = items[0]?.textEdit;
  if (!first || !('range' in first) || items.length < 2) return undefined;
  const same = (range: Range) =>
    range.start.line === first.range.start.line &&
    range.start.character === first.range.start.character &&
    range.end.line === first.range.end.line &&
    range.end.character === first.range.end.character;
  return items.every((item) => item.textEdit && 'range' in item.textEdit && same(item.textEdit.range))
    ? first.range
    : undefined;
}
