import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticTag, Range } from 'vscode-languageserver-types';
import type { SourceModel } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import type { RuleSeverity } from '../settings';

/** What a rule looks at: one analysed source document and the catalog that governs it. */
export interface RuleInput {
  document: TextDocument;
  model: SourceModel;
  catalog: Catalog;
}

/** One thing a rule found; the validation turns it into a diagnostic. */
export interface RuleFinding {
  range: Range;
  message: string;
  tags?: DiagnosticTag[];
  /** Rides in Diagnostic.data, for the quick fixes. */
  data?: unknown;
}

/** A diagnostic rule of source documents. */
export interface SourceRule {
  /** Stable kebab-case id: the diagnostic code and the key in `errorCatalog.rules`. */
  id: string;
  defaultSeverity: RuleSeverity;
  check(input: RuleInput): RuleFinding[];
}
