/**
 * Source analysis: a TypeScript or JavaScript document in, a `SourceModel` out (code references,
 * code definitions, statuses). See README.md in this folder for the tables and the decisions.
 */
export type * from './types';
export { analyzeSource, analyzeSourceFile, emptyModel } from './analyzeSource';
export type { AnalysisOptions, SourceInput } from './analyzeSource';
export { createDocumentAnalyzer, changeRange } from './documentAnalyzer';
export type { AnalyzerStats, DocumentAnalyzer } from './documentAnalyzer';
export { mayContainReferences } from './prefilter';
export type { PrefilterOptions } from './prefilter';
export { ENVELOPE_STYLES, envelopeFromExtension, envelopeTable } from './envelopes';
export type { EnvelopeCondition, EnvelopeStyle, JsonValue, PropertyPath } from './envelopes';
export {
  BOOM_METHODS,
  CODE_DEFINERS,
  HTTP_ERRORS_CLASSES,
  NEST_EXCEPTIONS,
  SIBLING_CARRIER,
  SIBLING_STATUS_PROPERTIES,
  STATUS_CARRIERS,
  STATUS_MODULES,
  STATUS_NAMESPACES,
  carrierFromExtension,
  carrierTable,
} from './carriers';
export type { CodeDefiner, StatusCarrier } from './carriers';
export { isKnownStatus, reasonPhrase, statusOfName } from './statusNames';
export { isCodeShaped, MAX_CODE_LENGTH } from './codeShape';
export { scriptKindOf } from './syntax';
