import ts from './typescript';
import type { ConstData } from './types';
import { asStringLiteral, propertyNameText, SyntaxKind, unwrap } from './syntax';

/**
 * Bounds of what a constant is read into: deeper or wider literals are configuration, not code
 * tables, and reading them whole would cost memory in every model that holds them.
 */
const MAX_DEPTH = 4;
const MAX_MEMBERS = 2_000;

/**
 * The value a constant's initializer writes, as data a model can keep without its tree: strings
 * and numbers; objects of them (`{ ... } as const`, `Object.freeze({ ... })`); and paths to other
 * names (`ErrorCode.NotFound`), which whoever reads the value resolves in the file's scope.
 */
export function constData(expression: ts.Expression | undefined, depth = 0): ConstData | undefined {
  if (!expression || depth > MAX_DEPTH) return undefined;
  const node = unwrap(expression);
  const literal = asStringLiteral(node);
  if (literal) return { s: literal.text };
  if (ts.isNumericLiteral(node)) return { n: Number(node.text) };
  if (ts.isPrefixUnaryExpression(node) && node.operator === SyntaxKind.MinusToken) {
    const operand = unwrap(node.operand);
    return ts.isNumericLiteral(operand) ? { n: -Number(operand.text) } : undefined;
  }
  const path = namePath(node);
  if (path) return { r: path };
  if (ts.isObjectLiteralExpression(node)) return objectData(node, depth);
  const frozen = frozenObject(node);
  if (frozen) return objectData(frozen, depth);
  return undefined;
}

function objectData(object: ts.ObjectLiteralExpression, depth: number): ConstData | undefined {
  if (object.properties.length > MAX_MEMBERS) return undefined;
  const members: Record<string, ConstData> = Object.create(null);
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property)) {
      const key = propertyNameText(property.name);
      const value = key === undefined ? undefined : constData(property.initializer, depth + 1);
      if (key !== undefined && value) members[key] = value;
    } else if (ts.isShorthandPropertyAssignment(property)) {
      members[property.name.text] = { r: [property.name.text] };
    }
  }
  return { o: members };
}

/** `Object.freeze({ ... })`: the object it freezes. */
function frozenObject(node: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (!ts.isCallExpression(node) || node.arguments.length !== 1) return undefined;
  const callee = unwrap(node.expression);
  if (
    !ts.isPropertyAccessExpression(callee) ||
    callee.name.text !== 'freeze' ||
    !ts.isIdentifier(callee.expression) ||
    callee.expression.text !== 'Object'
  ) {
    return undefined;
  }
  const argument = unwrap(node.arguments[0]);
  return ts.isObjectLiteralExpression(argument) ? argument : undefined;
}

/**
 * The names an expression reads, outermost first: `ErrorCode.NotFound` is `['ErrorCode',
 * 'NotFound']`, `Codes['not-found']` is `['Codes', 'not-found']`. Undefined for anything else.
 */
export function namePath(expression: ts.Expression): string[] | undefined {
  const node = unwrap(expression);
  if (ts.isIdentifier(node)) return [node.text];
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
    const left = namePath(node.expression);
    return left && [...left, node.name.text];
  }
  if (ts.isElementAccessExpression(node)) {
    const key = asStringLiteral(node.argumentExpression);
    const left = key && namePath(node.expression);
    return left && [...left, key.text];
  }
  return undefined;
}

/** An enum's members as an object: string members as written, numeric ones counted as TypeScript does. */
export function enumData(declaration: ts.EnumDeclaration): ConstData {
  const members: Record<string, ConstData> = Object.create(null);
  let next: number | undefined = 0;
  for (const member of declaration.members) {
    const name = propertyNameText(member.name);
    if (name === undefined) continue;
    const value: ConstData | undefined = member.initializer
      ? constData(member.initializer, 1)
      : next === undefined
        ? undefined
        : { n: next };
    if (value) members[name] = value;
    next = value && 'n' in value ? value.n + 1 : undefined;
  }
  return { o: members };
}

/** A class's static members that hold constants: `static Types = { ... }`, `static readonly X = 'Y'`. */
export function classStaticData(
  declaration: ts.ClassDeclaration | ts.ClassExpression,
): ConstData | undefined {
  let members: Record<string, ConstData> | undefined;
  for (const member of declaration.members) {
    if (!ts.isPropertyDeclaration(member) || !member.initializer) continue;
    if (!(ts.getModifiers(member) ?? []).some((m) => m.kind === SyntaxKind.StaticKeyword)) continue;
    const name = propertyNameText(member.name);
    const value = name === undefined ? undefined : constData(member.initializer, 1);
    if (name !== undefined && value)
      (members ??= Object.create(null) as Record<string, ConstData>)[name] = value;
  }
  return members && { o: members };
}

/** Steps into an object value along member names; a path met on the way is returned with the rest appended. */
export function descend(data: ConstData, members: readonly string[]): ConstData | undefined {
  let current: ConstData | undefined = data;
  for (let i = 0; i < members.length; i++) {
    if (!current) return undefined;
    if ('r' in current) return { r: [...current.r, ...members.slice(i)] };
    if (!('o' in current)) return undefined;
    current = Object.prototype.hasOwnProperty.call(current.o, members[i]) ? current.o[members[i]] : undefined;
  }
  return current;
}
