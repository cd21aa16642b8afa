import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { UnknownCodeData } from '../rules/unknownCode';
import { currentText } from './currentText';

/** "Replace with 'FORBIDDEN'" for each catalog code close to an unknown one. */
export function replaceCodeFixes(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as UnknownCodeData | undefined;
  if (!data || !Array.isArray(data.suggestions)) return [];
  if (currentText(document, diagnostic.range) !== data.code) return [];
  const suggestions = data.suggestions.filter(
    (code): code is string => typeof code === 'string' && code !== '',
  );
  return suggestions.map((code, index) => ({
    title: `Replace with '${code}'`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: code }] } },
  }));
}
