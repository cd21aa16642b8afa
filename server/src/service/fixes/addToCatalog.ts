import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { editableFormatOf } from '../edits/editableCatalogs';
import type { EntryFields } from '../edits/jsonCatalogInsert';
import type { UnknownCodeData } from '../rules/unknownCode';
import { fileNameOf } from '../../workspace/fileKinds';
import type { QuickFix } from './fix';

/**
 * "Add 'ORDER_NOT_FOUND' to the catalog": a workspace edit that writes a new entry into the
 * nearest JSON or YAML catalog governing the document, with the status the response sends. A
 * catalog that does not parse right now is never written to: the action comes disabled, saying
 * why, or not at all when the client cannot show disabled actions.
 */
export const addToCatalogFixes: QuickFix = (diagnostic, input) => {
  const data = diagnostic.data as UnknownCodeData | undefined;
  if (!data || typeof data.code !== 'string') return [];
  const actionTitle = `Add '${data.code}' to the catalog`;
  const disabled = (reason: string): CodeAction[] =>
    input.disabledSupport
      ? [
          {
            title: actionTitle,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            disabled: { reason },
          },
        ]
      : [];
  const catalog = input.context.catalogFor(input.document.uri);
  // An OpenAPI document lists codes in its responses' examples, not in an `errors` mapping.
  const described = new Set(catalog.apiDescriptions().map(({ uri }) => uri));
  const target = catalog.uris().flatMap((uri) => {
    const format = described.has(uri) ? undefined : editableFormatOf(uri);
    return format ? [{ uri, format }] : [];
  })[0];
  if (!target)
    return disabled('No JSON or YAML catalog governs this file; documentation in Markdown is not edited.');
  const name = fileNameOf(target.uri);
  const text = input.context.catalogText(target.uri);
  if (text === undefined) return disabled(`${name} cannot be read.`);
  if (!target.format.parses(text))
    return disabled(`${name} has syntax errors; fix them before adding codes to it.`);
  const title = titleOf(data.code);
  // Fields in the order the canonical format lists them.
  const entry: EntryFields = typeof data.status === 'number' ? { status: data.status, title } : { title };
  const edits = target.format.insert(target.uri, text, data.code, entry);
  if (!edits) return disabled(`${name} has no \`errors\` mapping a new entry can be added to.`);
  return [
    {
      title: actionTitle,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: !Array.isArray(data.suggestions) || data.suggestions.length === 0,
      edit: { changes: { [target.uri]: edits } },
    },
  ];
};

/** A readable title from the code's words: `ORDER_NOT_FOUND` and `OrderNotFound` give `Order not found`. */
export function titleOf(code: string): string {
  const words: string[] = [];
  let word = '';
  const flush = () => {
    if (word) words.push(word.toLowerCase());
    word = '';
  };
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    const isLetterOrDigit = char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9');
    if (!isLetterOrDigit) {
      flush();
      continue;
    }
    const previous = code[i - 1];
    const startsWord =
      char !== char.toLowerCase() &&
      previous !== undefined &&
      previous === previous.toLowerCase() &&
      previous !== previous.toUpperCase();
    if (startsWord) flush();
    word += char;
  }
  flush();
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
