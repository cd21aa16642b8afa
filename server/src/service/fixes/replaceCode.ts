import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { UnknownCodeData } from '../rules/unknownCode';

/** "Replace with 'FORBIDDEN'" for each catalog code close to an unknown one. */
export function replaceCodeFixes(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as UnknownCodeData | undefined;
  if (!data || !Array.isArray(data.suggestions)) return [];
  return data.suggestions.map((code, index) => ({
    title: `Replace with '${code}'`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: code }] } },
  }));
}
