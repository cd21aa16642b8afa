import type { Range } from 'vscode-languageserver-types';
import type { CatalogProblem, ProblemSeverity } from './types';

/**
 * The stable identifiers of catalog problems. They become diagnostic codes, so settings and docs
 * refer to them: never rename one.
 */
export const ProblemCodes = {
  malformedJson: 'malformed-json',
  malformedYaml: 'malformed-yaml',
  emptyCatalog: 'empty-catalog',
  fileTooLarge: 'file-too-large',
  nestingTooDeep: 'nesting-too-deep',
  tableTooLarge: 'table-too-large',
  unreadableCatalog: 'unreadable-catalog',
  binaryContent: 'binary-content',
  invalidEncoding: 'invalid-encoding',
  wrongType: 'wrong-type',
  unknownField: 'unknown-field',
  missingField: 'missing-field',
  statusOutOfRange: 'status-out-of-range',
  invalidCode: 'invalid-code',
  duplicateCode: 'duplicate-code',
  duplicateKey: 'duplicate-key',
  duplicateAlias: 'duplicate-alias',
  aliasCollidesWithCode: 'alias-collides-with-code',
  conflictingStatus: 'conflicting-status',
  missingCell: 'missing-cell',
  missingStatus: 'missing-status',
  noCatalogFound: 'no-catalog-found',
  unknownStandard: 'unknown-standard',
  unresolvedReference: 'unresolved-reference',
  unsupportedOpenApi: 'unsupported-openapi',
} as const;

export type ProblemCode = (typeof ProblemCodes)[keyof typeof ProblemCodes];

/** Builds a problem; most catalog problems are errors, the caller lowers the ones that are not. */
export function makeProblem(
  code: ProblemCode,
  message: string,
  range: Range,
  severity: ProblemSeverity = 'error',
): CatalogProblem {
  return { code, message, severity, range };
}
