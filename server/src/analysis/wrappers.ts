import ts from './typescript';
import type { ArgumentRef, Wrapper } from './types';
import { namePath } from './constantData';
import { resolveStatus, type StatusScope } from './statusValue';
import { isFunctionBoundary, propertyNameText, SyntaxKind, unwrap } from './syntax';

/** Properties an error object keeps its code in (the highlighting grammar marks them too). */
export const CODE_PROPERTIES: ReadonlySet<string> = new Set(['code', 'errorCode', 'error_code']);

/** Properties and parameters that hold the HTTP status. */
const STATUS_PROPERTIES = new Set(['status', 'statusCode', 'status_code', 'httpStatus', 'httpStatusCode']);

/**
 * What a class's constructor does with a code it is given, read from its source: the argument
 * (or the property of an object argument) that reaches `this.code`, a `code` property of an
 * object it builds (`super({ code, message })`), and where the status comes from: an argument
 * that reaches `this.status` or `super(...)`, a fixed status, or a map or function looked up with
 * the code (`this.status = ErrorCodes[code]`, `super(codeToStatus(code), ...)`). Undefined for a
 * class that takes no code.
 */
export function wrapperOf(declaration: ts.ClassLikeDeclaration, scope: StatusScope): Wrapper | undefined {
  const constructor = declaration.members.find(
    (member): member is ts.ConstructorDeclaration =>
      ts.isConstructorDeclaration(member) && member.body !== undefined,
  );
  if (!constructor?.body) return undefined;
  const parameters = new ParameterRefs(constructor);
  let code: Wrapper['code'] | undefined;
  const statusCandidates: ts.Expression[] = [];
  // `constructor(readonly code: ErrorCode)` is `this.code = code` written in the parameter list.
  for (const parameter of constructor.parameters) {
    if (!ts.isParameterPropertyDeclaration(parameter, constructor) || !ts.isIdentifier(parameter.name))
      continue;
    if (CODE_PROPERTIES.has(parameter.name.text)) code ??= parameters.refOf(parameter.name);
    if (STATUS_PROPERTIES.has(parameter.name.text)) statusCandidates.push(parameter.name);
  }
  const visit = (node: ts.Node): void => {
    if (isFunctionBoundary(node)) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken) {
      const target = unwrap(node.left);
      if (ts.isPropertyAccessExpression(target) && target.expression.kind === SyntaxKind.ThisKeyword) {
        const property = target.name.text;
        if (CODE_PROPERTIES.has(property)) code ??= codeRef(node.right, parameters);
        if (STATUS_PROPERTIES.has(property)) statusCandidates.push(node.right);
      }
    } else if (ts.isPropertyAssignment(node)) {
      const key = propertyNameText(node.name);
      if (key !== undefined && CODE_PROPERTIES.has(key)) code ??= codeRef(node.initializer, parameters);
      if (key !== undefined && STATUS_PROPERTIES.has(key)) statusCandidates.push(node.initializer);
    } else if (ts.isShorthandPropertyAssignment(node)) {
      if (CODE_PROPERTIES.has(node.name.text)) code ??= parameters.refOf(node.name);
      if (STATUS_PROPERTIES.has(node.name.text)) statusCandidates.push(node.name);
    } else if (ts.isCallExpression(node) && node.expression.kind === SyntaxKind.SuperKeyword) {
      statusCandidates.push(...node.arguments);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(constructor.body, visit);
  if (!code) return undefined;
  const wrapper: Wrapper = { code };
  for (const candidate of statusCandidates) {
    const status = statusOf(candidate, code, parameters, scope);
    if (status) {
      wrapper.status = status;
      break;
    }
  }
  return wrapper;
}

/** The argument a code comes from: as it is, or looked up in a map (`CODES[providerCode]`). */
function codeRef(expression: ts.Expression, parameters: ParameterRefs): Wrapper['code'] | undefined {
  const direct = parameters.refOf(expression);
  if (direct) return direct;
  const lookedUp = lookupOf(expression);
  const ref = lookedUp && parameters.refOf(lookedUp.key);
  const lookup = ref && namePath(lookedUp.table);
  return ref && lookup ? { ...ref, lookup } : undefined;
}

/** `table[key]` or `table(key)`: a lookup of one value in a map or through a function. */
function lookupOf(expression: ts.Expression): { table: ts.Expression; key: ts.Expression } | undefined {
  const node = unwrap(expression);
  if (ts.isElementAccessExpression(node)) return { table: node.expression, key: node.argumentExpression };
  if (ts.isCallExpression(node) && node.arguments.length === 1)
    return { table: node.expression, key: node.arguments[0] };
  return undefined;
}

function statusOf(
  expression: ts.Expression,
  code: Wrapper['code'],
  parameters: ParameterRefs,
  scope: StatusScope,
): Wrapper['status'] {
  const node = unwrap(expression);
  const ref = parameters.refOf(node);
  if (ref && STATUS_PROPERTIES.has(parameters.nameOf(ref))) return { from: ref };
  const fixed = resolveStatus(node, scope);
  if (fixed) return { value: fixed.value };
  // `ErrorCodes[code]`, `codeToStatus(code)`: a lookup with the code.
  const lookedUp = lookupOf(node);
  if (!lookedUp || !sameRef(parameters.refOf(lookedUp.key), code)) return undefined;
  const lookup = namePath(lookedUp.table);
  return lookup ? { lookup } : undefined;
}

function sameRef(a: ArgumentRef | undefined, b: Wrapper['code']): boolean {
  return a !== undefined && !b.lookup && a.argument === b.argument && a.property === b.property;
}

/** The constructor's parameters by the names its body reads them with. */
class ParameterRefs {
  private readonly byName = new Map<string, ArgumentRef>();
  private readonly names = new Map<string, string>();
  /** Parameters bound whole, whose properties the body may read (`options.code`). */
  private readonly whole = new Map<string, number>();

  constructor(constructor: ts.ConstructorDeclaration) {
    constructor.parameters.forEach((parameter, argument) => {
      if (ts.isIdentifier(parameter.name)) {
        this.add(parameter.name.text, { argument }, parameter.name.text);
        this.whole.set(parameter.name.text, argument);
      } else if (ts.isObjectBindingPattern(parameter.name)) {
        for (const element of parameter.name.elements) {
          if (!ts.isIdentifier(element.name) || element.dotDotDotToken) continue;
          const property = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
          if (property !== undefined) this.add(element.name.text, { argument, property }, property);
        }
      }
    });
  }

  private add(name: string, ref: ArgumentRef, shownAs: string): void {
    this.byName.set(name, ref);
    this.names.set(key(ref), shownAs);
  }

  /** The argument an expression reads: a parameter, a destructured property, or `options.code`. */
  refOf(expression: ts.Expression): ArgumentRef | undefined {
    const node = unwrap(expression);
    if (ts.isIdentifier(node)) return this.byName.get(node.text);
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const argument = this.whole.get(node.expression.text);
      if (argument !== undefined) {
        const ref = { argument, property: node.name.text };
        if (!this.names.has(key(ref))) this.names.set(key(ref), node.name.text);
        return ref;
      }
    }
    return undefined;
  }

  /** The name the argument goes by: the parameter's, or the property's. */
  nameOf(ref: ArgumentRef): string {
    return this.names.get(key(ref)) ?? '';
  }
}

function key(ref: ArgumentRef): string {
  return `${ref.argument}.${ref.property ?? ''}`;
}
