import { modify, parseTree, findNodeAtLocation, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { detectLayout } from './textLayout';

/** The fields of a new catalog entry, in the order they are written. */
export interface NewEntry {
  status?: number;
  title: string;
}

/** Whether a JSON catalog's text parses the way the loader reads it (no comments, no trailing commas). */
export function jsonParses(text: string): boolean {
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    return false;
  }
  return errors.length === 0;
}

/**
 * The edits that add `code` under `errors` of a JSON catalog, formatted with the file's own
 * indentation and line ending. Codes kept in alphabetical order stay so; otherwise the new one
 * comes last. An `errors` object is created when the file has none. Undefined when the file's root
 * or its `errors` is not an object: nothing is overwritten.
 */
export function insertJsonEntry(
  uri: string,
  text: string,
  code: string,
  entry: NewEntry,
): TextEdit[] | undefined {
  const layout = detectLayout(text);
  const formattingOptions = { insertSpaces: !layout.tabs, tabSize: layout.indentSize, eol: layout.eol };
  const root = parseTree(text);
  if (root?.type !== 'object') return undefined;
  const errors = findNodeAtLocation(root, ['errors']);
  if (errors && errors.type !== 'object') return undefined;
  const edits = errors
    ? modify(text, ['errors', code], entry, {
        formattingOptions,
        getInsertionIndex: (codes) => (isSorted(codes) ? codes.filter((c) => c < code).length : codes.length),
      })
    : modify(text, ['errors'], { [code]: entry }, { formattingOptions });
  const document = TextDocument.create(uri, 'json', 0, text);
  return edits.map((edit) => ({
    range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) },
    newText: edit.content,
  }));
}

function isSorted(codes: string[]): boolean {
  return codes.every((code, index) => index === 0 || codes[index - 1] <= code);
}
