import ts from './typescript';
import type { StatusSite } from './types';
import type { StatusCarrier } from './carriers';
import { resolveStatus, type StatusScope } from './statusValue';
import {
  calleeName,
  calleeNameNode,
  dottedName,
  nodeRange,
  propertyValue,
  SyntaxKind,
  unwrap,
} from './syntax';

/** A call, a construction, or an assignment `x.prop = value`. */
export type CarrierNode = ts.CallExpression | ts.NewExpression | AssignmentNode;

interface AssignmentNode extends ts.BinaryExpression {
  left: ts.PropertyAccessExpression;
}

/** The carrier table indexed by what a node can be looked up by, built once per table. */
export interface CarrierIndex {
  byCallee: ReadonlyMap<string, readonly StatusCarrier[]>;
  byMethod: ReadonlyMap<string, readonly StatusCarrier[]>;
  byAssignedProperty: ReadonlyMap<string, readonly StatusCarrier[]>;
  /** The last name of every `callees` entry, to rule out most calls without building dotted names. */
  calleeLastNames: ReadonlySet<string>;
}

export function indexCarriers(rows: readonly StatusCarrier[]): CarrierIndex {
  const byCallee = new Map<string, StatusCarrier[]>();
  const byMethod = new Map<string, StatusCarrier[]>();
  const byAssignedProperty = new Map<string, StatusCarrier[]>();
  const add = (map: Map<string, StatusCarrier[]>, key: string, row: StatusCarrier) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  const calleeLastNames = new Set<string>();
  for (const row of rows) {
    for (const callee of row.callees ?? []) {
      add(byCallee, callee, row);
      calleeLastNames.add(callee.slice(callee.lastIndexOf('.') + 1));
    }
    for (const method of row.methods ?? []) add(byMethod, method, row);
    if (row.assignedProperty) add(byAssignedProperty, row.assignedProperty, row);
  }
  return { byCallee, byMethod, byAssignedProperty, calleeLastNames };
}

export function isAssignment(node: ts.Node): node is AssignmentNode {
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === SyntaxKind.EqualsToken &&
    ts.isPropertyAccessExpression(node.left)
  );
}

const NONE: readonly StatusCarrier[] = [];

/**
 * Whether an assignment's object is one the row names (`ctx` of `ctx.status = 404`,
 * `ctx.response`, `res` of `res.statusCode = 500`): a `status` set on any other object
 * (`connection.status = 500`) is data, not a response.
 */
function assignsTo(
  node: ts.BinaryExpression & { left: ts.PropertyAccessExpression },
  row: StatusCarrier,
): boolean {
  if (!row.assignedTo) return true;
  const object = unwrap(node.left.expression);
  const name = ts.isPropertyAccessExpression(object)
    ? object.name.text
    : ts.isIdentifier(object)
      ? object.text
      : object.kind === SyntaxKind.ThisKeyword
        ? 'this'
        : undefined;
  return name !== undefined && row.assignedTo.includes(name);
}

/** The rows a node matches, in table order. */
export function carriersOf(node: ts.Node, index: CarrierIndex): readonly StatusCarrier[] {
  if (isAssignment(node)) {
    const rows = index.byAssignedProperty.get(node.left.name.text) ?? NONE;
    return rows.some((row) => row.assignedTo) ? rows.filter((row) => assignsTo(node, row)) : rows;
  }
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return NONE;
  const via = ts.isNewExpression(node) ? 'new' : 'call';
  const callee = unwrap(node.expression);
  // The last name first: building the dotted name of every call would dominate the analysis.
  const last = calleeName(callee);
  if (last === undefined) return NONE;
  const byMethod = ts.isPropertyAccessExpression(callee) ? index.byMethod.get(last) : undefined;
  const byCallee = index.calleeLastNames.has(last);
  if (!byMethod && !byCallee) return NONE;
  const matches: StatusCarrier[] = [];
  const name = byCallee ? dottedName(callee) : undefined;
  for (const row of (name !== undefined && index.byCallee.get(name)) || NONE) {
    if (row.via === via || row.via === 'either') matches.push(row);
  }
  if (byMethod && ts.isPropertyAccessExpression(callee)) {
    const receiver = dottedName(callee.expression);
    for (const row of byMethod) {
      if (row.via !== via && row.via !== 'either') continue;
      if (row.receivers && (receiver === undefined || !row.receivers.includes(receiver))) continue;
      matches.push(row);
    }
  }
  return matches;
}

/** The arguments of a call or construction; the right side of an assignment as its only "argument". */
export function argumentsOf(node: CarrierNode): readonly ts.Expression[] {
  if (isAssignment(node)) return [node.right];
  return node.arguments ?? [];
}

/** The receiver written before a method (`res` in `res.status(403)`), for pairing statements. */
export function receiverOf(node: CarrierNode): string | undefined {
  const target = isAssignment(node) ? node.left : unwrap(node.expression);
  if (!ts.isPropertyAccessExpression(target)) return undefined;
  return dottedName(chainBase(target.expression));
}

/** The start of a call chain: `res` in `res.status(403).set('x', 'y')`. */
function chainBase(expression: ts.Expression): ts.Expression {
  let current = unwrap(expression);
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(unwrap(current.expression))) {
    current = unwrap((unwrap(current.expression) as ts.PropertyAccessExpression).expression);
  }
  return current;
}

/** The status one row reads from a node, if it is written there and resolvable. */
function statusFromRow(node: CarrierNode, row: StatusCarrier, scope: StatusScope): StatusSite | undefined {
  if (row.implied) {
    const nameNode = impliedName(node);
    const value =
      nameNode && Object.hasOwn(row.implied, nameNode.text) ? row.implied[nameNode.text] : undefined;
    if (nameNode && value !== undefined) {
      return { value, range: nodeRange(scope.sourceFile, nameNode), form: 'implied', carrier: row.name };
    }
  }
  if (row.assignedProperty !== undefined && !row.assignsBody) {
    return site(resolveStatus(argumentsOf(node)[0], scope), row);
  }
  if (row.statusArgument === undefined) return undefined;
  const argument = argumentsOf(node)[row.statusArgument];
  if (!argument) return undefined;
  const value = unwrap(argument);
  if (ts.isObjectLiteralExpression(value)) {
    if (!row.statusOption) return undefined;
    const option = propertyValue(value, row.statusOption);
    return site(resolveStatus(option, scope), row);
  }
  return site(resolveStatus(value, scope), row);
}

/** The first status any matching row finds on a node. */
export function statusOfCarrier(
  node: CarrierNode,
  rows: readonly StatusCarrier[],
  scope: StatusScope,
): StatusSite | undefined {
  for (const row of rows) {
    const found = statusFromRow(node, row, scope);
    if (found) return found;
  }
  return undefined;
}

function site(resolved: ReturnType<typeof resolveStatus>, row: StatusCarrier): StatusSite | undefined {
  return resolved && { ...resolved, carrier: row.name };
}

function impliedName(node: CarrierNode): ts.Identifier | undefined {
  return isAssignment(node) ? undefined : calleeNameNode(node.expression);
}
