import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CatalogProblem } from '../catalog/types';
import type { RuleSeverity } from './settings';

/** Every diagnostic of this tool carries this source. */
export const DIAGNOSTIC_SOURCE = 'error-catalog';

/** Where each rule is explained: the README section named after the rule. */
export const RULES_DOCUMENTATION = 'https://github.com/error-catalog/error-catalog/blob/main/README.md';

const LSP_SEVERITY: Record<Exclude<RuleSeverity, 'ignore'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  info: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/** Builds a diagnostic with this tool's source, its rule code and the link to the rule's documentation. */
export function makeDiagnostic(
  rule: string,
  severity: Exclude<RuleSeverity, 'ignore'>,
  fields: Pick<Diagnostic, 'range' | 'message'> & Partial<Diagnostic>,
): Diagnostic {
  return {
    ...fields,
    severity: LSP_SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: rule,
    codeDescription: { href: `${RULES_DOCUMENTATION}#${rule}` },
  };
}

/**
 * Diagnostics of a catalog document (`uri`) from its loader's and the merge's problems; the other
 * places a problem involves (the first of two keys) become its related information.
 */
export function catalogProblemDiagnostics(uri: string, problems: CatalogProblem[]): Diagnostic[] {
  return problems.map((problem) =>
    makeDiagnostic(problem.code, problem.severity, {
      range: problem.range,
      message: problem.message,
      ...(problem.related && {
        relatedInformation: problem.related.map((place) => ({
          location: { uri, range: place.range },
          message: place.message,
        })),
      }),
    }),
  );
}
