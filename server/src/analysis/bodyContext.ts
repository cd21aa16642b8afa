import ts from './typescript';
import type { StatusSite } from './types';
import type { StatusScope } from './statusValue';
import type { StatusCarrier } from './carriers';
import {
  carriersOf,
  isAssignment,
  receiverOf,
  statusOfCarrier,
  type CarrierIndex,
  type CarrierNode,
} from './carrierMatch';
import { dottedName, isFunctionBoundary, outermostWrapper, unwrap } from './syntax';

/** What the analysis of one file shares: the file, what it declares, the carrier table. */
export interface AnalysisScope extends StatusScope {
  carriers: CarrierIndex;
  /** Per-file lookups built on first use, so following bodies stays linear in the file's size. */
  cache: AnalysisCache;
  /**
   * Told when a lookup reaches the statements of the file itself (a body at the top level): what
   * it finds there may lie in any other top-level statement.
   */
  onFileLevel?: () => void;
}

interface AnalysisCache {
  setters: Map<readonly ts.Statement[], StatusSetter[]>;
}

/** A statement of its own that sets the status (`ctx.status = 403;`), in a statement list. */
interface StatusSetter {
  pos: number;
  receiver: string | undefined;
  site: StatusSite;
}

export function createAnalysisCache(): AnalysisCache {
  return { setters: new Map() };
}

/**
 * Where a body ends up. Any of these is an error context: a shape as common as
 * `{ code, message }` counts as an error body only there.
 */
export interface BodyContext {
  kind: 'thrown' | 'returned' | 'sent' | 'carrier';
  /** The status of the response the body goes out with, when it can be known. */
  status?: StatusSite;
}

/** How far a body is followed through `const body = {...}` and its uses. */
const MAX_ALIAS_DEPTH = 2;

/** The error context a body expression is used in, if any. */
export function contextOf(
  expression: ts.Expression,
  scope: AnalysisScope,
  depth = 0,
): BodyContext | undefined {
  const node = outermostWrapper(expression);
  const parent = node.parent;
  if (!parent) return undefined;
  if (ts.isThrowStatement(parent)) return { kind: 'thrown' };
  if (ts.isReturnStatement(parent))
    return { kind: 'returned', status: laterStatus(parent, undefined, scope) };
  if (ts.isArrowFunction(parent) && parent.body === node) {
    // `rows.map((row) => ({ code, message }))` builds data, not a response.
    return isCollectionCallback(parent) ? undefined : { kind: 'returned' };
  }
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== node) {
    return argumentContext(parent, node as ts.Expression, scope, depth);
  }
  if (isAssignment(parent) && parent.right === node) {
    const rows = carriersOf(parent, scope.carriers).filter((row) => row.assignsBody);
    if (rows.length === 0) return undefined;
    const statement = statementOf(parent);
    return { kind: 'sent', status: statement && laterStatus(statement, receiverOf(parent), scope) };
  }
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) {
    if (depth >= MAX_ALIAS_DEPTH) return undefined;
    for (const use of usesOf(parent.name, scope)) {
      const found = contextOf(use, scope, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Array and iterator methods whose callbacks' results are elements, never responses. */
const COLLECTION_METHODS = new Set([
  'map',
  'flatMap',
  'filter',
  'find',
  'findLast',
  'some',
  'every',
  'reduce',
  'reduceRight',
  'forEach',
  'sort',
  'toSorted',
  'groupBy',
  'from',
]);

function isCollectionCallback(fn: ts.ArrowFunction): boolean {
  const call = outermostWrapper(fn).parent;
  if (!call || !ts.isCallExpression(call)) return false;
  const callee = unwrap(call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && COLLECTION_METHODS.has(name);
}

function argumentContext(
  call: ts.CallExpression | ts.NewExpression,
  argument: ts.Expression,
  scope: AnalysisScope,
  depth: number,
): BodyContext | undefined {
  const index = call.arguments ? call.arguments.indexOf(argument) : -1;
  if (dottedName(call.expression) === 'JSON.stringify' && index === 0) return contextOf(call, scope, depth);
  const rows = carriersOf(call, scope.carriers);
  if (rows.some((row) => row.bodyArgument === index || row.codeObjectArguments?.includes(index))) {
    return { kind: 'carrier', status: responseStatus(call, scope) };
  }
  // `throw new AppError({ code, message })`, `throw makeError({ ... })`
  if (ts.isThrowStatement(outermostWrapper(call).parent)) return { kind: 'thrown' };
  return undefined;
}

/**
 * The status a carrier call sends: its own (`c.json(body, 404)`, `new NotFoundException()`), else
 * one earlier in its chain (`res.status(404).json(body)`), else one set by an earlier statement on
 * the same receiver (`res.status(404); res.json(body)`).
 */
export function responseStatus(node: CarrierNode, scope: AnalysisScope): StatusSite | undefined {
  const rows = carriersOf(node, scope.carriers);
  const own = statusOfCarrier(node, rows, scope);
  if (own) return own;
  // A status written here but not resolvable is unknown: an earlier one would be a guess.
  if (isAssignment(node) || rows.some((row) => writesStatus(node, row))) return undefined;
  let current = unwrap(node.expression);
  while (ts.isPropertyAccessExpression(current)) {
    const target = unwrap(current.expression);
    if (!ts.isCallExpression(target)) break;
    const chainedRows = carriersOf(target, scope.carriers);
    const chained = statusOfCarrier(target, chainedRows, scope);
    if (chained) return chained;
    // `res.status(499).json(body)`: the chain states its status, one the analyser cannot read; a
    // status found further away would belong to another response (and a fix would edit that one).
    if (chainedRows.some((row) => writesStatus(target, row))) return undefined;
    current = unwrap(target.expression);
  }
  const statement = statementOf(node);
  // A helper without a receiver (`sendError(ctx, ...)`) pairs with a status set on any receiver.
  return statement && laterStatus(statement, receiverOf(node), scope);
}

function writesStatus(node: ts.CallExpression | ts.NewExpression, row: StatusCarrier): boolean {
  if (row.implied) return true;
  return row.statusArgument !== undefined && (node.arguments?.length ?? 0) > row.statusArgument;
}

/**
 * A status set by a statement of its own (`ctx.status = 403;`, `reply.code(404);`) near the body
 * in the same function: the nearest before it, at any enclosing level; else the nearest after it
 * in the same block (`ctx.body = ...; ctx.status = 404;`). `receiver` undefined accepts any receiver
 * (a returned body has none).
 */
function laterStatus(
  statement: ts.Statement,
  receiver: string | undefined,
  scope: AnalysisScope,
): StatusSite | undefined {
  const matches = (setter: StatusSetter) => receiver === undefined || setter.receiver === receiver;
  let current: ts.Node = statement;
  let innermost = true;
  while (current.parent && !isFunctionBoundary(current)) {
    const list = statementList(current.parent);
    if (list) {
      if (ts.isSourceFile(current.parent)) scope.onFileLevel?.();
      const setters = settersOf(list, scope);
      const position = current.pos;
      for (let i = setters.length - 1; i >= 0; i--) {
        if (setters[i].pos < position && matches(setters[i])) return setters[i].site;
      }
      if (innermost && !ts.isReturnStatement(statement)) {
        const after = setters.find((setter) => setter.pos > position && matches(setter));
        if (after) return after.site;
      }
      innermost = false;
    }
    current = current.parent;
  }
  return undefined;
}

function settersOf(list: readonly ts.Statement[], scope: AnalysisScope): StatusSetter[] {
  let setters = scope.cache.setters.get(list);
  if (!setters) {
    setters = [];
    for (const statement of list) {
      const setter = statusSetBy(statement, scope);
      if (setter) setters.push(setter);
    }
    scope.cache.setters.set(list, setters);
  }
  return setters;
}

function statusSetBy(statement: ts.Statement, scope: AnalysisScope): StatusSetter | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  let expression: ts.Expression = unwrap(statement.expression);
  if (ts.isAwaitExpression(expression)) expression = unwrap(expression.expression);
  // `res.status(403).set('Retry-After', '1')`: the status may sit anywhere in the chain.
  let calledOnResult: string | undefined;
  for (;;) {
    if (isAssignment(expression) || ts.isCallExpression(expression)) {
      const node = expression as CarrierNode;
      const rows = carriersOf(node, scope.carriers).filter((row) => row.setsLaterBody);
      const site = rows.length > 0 ? statusOfCarrier(node, rows, scope) : undefined;
      // `res.status(400).json(other)` sends a response of its own: its status is that one's.
      const sendsOwnBody =
        calledOnResult !== undefined && rows.some((row) => row.chainBody?.includes(calledOnResult!));
      if (site) return sendsOwnBody ? undefined : { pos: statement.pos, receiver: receiverOf(node), site };
    }
    if (!ts.isCallExpression(expression)) return undefined;
    const callee = unwrap(expression.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    calledOnResult = callee.name.text;
    expression = unwrap(callee.expression);
  }
}

function statementList(node: ts.Node): readonly ts.Statement[] | undefined {
  if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node)) return node.statements;
  if (ts.isCaseClause(node) || ts.isDefaultClause(node)) return node.statements;
  return undefined;
}

/** The statement that holds a node, within its function. */
function statementOf(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node = node;
  while (current.parent) {
    if (isFunctionBoundary(current)) return undefined;
    if (statementList(current.parent)) return current as ts.Statement;
    current = current.parent;
  }
  return undefined;
}

/** Where a `const` bound by `name` is read, in the block that declares it. */
function usesOf(name: ts.Identifier, scope: AnalysisScope): ts.Identifier[] {
  let container: ts.Node = name;
  while (container.parent && !statementList(container) && !isFunctionBoundary(container)) {
    container = container.parent;
  }
  if (ts.isSourceFile(container)) scope.onFileLevel?.();
  const reads = scope.facts.bindingReads.get(name.text) ?? [];
  return reads.filter((use) => use.pos >= container.pos && use.end <= container.end);
}
