import ts from './typescript';
import { codeValue, type CodeValue } from './codeValue';
import type { EnvelopeCondition, EnvelopeStyle, PropertyPath } from './envelopes';
import { resolveStatus, type ResolvedStatus, type StatusScope } from './statusValue';
import { asStringLiteral, branches, dottedName, outermostWrapper, propertyValue, unwrap } from './syntax';

/** One literal a row found in a body. */
export interface EnvelopeMatch {
  row: EnvelopeStyle;
  /** The code's expression: a literal or a name (`codeIs: 'string'`), or the status (`codeIs: 'status'`). */
  codeNode: ts.Expression;
  /** The code; empty for an imported name (see `value`), which the workspace resolves. */
  code: string;
  /** `codeIs: 'string'`: how the code is written. */
  value?: CodeValue;
  /** `codeIs: 'status'`: the status the code stands for. */
  codeStatus?: ResolvedStatus;
  /** A status written in the body beside the code. */
  bodyStatus?: ResolvedStatus;
  title?: ts.StringLiteralLike;
  /** Whether the body writes one of the row's `contextEvidence` paths. */
  evidence: boolean;
}

/** What matching needs besides the file: the names of calls whose arguments are rooted rows' bodies. */
export interface MatchOptions {
  rootCallees: readonly string[];
  siblingStatusProperties: readonly string[];
}

/**
 * The matches of one row with `root` as the body root. `trail[k]` is the node reached after `k`
 * segments of the code path, so a path sharing its first `k` segments is read from the same array
 * element as the code.
 */
export function matchRow(
  root: ts.ObjectLiteralExpression,
  row: EnvelopeStyle,
  scope: StatusScope,
  options: MatchOptions,
): EnvelopeMatch[] {
  if (row.root && !isRootArgument(root, row.root)) return [];
  if (!row.root && isRootedArgument(root, options.rootCallees)) return [];
  if (row.wholeBody && isNestedLiteral(root)) return [];
  const matches: EnvelopeMatch[] = [];
  const walk = (node: ts.Expression, trail: ts.Expression[]): void => {
    const depth = trail.length - 1;
    if (depth === row.codePath.length) {
      for (const leaf of branches(node)) {
        const match = leafMatch(leaf, trail, row, scope, options.siblingStatusProperties);
        if (match) matches.push(match);
      }
      return;
    }
    for (const next of step(node, row.codePath[depth])) walk(next, [...trail, next]);
  };
  walk(root, [root]);
  return matches;
}

function leafMatch(
  leaf: ts.Expression,
  trail: ts.Expression[],
  row: EnvelopeStyle,
  scope: StatusScope,
  siblingStatusProperties: readonly string[],
): EnvelopeMatch | undefined {
  const read = (path: PropertyPath) => readPath(trail, row.codePath, path);
  const holds = (condition: EnvelopeCondition) => conditionHolds(read(condition.path), condition, scope);
  if (row.conditions && !row.conditions.every(holds)) return undefined;
  if (row.anyOf && !row.anyOf.some(holds)) return undefined;
  const evidence = (row.contextEvidence ?? []).some((path) => read(path).length > 0);
  const titleNode = row.titlePath && read(row.titlePath)[0];
  const title = titleNode && asStringLiteral(titleNode);
  if (row.codeIs === 'status') {
    const codeStatus = resolveStatus(leaf, scope, true);
    if (!codeStatus) return undefined;
    return {
      row,
      codeNode: leaf,
      code: String(codeStatus.value),
      codeStatus,
      bodyStatus: codeStatus,
      title,
      evidence,
    };
  }
  const value = codeValue(leaf, scope.facts);
  if (!value) return undefined;
  const bodyStatus = bodyStatusOf(trail, row, scope, siblingStatusProperties);
  const codeNode = value.kind === 'literal' ? value.literal : value.node;
  const code = value.kind === 'imported' ? '' : value.text;
  return { row, codeNode, code, value, bodyStatus, title, evidence };
}

function conditionHolds(values: ts.Expression[], condition: EnvelopeCondition, scope: StatusScope): boolean {
  const { test } = condition;
  if (test === 'present') return values.length > 0;
  if (test === 'not-string') return !values.some((v) => asStringLiteral(v) !== undefined);
  if (test === 'status' || test === 'error-status') {
    const minimum = test === 'error-status' ? 400 : 0;
    return values.some((v) => (resolveStatus(v, scope, true)?.value ?? -1) >= minimum);
  }
  return values.some((v) => asStringLiteral(v)?.text === test.equals);
}

/** The status written in the body: at the row's status path, else beside the code. */
function bodyStatusOf(
  trail: ts.Expression[],
  row: EnvelopeStyle,
  scope: StatusScope,
  siblingStatusProperties: readonly string[],
): ResolvedStatus | undefined {
  if (row.statusPath) {
    for (const value of readPath(trail, row.codePath, row.statusPath)) {
      const found = resolveStatus(value, scope, true);
      if (found) return found;
    }
  }
  // Beside the code, else beside the envelope at the body's root (`{ error: { code }, status: 404 }`).
  const holders = new Set([trail[trail.length - 2], trail[0]]);
  for (const holder of holders) {
    if (!holder || !ts.isObjectLiteralExpression(holder)) continue;
    for (const key of siblingStatusProperties) {
      const found = resolveStatus(propertyValue(holder, key), scope, true);
      if (found) return found;
    }
  }
  return undefined;
}

/** The values at `path`, read from the deepest node the code path shares with it. */
export function readPath(
  trail: readonly ts.Expression[],
  codePath: PropertyPath,
  path: PropertyPath,
): ts.Expression[] {
  let shared = 0;
  while (shared < path.length && shared < codePath.length && path[shared] === codePath[shared]) shared++;
  // The whole path is the code path's: there is no value "beside" the code to read.
  if (shared === path.length) return shared === codePath.length ? [trail[shared]] : [];
  let nodes: ts.Expression[] = [trail[shared]];
  for (const segment of path.slice(shared)) nodes = nodes.flatMap((node) => step(node, segment));
  return nodes;
}

function step(node: ts.Expression, segment: string): ts.Expression[] {
  const value = unwrap(node);
  if (segment === '[]') {
    if (!ts.isArrayLiteralExpression(value)) return [];
    return value.elements.filter((e) => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e)).map(unwrap);
  }
  if (!ts.isObjectLiteralExpression(value)) return [];
  const found = propertyValue(value, segment);
  return found ? [unwrap(found)] : [];
}

/** Whether an object literal is the body argument a row's `root` names. */
function isRootArgument(
  object: ts.ObjectLiteralExpression,
  root: NonNullable<EnvelopeStyle['root']>,
): boolean {
  const node = outermostWrapper(object);
  const parent = node.parent;
  if (!ts.isCallExpression(parent) && !ts.isNewExpression(parent)) return false;
  const index = parent.arguments ? parent.arguments.indexOf(node as ts.Expression) : -1;
  return index === root.argument && calleeMatches(parent.expression, root.callee);
}

/** `GraphQLError` matches `GraphQLError` and `graphql.GraphQLError`. */
function calleeMatches(callee: ts.Expression, name: string): boolean {
  const written = dottedName(callee);
  return written === name || (written !== undefined && written.endsWith(`.${name}`));
}

function isNestedLiteral(object: ts.ObjectLiteralExpression): boolean {
  const parent = outermostWrapper(object).parent;
  return (
    ts.isArrayLiteralExpression(parent) ||
    (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent))
  );
}

/** Arguments of rooted rows' callees are not response bodies (the GraphQL options are not an envelope). */
function isRootedArgument(object: ts.ObjectLiteralExpression, rootCallees: readonly string[]): boolean {
  const parent = outermostWrapper(object).parent;
  if (!ts.isNewExpression(parent) && !ts.isCallExpression(parent)) return false;
  return rootCallees.some((name) => calleeMatches(parent.expression, name));
}
