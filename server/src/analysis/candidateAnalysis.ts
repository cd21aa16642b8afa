import ts from './typescript';
import type {
  CodeReference,
  Construction,
  ImportedClassUse,
  RaisedStatus,
  PendingReference,
  StatusSite,
} from './types';
import { SIBLING_CARRIER, type StatusCarrier } from './carriers';
import { argumentsOf, carriersOf, isAssignment, statusOfCarrier, type CarrierNode } from './carrierMatch';
import { contextOf, responseStatus, type AnalysisScope, type BodyContext } from './bodyContext';
import { codeValue, type CodeValue } from './codeValue';
import { constructionOf, superConstructionOf } from './constructions';
import { matchRow, readPath, type EnvelopeMatch } from './envelopeMatch';
import type { FoundDefinitions } from './definitions';
import type { ResolvedStatus } from './statusValue';
import {
  branches,
  calleeNameNode,
  nodeRange,
  outermostWrapper,
  propertyNameText,
  stringContentRange,
  SyntaxKind,
  unwrap,
} from './syntax';

/** Declarative extensions of the two tables, from the catalog file or the settings. */
import type { Tables } from './analyzeSource';

/** What the analysis of some of a file's candidates found, in the order it found it. */
export interface CandidateFindings {
  references: CodeReference[];
  /** Every status found, in order: of two at one position, the first stands. */
  statuses: StatusSite[];
  importedClassUses: ImportedClassUse[];
  /** Code positions holding imported names. */
  pendingReferences: PendingReference[];
  /** Constructions of classes that may take a code. */
  constructions: Construction[];
  /** Errors raised with a status. */
  raised: RaisedStatus[];
}

/**
 * Finds the references and statuses of candidate nodes: all of a file's, or those of the
 * top-level statements an edit touched. Parents come before their children, so a carrier claims
 * its arguments' codes first.
 */
export class CandidateAnalysis {
  private findings: CandidateFindings = emptyFindings();
  /** Code literals already reported: the first row or carrier to claim one names its style. */
  private readonly claimed = new Set<ts.Node>();
  private readonly contexts = new Map<ts.Node, BodyContext | undefined>();
  private readonly sourceFile: ts.SourceFile;

  constructor(
    private readonly scope: AnalysisScope,
    private readonly tables: Tables,
    private readonly definitions: Pick<FoundDefinitions, 'byClassName'>,
  ) {
    this.sourceFile = scope.sourceFile;
  }

  analyse(candidates: readonly ts.Node[]): CandidateFindings {
    const findings = (this.findings = emptyFindings());
    for (const node of candidates) this.analyseNode(node);
    return findings;
  }

  private analyseNode(node: ts.Node): void {
    switch (node.kind) {
      case SyntaxKind.ObjectLiteralExpression:
        this.envelopes(node as ts.ObjectLiteralExpression);
        break;
      case SyntaxKind.NewExpression:
        if (!this.carrier(node as ts.NewExpression) && !this.classUse(node as ts.NewExpression)) {
          const construction = constructionOf(node as ts.NewExpression, this.scope);
          if (construction) this.findings.constructions.push(construction);
        }
        break;
      case SyntaxKind.CallExpression:
        if ((node as ts.CallExpression).expression.kind === SyntaxKind.SuperKeyword) {
          const construction = superConstructionOf(node as ts.CallExpression, this.scope);
          if (construction) this.findings.constructions.push(construction);
        } else {
          this.carrier(node as ts.CallExpression);
        }
        break;
      case SyntaxKind.BinaryExpression:
        if (isAssignment(node)) this.carrier(node);
        break;
    }
  }

  private envelopes(object: ts.ObjectLiteralExpression): void {
    // Most literals write none of the rows' first keys: one pass over their keys rules them out.
    let keys: Set<string> | undefined;
    for (const property of object.properties) {
      const key = propertyNameText(property.name);
      if (key !== undefined && this.tables.firstKeys.has(key)) (keys ??= new Set()).add(key);
    }
    if (!keys) return;
    for (const row of this.tables.envelopes) {
      if (row.codePath.length === 0 || !keys.has(row.codePath[0])) continue;
      for (const match of matchRow(object, row, this.scope, this.tables.match)) {
        if (this.claimed.has(match.codeNode)) continue;
        if (row.needsErrorContext && !match.evidence && !this.isErrorBody(object)) continue;
        this.claimed.add(match.codeNode);
        this.addEnvelopeReference(match, this.contextOf(bodyRootOf(object))?.status);
      }
    }
  }

  private addEnvelopeReference(match: EnvelopeMatch, response: StatusSite | undefined): void {
    const bodyStatus = match.bodyStatus && this.site(match.bodyStatus, SIBLING_CARRIER);
    if (bodyStatus) this.addStatus(bodyStatus);
    if (response) this.addStatus(response);
    const problem = match.row.codeIs === 'status';
    const reference: Omit<CodeReference, 'code'> = problem
      ? { range: match.codeStatus!.range, style: match.row.name, kind: 'problem' }
      : this.codeSite(match.value!, match.row.name);
    const status = response ?? bodyStatus;
    if (status) reference.status = status;
    if (bodyStatus) reference.bodyStatus = bodyStatus;
    if (match.title) {
      reference.title = { text: match.title.text, range: stringContentRange(this.sourceFile, match.title) };
    }
    this.addReference(match.value, reference, match.code);
  }

  /** Where a code is written and what kind of reference that makes it. */
  private codeSite(value: CodeValue, style: string): Omit<CodeReference, 'code'> {
    return value.kind === 'literal'
      ? { range: stringContentRange(this.sourceFile, value.literal), style, kind: 'envelope' }
      : { range: nodeRange(this.sourceFile, value.node), style, kind: 'constant' };
  }

  /** A reference with its code, or pending when the code is an imported name. */
  private addReference(
    value: CodeValue | undefined,
    reference: Omit<CodeReference, 'code'>,
    code: string,
  ): void {
    if (value?.kind === 'imported') this.findings.pendingReferences.push({ symbol: value.symbol, reference });
    else this.findings.references.push({ code, ...reference } as CodeReference);
  }

  /** A carrier's status and codes; whether the node is one. */
  private carrier(node: CarrierNode): boolean {
    const rows = carriersOf(node, this.scope.carriers);
    if (rows.length === 0) return false;
    const own = statusOfCarrier(node, rows, this.scope);
    if (own) this.addStatus(own);
    for (const row of rows) this.carrierCodes(node, row);
    const callee =
      own && rows.some((row) => row.raises) && !isAssignment(node)
        ? calleeNameNode(node.expression)
        : undefined;
    if (own && callee) this.findings.raised.push({ status: own, range: nodeRange(this.sourceFile, callee) });
    return true;
  }

  /** Codes a carrier takes outside a body: `ctx.throw(403, msg, { code })`, `sendError(res, 'CODE')`. */
  private carrierCodes(node: CarrierNode, row: StatusCarrier): void {
    const args = argumentsOf(node);
    const candidates: ts.Expression[] = [];
    if (row.codeArgument !== undefined && args[row.codeArgument]) candidates.push(args[row.codeArgument]);
    for (const index of row.codeObjectArguments ?? []) {
      const argument = args[index] && unwrap(args[index]);
      if (argument && ts.isObjectLiteralExpression(argument)) {
        candidates.push(...readPath([argument], [], row.codeObjectPath ?? ['code']));
      }
    }
    for (const candidate of candidates.flatMap(branches)) {
      const value = codeValue(candidate, this.scope.facts);
      const codeNode = value && (value.kind === 'literal' ? value.literal : value.node);
      if (!value || !codeNode || this.claimed.has(codeNode)) continue;
      this.claimed.add(codeNode);
      const reference = this.codeSite(value, row.name);
      const status = responseStatus(node, this.scope);
      if (status) reference.status = status;
      this.addReference(value, reference, value.kind === 'imported' ? '' : value.text);
    }
  }

  /**
   * `new ForbiddenError()` of a class a code-defining call made, here or in an imported module;
   * whether it was one of those.
   */
  private classUse(node: ts.NewExpression): boolean {
    const callee = unwrap(node.expression);
    if (!ts.isIdentifier(callee)) return false;
    const definition = this.definitions.byClassName.get(callee.text);
    const range = nodeRange(this.sourceFile, callee);
    if (definition) {
      const reference: CodeReference = {
        code: definition.code,
        range,
        style: definition.definer ?? 'class',
        kind: 'class',
      };
      if (definition.statusSite) reference.status = definition.statusSite;
      this.findings.references.push(reference);
      return true;
    }
    const imported = this.scope.facts.imports.get(callee.text);
    if (imported && imported.importedName !== '*') {
      this.findings.importedClassUses.push({
        localName: callee.text,
        importedName: imported.importedName,
        module: imported.module,
        range,
      });
    }
    return false;
  }

  /**
   * Whether a shape as common as `{ code, message }` is an error body: thrown, sent, passed to a
   * carrier, or returned, unless what is returned is a function's result object (`{ valid:
   * false, code, message }`), which its caller reads, not a client.
   */
  private isErrorBody(object: ts.ObjectLiteralExpression): boolean {
    const context = this.contextOf(object);
    if (!context) return false;
    return context.kind !== 'returned' || !isResultObject(object);
  }

  private contextOf(node: ts.Expression): BodyContext | undefined {
    if (!this.contexts.has(node)) this.contexts.set(node, contextOf(node, this.scope));
    return this.contexts.get(node);
  }

  private site(resolved: ResolvedStatus, carrier: string): StatusSite {
    return { ...resolved, carrier };
  }

  private addStatus(site: StatusSite): void {
    this.findings.statuses.push(site);
  }
}

/** Flags a result object carries to say whether it holds a value or a failure. */
const RESULT_FLAGS = new Set(['valid', 'isValid', 'success', 'ok', 'succeeded']);

/** `{ valid: false, code, message }`: a result with a boolean flag, for the caller to read. */
function isResultObject(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((property) => {
    if (!ts.isPropertyAssignment(property)) return false;
    const key = propertyNameText(property.name);
    const value = unwrap(property.initializer).kind;
    return (
      key !== undefined &&
      RESULT_FLAGS.has(key) &&
      (value === SyntaxKind.TrueKeyword || value === SyntaxKind.FalseKeyword)
    );
  });
}

/** What a candidate analysis starts from: nothing found yet. */
export function emptyFindings(): CandidateFindings {
  return {
    references: [],
    statuses: [],
    importedClassUses: [],
    pendingReferences: [],
    constructions: [],
    raised: [],
  };
}

/** The outermost object or array literal a literal is nested in: the body as a whole. */
function bodyRootOf(object: ts.ObjectLiteralExpression): ts.Expression {
  let current: ts.Expression = object;
  for (;;) {
    const node = outermostWrapper(current);
    const parent = node.parent;
    if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent)) {
      current = parent.parent;
    } else if (ts.isArrayLiteralExpression(parent)) {
      current = parent;
    } else {
      return current;
    }
  }
}
