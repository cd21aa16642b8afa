import { CodeActionKind } from 'vscode-languageserver-types';
import type { StatusMismatchData } from '../rules/statusMismatch';
import { documentChanges, type QuickFix } from './fix';

/**
 * "Use code ROUTE_NOT_FOUND (404)": when the status is right and the code wrong, each catalog code
 * the catalog gives the sent status (deprecated ones left out).
 */
export const useCodeFixes: QuickFix = (diagnostic, input) => {
  const data = diagnostic.data as StatusMismatchData | undefined;
  if (data?.kind !== 'catalog' || !data.codeRange) return [];
  const codeRange = data.codeRange;
  return input.context
    .catalogFor(input.document.uri)
    .entriesWithStatus(data.sent)
    .filter((entry) => !entry.deprecated && entry.code !== data.code)
    .map((entry) => ({
      title: `Use code ${entry.code} (${data.sent})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: documentChanges(input.document.uri, [{ range: codeRange, newText: entry.code }]),
    }));
};
