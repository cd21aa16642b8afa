import type { DiagnosticTag, Range } from 'vscode-languageserver-types';
import type { SourceModel } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import type { CatalogEntry } from '../../catalog/types';
import type { EntryUseCount } from '../entryUses';
import type { RuleSeverity } from '../settings';
import type { LinkedRoute } from '../routes/linkedRoute';
import type { MatchedOperation } from '../routes/operationMatch';
import type { RouteScope } from '../routes/routeScopes';

/**
 * What a rule looks at: one analysed source document and the catalog that governs it, and, when
 * the catalog holds an OpenAPI document, the routes the document handles and declares.
 */
export interface RuleInput {
  model: SourceModel;
  catalog: Catalog;
  /** The stretches of the document that handle routes, with the operations each serves. */
  routes?: RouteScope[];
  /** The routes the document declares, with the operations each serves (none: undocumented). */
  routeDeclarations?: { route: LinkedRoute; operations: MatchedOperation[] }[];
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
  /** One sentence on what the rule finds, for reports that describe their rules (SARIF). */
  description: string;
  check(input: RuleInput): RuleFinding[];
}

/** What a catalog rule looks at: one catalog file, the catalog it belongs to and the workspace's uses. */
interface CatalogRuleInput {
  uri: string;
  catalog: Catalog;
  /** How the workspace uses an entry (its code, an alias, a class): its sources, and its tests apart. */
  usesOf(entry: CatalogEntry): EntryUseCount;
}

/** A diagnostic rule of catalog files. */
export interface CatalogRule {
  id: string;
  defaultSeverity: RuleSeverity;
  /** One sentence on what the rule finds, for reports that describe their rules (SARIF). */
  description: string;
  /** Findings one at a time: a catalog of 50,000 codes has as many, and the editor takes them in slices. */
  check(input: CatalogRuleInput): Iterable<RuleFinding>;
}
