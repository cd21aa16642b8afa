import { CodeActionKind } from 'vscode-languageserver-types';
import type { UnknownCodeData } from '../rules/unknownCode';
import { documentChanges, type QuickFix } from './fix';

/** "Replace with 'FORBIDDEN'" for each catalog code close to an unknown one. */
export const replaceCodeFixes: QuickFix = (diagnostic, { document }) => {
  const data = diagnostic.data as UnknownCodeData | undefined;
  if (!data || !Array.isArray(data.suggestions)) return [];
  return data.suggestions.map((code, index) => ({
    title: `Replace with '${code}'`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: documentChanges(document.uri, [{ range: diagnostic.range, newText: code }]),
  }));
};
