import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { StatusSite } from '../../analysis/types';
import { statusEdits } from '../edits/statusEdits';
import type { StatusMismatchData } from '../rules/statusMismatch';
import { formatStatus } from '../statusText';
import { documentChanges, type FixInput, type QuickFix } from './fix';

/**
 * "Change status to 403 Forbidden": rewrites the status where it is written, in the form it is
 * written. For a problem details body whose status differs from the response's, either side can
 * be made to match the other.
 */
export const changeStatusFixes: QuickFix = (diagnostic, input) => {
  const data = diagnostic.data as StatusMismatchData | undefined;
  if (data?.kind === 'catalog' && Array.isArray(data.expected)) {
    return data.expected.flatMap((status, index) =>
      changeAction(
        `Change status to ${formatStatus(status)}`,
        data.site,
        status,
        diagnostic,
        input,
        index === 0,
      ),
    );
  }
  if (data?.kind === 'problem' && data.body && data.response) {
    return [
      ...changeAction(
        `Change the body's status to ${formatStatus(data.response.value)}`,
        data.body,
        data.response.value,
        diagnostic,
        input,
        true,
      ),
      ...changeAction(
        `Change the response status to ${formatStatus(data.body.value)}`,
        data.response,
        data.body.value,
        diagnostic,
        input,
        false,
      ),
    ];
  }
  return [];
};

function changeAction(
  title: string,
  site: StatusSite,
  status: number,
  diagnostic: Diagnostic,
  input: FixInput,
  isPreferred: boolean,
): CodeAction[] {
  const edits = statusEdits(site, status, input.parse);
  if (!edits) return [];
  return [
    {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred,
      edit: documentChanges(input.document.uri, edits),
    },
  ];
}
