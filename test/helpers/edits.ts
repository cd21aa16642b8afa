import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

/** Applies text edits to a text, as an editor does (positions refer to the text before any edit). */
export function applyTextEdits(text: string, edits: TextEdit[], uri = 'file:///workspace/x'): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), edits);
}

/** Applies a workspace edit's `changes` to texts keyed by URI; URIs it does not touch are kept. */
export function applyWorkspaceEdit(
  texts: Record<string, string>,
  edit: WorkspaceEdit,
): Record<string, string> {
  const result = { ...texts };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    if (result[uri] === undefined) throw new Error(`the edit touches ${uri}, which the test does not know`);
    result[uri] = applyTextEdits(result[uri], edits, uri);
  }
  return result;
}

/** The only edit list of an action that edits one document. */
export function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = action.edit?.changes?.[uri];
  if (!edits) throw new Error(`"${action.title}" does not edit ${uri}`);
  return edits;
}
