import type ts from 'typescript';
import type { Position, Range } from 'vscode-languageserver-types';
import type { AnalysisScope } from './bodyContext';
import { analysisScope, assembleModel, tablesFor, type AnalysisOptions } from './analyzeSource';
import { CandidateAnalysis, emptyFindings, type CandidateFindings } from './candidateAnalysis';
import { CODE_DEFINERS } from './carriers';
import { findDefinitions, type FoundDefinitions } from './definitions';
import { walkFile, walkStatement, type FileFacts } from './facts';
import { joinSummaries, summarizeStatementAlone } from './moduleSummary';
import { offsetRange } from './syntax';
import { modelRoutes } from './routes';
import type {
  ArgumentCode,
  CodeDefinition,
  CodeReference,
  Construction,
  ImportedClassUse,
  ModuleSummary,
  PendingDefinition,
  SourceModel,
  StatusSite,
} from './types';

/**
 * What the analysis of one top-level statement gave. A statement's results depend on its own
 * text and on what the whole file declares; when an edit leaves the declarations alone, the
 * statements it did not touch keep their results, moved with the text.
 */
interface StatementResult {
  pos: number;
  end: number;
  /** Where the statement (its leading trivia included) starts, and where it ends. */
  start: Position;
  finish: Position;
  /** Its declarations and definitions as text: equal signatures, equal facts for the others. */
  signature: string;
  objectBindings: string[];
  definitions: CodeDefinition[];
  pendingDefinitions: PendingDefinition[];
  /** What the statement adds to the module's summary (no positions in it: it moves as it is). */
  summary: ModuleSummary | undefined;
  findings: CandidateFindings;
}

/** What an analysis of a document keeps to analyse its next version from the edit alone. */
export interface AnalysisState {
  statements: StatementResult[];
  /** The facts of the file; after an edit that keeps every declaration, the same facts still hold. */
  facts: FileFacts;
  /**
   * False when a statement's results depend on another statement (a body at the top level, a
   * class defined in another statement): every edit then takes a full analysis.
   */
  incremental: boolean;
  options: AnalysisOptions;
}

/** A model, and the state its next version can be analysed from. */
export interface StatefulModel {
  model: SourceModel;
  state: AnalysisState;
}

/**
 * Analyses a whole file, statement by statement, keeping what each gave. The model equals
 * `analyzeSourceFile`'s.
 */
export function analyzeStatements(
  sourceFile: ts.SourceFile,
  input: { uri: string; version: number },
  options: AnalysisOptions,
): StatefulModel {
  const tables = tablesFor(options.envelopes, options.carriers);
  const walk = walkFile(sourceFile, true);
  let reachedFile = false;
  const scope = analysisScope(sourceFile, walk.facts, tables, () => (reachedFile = true));
  const parts = walk.statements.map((part) => {
    const candidates = walk.candidates.slice(part.first, part.end);
    return { part, candidates, found: findDefinitions(scope, CODE_DEFINERS, candidates) };
  });
  const analysis = new CandidateAnalysis(scope, tables, {
    byClassName: classesOf(parts.map((p) => p.found)),
  });
  let incremental = true;
  const statements = parts.map(({ part, candidates, found }): StatementResult => {
    reachedFile = false;
    const result = statementResult(scope, part.statement, found, part);
    result.findings = analysis.analyse(candidates);
    if (reachedFile || !holdsOwnResults(result)) incremental = false;
    return result;
  });
  return finish(input, { statements, facts: walk.facts, incremental, options }, sourceFile);
}

/**
 * Analyses a new version of a file from the state of the previous one and the edit between them:
 * only the top-level statements the edit touched are analysed again. Undefined when that cannot
 * give what a full analysis would (the edit changed a declaration, a statement reached beyond
 * itself, the edit spans too much of the file); the caller then analyses the file in full.
 */
export function analyzeEdit(
  state: AnalysisState,
  sourceFile: ts.SourceFile,
  change: ts.TextChangeRange,
  input: { uri: string; version: number },
): StatefulModel | undefined {
  if (!state.incremental) return undefined;
  const start = change.span.start;
  const newEnd = start + change.newLength;
  const delta = change.newLength - change.span.length;
  const byPos = new Map(state.statements.map((result) => [result.pos, result]));
  // A statement next to the edit may scan or end differently though its own text did not change.
  const kept = (statement: ts.Statement): StatementResult | undefined => {
    if (statement.end + 1 < start) return sameSpan(byPos.get(statement.pos), statement.pos, statement.end);
    if (statement.pos > newEnd + 1)
      return sameSpan(byPos.get(statement.pos - delta), statement.pos - delta, statement.end - delta);
    return undefined;
  };
  const plan = sourceFile.statements.map((statement) => ({ statement, kept: kept(statement) }));
  const touched = plan.filter((step) => !step.kept);
  if (touched.length > MAX_TOUCHED_STATEMENTS) return undefined;
  const keptResults = new Set(plan.flatMap((step) => (step.kept ? [step.kept] : [])));
  const replaced = state.statements.filter((result) => !keptResults.has(result));

  const tables = tablesFor(state.options.envelopes, state.options.carriers);
  const statements: StatementResult[] = [];
  const pending: Array<{ result: StatementResult; candidates: readonly ts.Node[]; scope: AnalysisScope }> =
    [];
  let reachedFile = false;
  let boundBefore: string[] = [];
  for (const { statement, kept: old } of plan) {
    if (old) {
      // Before the edit nothing moved; after it, offsets move by the edit's length, and lines by its line breaks.
      statements.push(statement.end < start ? old : moved(old, sourceFile, statement));
      boundBefore = boundBefore.concat(old.objectBindings);
      continue;
    }
    const walk = walkStatement(sourceFile, statement, boundBefore);
    const part = walk.statements[0];
    // The file's declarations are unchanged (the signatures say so, below): its facts still hold,
    // but the reads of bodies bound in this statement are those of its new text.
    const facts = { ...state.facts, bindingReads: walk.facts.bindingReads };
    const scope = analysisScope(sourceFile, facts, tables, () => (reachedFile = true));
    const result = statementResult(
      scope,
      statement,
      findDefinitions(scope, CODE_DEFINERS, walk.candidates),
      part,
    );
    pending.push({ result, candidates: walk.candidates, scope });
    statements.push(result);
    boundBefore = boundBefore.concat(part.objectBindings);
  }
  if (signatureOf(pending.map((p) => p.result)) !== signatureOf(replaced)) return undefined;
  const byClassName = classesOf(statements);
  for (const { result, candidates, scope } of pending) {
    result.findings = new CandidateAnalysis(scope, tables, { byClassName }).analyse(candidates);
    if (reachedFile || !holdsOwnResults(result)) return undefined;
  }
  return finish(
    input,
    { statements, facts: state.facts, incremental: true, options: state.options },
    sourceFile,
  );
}

/** More statements touched than this, and a full analysis is as quick. */
const MAX_TOUCHED_STATEMENTS = 8;

function sameSpan(
  result: StatementResult | undefined,
  pos: number,
  end: number,
): StatementResult | undefined {
  return result && result.pos === pos && result.end === end ? result : undefined;
}

function finish(
  input: { uri: string; version: number },
  state: AnalysisState,
  sourceFile: ts.SourceFile,
): StatefulModel {
  const definitions = state.statements.flatMap((result) => result.definitions);
  const model = assembleModel(
    input,
    definitions,
    state.statements.map((r) => r.findings),
    state.statements.flatMap((result) => result.pendingDefinitions),
  );
  // Each statement's part of the summary was made when it was last analysed.
  model.module = joinSummaries(
    state.facts.imports,
    state.statements.map((result) => result.summary),
  );
  // Routes are found again on the whole tree at every version: a route's path, handler and router
  // are in different statements (`const router = Router()`, `router.get(...)`), and every range
  // after an edit moves. Most files are spared the walk by a look at their text (`findRoutes`).
  const routes = state.options.routes ? modelRoutes(sourceFile, state.options.onError) : undefined;
  if (routes) model.routes = routes;
  return { model, state };
}

function statementResult(
  scope: AnalysisScope,
  statement: ts.Statement,
  found: FoundDefinitions,
  part: { signature: string; objectBindings: string[] },
): StatementResult {
  const { sourceFile } = scope;
  const span = offsetRange(sourceFile, statement.pos, statement.end);
  return {
    pos: statement.pos,
    end: statement.end,
    start: span.start,
    finish: span.end,
    signature: part.signature + definitionsSignature(found.definitions),
    objectBindings: part.objectBindings,
    definitions: found.definitions,
    pendingDefinitions: found.pending,
    summary: summarizeStatementAlone(statement, scope),
    findings: emptyFindings(),
  };
}

/** What other statements read of a statement's definitions: `new X()` of a class defined there. */
function definitionsSignature(definitions: readonly CodeDefinition[]): string {
  return definitions
    .map(
      (d) =>
        `\ndefines ${d.code} ${d.className ?? ''} ${d.exported ? 'exported' : ''} ${d.status ?? ''} ${d.definer ?? ''}`,
    )
    .join('');
}

function signatureOf(results: readonly StatementResult[]): string {
  return results.map((result) => result.signature).join('\n--\n');
}

/** The classes the file's definitions bind, the later one winning, as `findDefinitions` has it. */
function classesOf(
  parts: ReadonlyArray<{
    definitions: readonly CodeDefinition[];
    pendingDefinitions?: readonly PendingDefinition[];
    pending?: readonly PendingDefinition[];
  }>,
): Map<string, CodeDefinition> {
  const byClassName = new Map<string, CodeDefinition>();
  for (const part of parts) {
    // A definition waiting only for its status names its class's code already, as in `findDefinitions`.
    const waiting = (part.pendingDefinitions ?? part.pending ?? []).flatMap((p) =>
      p.code === undefined ? [] : [{ code: p.code, ...p.definition }],
    );
    const inOrder = [...part.definitions, ...waiting].sort(
      (x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character,
    );
    for (const definition of inOrder) {
      if (definition.className) byClassName.set(definition.className, definition);
    }
  }
  return byClassName;
}

/** Whether every range a statement's results hold lies within it: none refers to another statement. */
function holdsOwnResults(result: StatementResult): boolean {
  const inside = (range: Range | undefined) =>
    range === undefined || (!before(range.start, result.start) && !before(result.finish, range.end));
  const { references, statuses, importedClassUses, pendingReferences, constructions, raised } =
    result.findings;
  return (
    references.every(
      (r) =>
        inside(r.range) && inside(r.status?.range) && inside(r.bodyStatus?.range) && inside(r.title?.range),
    ) &&
    statuses.every((site) => inside(site.range)) &&
    importedClassUses.every((use) => inside(use.range)) &&
    constructions.every((construction) => inside(construction.range)) &&
    raised.every((r) => inside(r.range) && inside(r.status.range)) &&
    pendingReferences.every(
      ({ reference: r }) => inside(r.range) && inside(r.status?.range) && inside(r.bodyStatus?.range),
    ) &&
    [...result.definitions, ...result.pendingDefinitions.map((p) => p.definition)].every(
      (d) => inside(d.range) && inside(d.statusSite?.range),
    )
  );
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** A kept statement's results where its unchanged text now starts. */
function moved(old: StatementResult, sourceFile: ts.SourceFile, statement: ts.Statement): StatementResult {
  const span = offsetRange(sourceFile, statement.pos, statement.end);
  if (span.start.line === old.start.line && span.start.character === old.start.character) {
    return { ...old, pos: statement.pos, end: statement.end, finish: span.end };
  }
  const move = mover(old.start, span.start);
  const sites = new Map<StatusSite, StatusSite>();
  const site = (s: StatusSite): StatusSite => {
    let copy = sites.get(s);
    if (!copy) sites.set(s, (copy = { ...s, range: move(s.range) }));
    return copy;
  };
  const reference = <R extends Omit<CodeReference, 'code'>>(r: R): R => {
    const copy: R = { ...r, range: move(r.range) };
    if (r.status) copy.status = site(r.status);
    if (r.bodyStatus) copy.bodyStatus = site(r.bodyStatus);
    if (r.title) copy.title = { text: r.title.text, range: move(r.title.range) };
    return copy;
  };
  const definition = <D extends Omit<CodeDefinition, 'code'>>(d: D): D => {
    const copy: D = { ...d, range: move(d.range) };
    if (d.statusSite) copy.statusSite = site(d.statusSite);
    return copy;
  };
  const use = (u: ImportedClassUse): ImportedClassUse => ({ ...u, range: move(u.range) });
  return {
    ...old,
    pos: statement.pos,
    end: statement.end,
    start: span.start,
    finish: span.end,
    definitions: old.definitions.map(definition),
    pendingDefinitions: old.pendingDefinitions.map((p) => ({ ...p, definition: definition(p.definition) })),
    findings: {
      references: old.findings.references.map(reference),
      statuses: old.findings.statuses.map(site),
      importedClassUses: old.findings.importedClassUses.map(use),
      pendingReferences: old.findings.pendingReferences.map((p) => ({
        ...p,
        reference: reference(p.reference),
      })),
      constructions: old.findings.constructions.map((c) => moveConstruction(c, move, site)),
      raised: old.findings.raised.map((r) => ({ status: site(r.status), range: move(r.range) })),
    },
  };
}

/** A construction of a statement that moved, every range in it moved alike. */
function moveConstruction(
  construction: Construction,
  move: (range: Range) => Range,
  site: (s: StatusSite) => StatusSite,
): Construction {
  const code = (c: ArgumentCode | undefined) => c && { ...c, range: move(c.range) };
  const value = (v: { code?: ArgumentCode; status?: StatusSite }) => ({
    ...v,
    ...(v.code && { code: code(v.code) }),
    ...(v.status && { status: site(v.status) }),
  });
  return {
    ...construction,
    range: move(construction.range),
    args: construction.args.map((arg) => ({
      ...value(arg),
      ...(arg.properties && {
        properties: Object.fromEntries(Object.entries(arg.properties).map(([key, v]) => [key, value(v)])),
      }),
    })),
  };
}

/** Moves a range of a statement that moved from `from` to `to`, its text unchanged. */
function mover(from: Position, to: Position): (range: Range) => Range {
  const position = (p: Position): Position =>
    p.line === from.line
      ? { line: to.line, character: p.character - from.character + to.character }
      : { line: p.line - from.line + to.line, character: p.character };
  return (range) => ({ start: position(range.start), end: position(range.end) });
}
