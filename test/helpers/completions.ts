import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { expandSnippet } from '../../server/src/service/completion/snippetText';

/**
 * The document's text once a completion item is accepted as an editor would accept it: its edit
 * (a snippet expanded with every tab stop at its default) and its additional edits.
 */
export function applyCompletion(document: TextDocument, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const newText =
    item.insertTextFormat === InsertTextFormat.Snippet ? expandSnippet(edit.newText) : edit.newText;
  return TextDocument.applyEdits(document, [
    { range: edit.range, newText },
    ...(item.additionalTextEdits ?? []),
  ]);
}

/** The item with this label; fails loudly when there is none. */
export function itemLabelled(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no item '${label}' among ${items.map((i) => i.label).join(', ')}`);
  return item;
}

/** Items in the order an editor lists them (by sortText, then label). */
export function sorted(items: CompletionItem[]): CompletionItem[] {
  return [...items].sort(
    (a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label),
  );
}
