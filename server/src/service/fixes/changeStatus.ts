import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { StatusSite } from '../../analysis/types';
import type { StatusMismatchData } from '../rules/statusMismatch';
import { isValidStatus } from '../../catalog/canonicalEntry';
import { formatStatus } from '../statusText';
import { currentText } from './currentText';

/** "Change status to 403": rewrites the status where it is written, in the form it is written. */
export function changeStatusFixes(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as StatusMismatchData | undefined;
  if (!data?.site || !Array.isArray(data.expected)) return [];
  const written = currentText(document, data.site.range);
  if (written === undefined || !stillWritten(data.site, written, data.sent)) return [];
  return data.expected.filter(isValidStatus).flatMap((status, index) => {
    const newText = statusText(data.site, status);
    if (newText === undefined) return [];
    return [
      {
        title: `Change status to ${formatStatus(status)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [document.uri]: [{ range: data.site.range, newText }] } },
      },
    ];
  });
}

/** The text that writes `status` in the same form as the site, or undefined when it cannot be. */
function statusText(site: StatusSite, status: number): string | undefined {
  switch (site.form) {
    case 'number':
    case 'string':
      return String(status);
    default:
      return undefined;
  }
}

/** Whether the site still writes the status the diagnostic saw (`404`, `0x194`, `4_04`). */
function stillWritten(site: StatusSite, text: string, sent: number): boolean {
  if (site.form !== 'number' && site.form !== 'string') return true;
  return text.trim() !== '' && Number(text.replaceAll('_', '')) === sent;
}
