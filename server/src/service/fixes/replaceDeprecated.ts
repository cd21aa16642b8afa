import { CodeActionKind } from 'vscode-languageserver-types';
import type { DeprecatedCodeData } from '../rules/deprecatedCode';
import { documentChanges, type QuickFix } from './fix';

/** "Replace with 'REQUESTS_EXCEEDED'" for each live code a deprecation notice names. */
export const replaceDeprecatedFixes: QuickFix = (diagnostic, { document }) => {
  const data = diagnostic.data as DeprecatedCodeData | undefined;
  if (!data || !Array.isArray(data.replacements)) return [];
  return data.replacements.map((code, index) => ({
    title: `Replace with '${code}'`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: documentChanges(document.uri, [{ range: diagnostic.range, newText: code }]),
  }));
};
