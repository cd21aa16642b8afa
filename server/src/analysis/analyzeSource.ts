import ts from './typescript';
import type { CarrierExtension, EnvelopeExtension } from '../catalog/types';
import type { CodeDefinition, PendingDefinition, SourceModel, StatusSite } from './types';
import { envelopeTable, type EnvelopeStyle } from './envelopes';
import { carrierTable, CODE_DEFINERS, SIBLING_STATUS_PROPERTIES } from './carriers';
import { indexCarriers, type CarrierIndex } from './carrierMatch';
import { createAnalysisCache, type AnalysisScope } from './bodyContext';
import { summarizeModule } from './moduleSummary';
import type { MatchOptions } from './envelopeMatch';
import { findDefinitions } from './definitions';
import { walkFile, type FileFacts } from './facts';
import { extensionCache } from './extensionCache';
import { CandidateAnalysis, type CandidateFindings } from './candidateAnalysis';
import { flattenDeepNesting } from './deepNesting';
import { blankedParts, failedModel } from './unanalysed';
import { parseSource } from './syntax';
import { modelRoutes } from './routes';

/** Declarative extensions of the two tables, from the catalog file or the settings. */
export interface AnalysisOptions {
  envelopes?: EnvelopeExtension[];
  carriers?: CarrierExtension[];
  /**
   * Read the file's routes too (`SourceModel.routes`): only worth its walk when a catalog holds an
   * OpenAPI document to check them against.
   */
  routes?: boolean;
  /**
   * Told of an internal failure before the analyser falls back to an empty model, so the server
   * can log it (the analyser itself never throws).
   */
  onError?: (error: unknown) => void;
}

/** A document to analyse. */
export interface SourceInput {
  uri: string;
  version: number;
  text: string;
}

/** The tables in force for one set of options, compiled once. */
export interface Tables {
  envelopes: readonly EnvelopeStyle[];
  carriers: CarrierIndex;
  match: MatchOptions;
  /** The first key of every row's code path. */
  firstKeys: ReadonlySet<string>;
}

export const tablesFor = extensionCache((envelopeExtensions, carrierExtensions): Tables => {
  const envelopes = envelopeTable(envelopeExtensions);
  return {
    envelopes,
    carriers: indexCarriers(carrierTable(carrierExtensions)),
    firstKeys: new Set(envelopes.flatMap((row) => row.codePath.slice(0, 1))),
    match: {
      rootCallees: envelopes.flatMap((row) => (row.root ? [row.root.callee] : [])),
      siblingStatusProperties: SIBLING_STATUS_PROPERTIES,
    },
  };
});

/**
 * The error codes, statuses and code definitions of a TypeScript or JavaScript document. Reads
 * the syntax tree only (no type checker). Never throws: what cannot be analysed (nesting too deep
 * to parse, an internal failure) is left out and named in the model's `unanalysed` parts.
 */
export function analyzeSource(input: SourceInput, options: AnalysisOptions = {}): SourceModel {
  try {
    const flattened = flattenDeepNesting(input.text);
    const sourceFile = parseSource(input.uri, flattened?.text ?? input.text);
    const model = analyzeSourceFile(sourceFile, input, options);
    if (flattened && !model.unanalysed) model.unanalysed = blankedParts(sourceFile, flattened.blanked);
    return model;
  } catch (error) {
    options.onError?.(error);
    return failedModel(input, error);
  }
}

/** As `analyzeSource`, on a tree already parsed (the document cache reparses incrementally). */
function analyzeSourceFile(
  sourceFile: ts.SourceFile,
  input: { uri: string; version: number },
  options: AnalysisOptions = {},
): SourceModel {
  try {
    const tables = tablesFor(options.envelopes, options.carriers);
    const walk = walkFile(sourceFile);
    const scope = analysisScope(sourceFile, walk.facts, tables);
    const definitions = findDefinitions(scope, CODE_DEFINERS, walk.candidates);
    const findings = new CandidateAnalysis(scope, tables, definitions).analyse(walk.candidates);
    const model = assembleModel(input, definitions.definitions, [findings], definitions.pending);
    model.module = summarizeModule(scope);
    const routes = options.routes ? modelRoutes(sourceFile, options.onError) : undefined;
    if (routes) model.routes = routes;
    return model;
  } catch (error) {
    options.onError?.(error);
    return failedModel(input, error, sourceFile);
  }
}

/** What the analysis shares across a file: the tree, its facts, the carriers, the lookups. */
export function analysisScope(
  sourceFile: ts.SourceFile,
  facts: FileFacts,
  tables: Tables,
  onFileLevel?: () => void,
): AnalysisScope {
  return { sourceFile, facts, carriers: tables.carriers, cache: createAnalysisCache(), onFileLevel };
}

/**
 * The model of a file from its definitions and what its candidates gave, in document order: the
 * definitions' statuses come before the others at a position, as they are found first.
 */
export function assembleModel(
  input: { uri: string; version: number },
  definitions: CodeDefinition[],
  findings: readonly CandidateFindings[],
  pendingDefinitions: PendingDefinition[] = [],
): SourceModel {
  const statuses = new Map<string, StatusSite>();
  const add = (site: StatusSite) => {
    const key = `${site.range.start.line}:${site.range.start.character}`;
    if (!statuses.has(key)) statuses.set(key, site);
  };
  for (const definition of definitions) if (definition.statusSite) add(definition.statusSite);
  for (const found of findings) for (const site of found.statuses) add(site);
  const byPosition = (a: { range: { start: { line: number; character: number } } }, b: typeof a) =>
    a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  return {
    uri: input.uri,
    version: input.version,
    references: findings.flatMap((found) => found.references).sort(byPosition),
    definitions,
    statuses: [...statuses.values()].sort(byPosition),
    importedClassUses: findings.flatMap((found) => found.importedClassUses),
    pendingReferences: findings.flatMap((found) => found.pendingReferences),
    pendingDefinitions,
    constructions: findings.flatMap((found) => found.constructions),
    raised: findings.flatMap((found) => found.raised),
  };
}
