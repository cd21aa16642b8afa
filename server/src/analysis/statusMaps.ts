import ts from './typescript';
import type { CodeDefinition, PendingDefinition } from './types';
import { codeValue } from './codeValue';
import { nameWords } from './nameWords';
import { resolveStatus, type ResolvedStatus, type StatusScope } from './statusValue';
import { statusOfName } from './statusNames';
import {
  asStringLiteral,
  nodeRange,
  outermostWrapper,
  stringContentRange,
  SyntaxKind,
  unwrap,
} from './syntax';

/** The definer of the entries of a code-to-status map. */
const STATUS_MAP_DEFINER = 'status-map';

/**
 * The definer of the entries of a status-to-code map: an error handler's default code for each
 * status (`switch (status) { case HttpStatus.NOT_FOUND: return ErrorCode.NOT_FOUND }`).
 */
export const DEFAULT_CODE_DEFINER = 'status-code-map';

/** Words of a map's or function's name that say it maps error codes to statuses. */
const MAP_WORDS = new Set(['error', 'errors', 'code', 'codes', 'status', 'statuses', 'http', 'exception']);

/** One entry of a map: the code as written, and its status (none for a switch's `default:`). */
interface MapEntry {
  key: ts.Expression | ts.PropertyName;
  status?: ResolvedStatus;
}

/**
 * The entries of a code-to-status map a node writes, as definitions: an object constant
 * (`const ErrorCodes = { not_found: 404 } as const`, `Record<ErrorCode, number>` with computed
 * enum keys), a `new Map([['NOT_FOUND', 404]])`, or a `switch` on a function's code parameter
 * returning statuses. A map counts when its name speaks of errors, codes or statuses, every value
 * is an HTTP status with at least one error status, and it is not a table of status names (`{
 * NOT_FOUND: 404 }` in an `HttpStatus` object names statuses, not codes).
 */
export function statusMapDefinitions(
  node: ts.Node,
  scope: StatusScope,
): { definitions: CodeDefinition[]; pending: PendingDefinition[] } | undefined {
  const found = mapEntries(node, scope) ?? defaultCodeEntries(node, scope);
  if (!found) return undefined;
  const { name, entries, definer = STATUS_MAP_DEFINER } = found;
  if (!speaksOfCodes(name) || !isCodeMap(entries, definer === STATUS_MAP_DEFINER)) return undefined;
  const definitions: CodeDefinition[] = [];
  const pending: PendingDefinition[] = [];
  for (const entry of entries) {
    const base: Omit<CodeDefinition, 'code' | 'range'> = { definer };
    if (entry.status) {
      base.status = entry.status.value;
      base.statusSite = { ...entry.status, carrier: definer };
    }
    const key = entry.key;
    if (ts.isIdentifier(key) || ts.isPrivateIdentifier(key)) {
      definitions.push({ code: key.text, range: nodeRange(scope.sourceFile, key), ...base });
      continue;
    }
    const expression = ts.isComputedPropertyName(key) ? key.expression : key;
    if (ts.isNumericLiteral(expression) || !ts.isExpression(expression)) continue;
    const value = codeValue(expression, scope.facts);
    if (!value) continue;
    if (value.kind === 'literal') {
      definitions.push({
        code: value.text,
        range: stringContentRange(scope.sourceFile, value.literal),
        ...base,
      });
    } else {
      const definition = {
        range: nodeRange(scope.sourceFile, value.node),
        ...base,
        via: 'constant' as const,
      };
      if (value.kind === 'constant') definitions.push({ code: value.text, ...definition });
      else pending.push({ symbol: value.symbol, definition });
    }
  }
  return { definitions, pending };
}

function mapEntries(
  node: ts.Node,
  scope: StatusScope,
): { name: string; entries: MapEntry[]; definer?: string } | undefined {
  if (ts.isObjectLiteralExpression(node)) return objectEntries(node, scope);
  if (ts.isNewExpression(node)) return mapConstructorEntries(node, scope);
  if (ts.isSwitchStatement(node)) return switchEntries(node, scope);
  return undefined;
}

/** `const ErrorCodes = { not_found: 404 }`, with `as const`, `satisfies` or `Object.freeze`. */
function objectEntries(object: ts.ObjectLiteralExpression, scope: StatusScope) {
  const name = boundName(object);
  if (name === undefined || object.properties.length < 2) return undefined;
  const entries: MapEntry[] = [];
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) return undefined;
    const status = mapStatus(property.initializer, scope);
    if (!status) return undefined;
    entries.push({ key: property.name, status });
  }
  return { name, entries };
}

/** `new Map([['not_found', 404], ...])`. */
function mapConstructorEntries(node: ts.NewExpression, scope: StatusScope) {
  const callee = unwrap(node.expression);
  if (!ts.isIdentifier(callee) || callee.text !== 'Map') return undefined;
  const name = boundName(node);
  const list = node.arguments?.[0] && unwrap(node.arguments[0]);
  if (name === undefined || !list || !ts.isArrayLiteralExpression(list) || list.elements.length < 2)
    return undefined;
  const entries: MapEntry[] = [];
  for (const element of list.elements) {
    const pair = unwrap(element);
    if (!ts.isArrayLiteralExpression(pair) || pair.elements.length !== 2) return undefined;
    const status = mapStatus(pair.elements[1], scope);
    if (!status) return undefined;
    entries.push({ key: pair.elements[0], status });
  }
  return { name, entries };
}

/**
 * `switch (status) { case HttpStatus.NOT_FOUND: return HttpErrorCode.NOT_FOUND; }` in a function
 * that takes a status: the code an error handler sends for an error raised with a status alone.
 */
function defaultCodeEntries(node: ts.Node, scope: StatusScope) {
  if (!ts.isSwitchStatement(node)) return undefined;
  const name = switchedParameterFunction(node, (parameter) => nameWords(parameter).includes('status'));
  if (name === undefined) return undefined;
  const entries: MapEntry[] = [];
  let labels: ResolvedStatus[] = [];
  for (const clause of node.caseBlock.clauses) {
    if (!ts.isCaseClause(clause)) {
      // `default:` gives the code of every status no case lists.
      const returned = clause.statements[0];
      if (labels.length === 0 && returned && ts.isReturnStatement(returned) && returned.expression) {
        entries.push({ key: returned.expression });
      }
      labels = [];
      continue;
    }
    const status = resolveStatus(clause.expression, scope);
    if (!status) return undefined;
    labels.push(status);
    if (clause.statements.length === 0) continue;
    const returned = clause.statements[0];
    if (!ts.isReturnStatement(returned) || !returned.expression) return undefined;
    for (const label of labels) entries.push({ key: returned.expression, status: label });
    labels = [];
  }
  return entries.filter((entry) => entry.status).length >= 2
    ? { name, entries, definer: DEFAULT_CODE_DEFINER }
    : undefined;
}

/** The name of the function whose first parameter a switch is on, when `accepts` that parameter. */
function switchedParameterFunction(node: ts.SwitchStatement, accepts: (parameter: string) => boolean) {
  const discriminant = unwrap(node.expression);
  if (!ts.isIdentifier(discriminant)) return undefined;
  const owner = enclosingFunction(node);
  const first = owner?.parameters[0];
  if (!owner || !first || !ts.isIdentifier(first.name) || first.name.text !== discriminant.text)
    return undefined;
  return accepts(first.name.text) ? functionName(owner) : undefined;
}

/** `switch (code) { case 'NOT_FOUND': return 404; }` in a function that takes the code. */
function switchEntries(node: ts.SwitchStatement, scope: StatusScope) {
  const name = switchedParameterFunction(node, (parameter) => !nameWords(parameter).includes('status'));
  if (name === undefined) return undefined;
  const entries: MapEntry[] = [];
  let labels: ts.Expression[] = [];
  for (const clause of node.caseBlock.clauses) {
    if (ts.isCaseClause(clause)) labels.push(clause.expression);
    if (clause.statements.length === 0) continue;
    const returned = clause.statements[0];
    const status =
      ts.isReturnStatement(returned) && returned.expression
        ? mapStatus(returned.expression, scope)
        : undefined;
    if (ts.isCaseClause(clause)) {
      if (!status) return undefined;
      for (const label of labels) entries.push({ key: label, status });
    }
    labels = [];
  }
  return entries.length >= 2 ? { name, entries } : undefined;
}

/**
 * A status as a map writes it: an API may use its own statuses within HTTP's range (`460`), which
 * a map states on purpose; elsewhere only registered statuses count.
 */
function mapStatus(expression: ts.Expression, scope: StatusScope): ResolvedStatus | undefined {
  const node = unwrap(expression);
  if (ts.isNumericLiteral(node)) {
    const value = Number(node.text);
    if (Number.isInteger(value) && value >= 100 && value <= 599) {
      return { value, range: nodeRange(scope.sourceFile, node), form: 'number' };
    }
    return undefined;
  }
  return resolveStatus(node, scope);
}

/** The name a top-level `const` binds a value to. */
function boundName(node: ts.Node): string | undefined {
  let current = outermostWrapper(node);
  // `Object.freeze({ ... })`
  if (ts.isCallExpression(current.parent) && current.parent.arguments[0] === current) {
    current = outermostWrapper(current.parent);
  }
  const declaration = current.parent;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== current) return undefined;
  if (!ts.isIdentifier(declaration.name)) return undefined;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
  return list.parent?.parent?.kind === SyntaxKind.SourceFile ? declaration.name.text : undefined;
}

function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (
      ts.isFunctionDeclaration(current) ||
      ts.isArrowFunction(current) ||
      ts.isFunctionExpression(current)
    ) {
      return current;
    }
    if (ts.isMethodDeclaration(current)) return current;
    if (ts.isClassDeclaration(current) || ts.isSourceFile(current)) return undefined;
  }
  return undefined;
}

function functionName(owner: ts.FunctionLikeDeclaration): string | undefined {
  if (owner.name && (ts.isIdentifier(owner.name) || ts.isPrivateIdentifier(owner.name)))
    return owner.name.text;
  const parent = outermostWrapper(owner).parent;
  return ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}

function speaksOfCodes(name: string): boolean {
  return nameWords(name).some((word) => MAP_WORDS.has(word));
}

/**
 * Statuses for values, one an error; for a map of codes to statuses, keys that are not all the
 * statuses' own names (a switch from statuses to codes may well name each code after its status).
 */
function isCodeMap(entries: readonly MapEntry[], keysAreCodes: boolean): boolean {
  if (entries.length < 2 || !entries.some((entry) => (entry.status?.value ?? 0) >= 400)) return false;
  if (!keysAreCodes) return true;
  return !entries.every((entry) => {
    const key = entry.key;
    const text = ts.isIdentifier(key)
      ? key.text
      : ts.isExpression(key)
        ? asStringLiteral(key)?.text
        : undefined;
    return text !== undefined && statusOfName(text.toUpperCase()) === entry.status?.value;
  });
}
