import { analysisFailedRule } from './analysisFailed';
import { deprecatedCodeRule } from './deprecatedCode';
import type { CatalogRule, SourceRule } from './rule';
import { statusMismatchRule } from './statusMismatch';
import { undocumentedStatusRule } from './undocumentedStatus';
import { undocumentedResponseRule } from './undocumentedResponse';
import { undocumentedRouteRule } from './undocumentedRoute';
import { unknownCodeRule } from './unknownCode';
import { unusedCodeRule } from './unusedCode';

/** Every diagnostic rule of source documents, in the order their findings are listed. */
export const SOURCE_RULES: readonly SourceRule[] = [
  unknownCodeRule,
  statusMismatchRule,
  deprecatedCodeRule,
  undocumentedStatusRule,
  undocumentedResponseRule,
  undocumentedRouteRule,
  analysisFailedRule,
];

/** Every diagnostic rule of catalog files. */
export const CATALOG_RULES: readonly CatalogRule[] = [unusedCodeRule];
