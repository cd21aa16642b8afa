import ts from './typescript';
import type { ArgumentCode, ArgumentValue, Construction } from './types';
import { codeValue } from './codeValue';
import { namePath } from './constantData';
import type { FileFacts } from './facts';
import { resolveStatus, type StatusScope } from './statusValue';
import {
  calleeNameNode,
  nodeRange,
  propertyNameText,
  stringContentRange,
  SyntaxKind,
  unwrap,
} from './syntax';

/** The carrier row name a status read through a wrapper's argument is reported with. */
const WRAPPER_CARRIER = 'wrapper';

/** Classes of the platform: never wrappers of a code. */
const BUILT_IN_CLASSES = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Date',
  'Promise',
  'URL',
  'URLSearchParams',
  'RegExp',
  'Response',
  'Request',
  'Headers',
  'Array',
  'Object',
]);

/**
 * `new X(...)` of a class the file declares or imports, as data the workspace reads through the
 * class's wrapper summary once it knows what the class does with its arguments. Constructions of
 * imported classes are kept only when an argument holds something a code may be (most `new` of
 * a service or a model holds none), those of local classes always (a local subclass may fix the
 * code, which only linking finds).
 */
export function constructionOf(node: ts.NewExpression, scope: StatusScope): Construction | undefined {
  const callee = namePath(node.expression);
  if (!callee || BUILT_IN_CLASSES.has(callee[0])) return undefined;
  const facts = scope.facts;
  const local = callee.length === 1 && facts.classes.has(callee[0]);
  if (!local && !facts.imports.has(callee[0])) return undefined;
  const args = (node.arguments ?? []).map((argument) => argumentValue(argument, scope));
  if (!local && !args.some(holdsCode)) return undefined;
  return {
    callee,
    range: nodeRange(scope.sourceFile, calleeNameNode(node.expression) ?? node.expression),
    args,
  };
}

/**
 * `super(...)` in the constructor of `class NotFoundError extends ApiError`: when it passes a code,
 * the class is a definition of that code, as the base class's wrapper reads it.
 */
export function superConstructionOf(node: ts.CallExpression, scope: StatusScope): Construction | undefined {
  const constructor = node.parent?.parent?.parent;
  if (!constructor || !ts.isConstructorDeclaration(constructor)) return undefined;
  const declaration = constructor.parent;
  if (!ts.isClassDeclaration(declaration) || !declaration.name) return undefined;
  const heritage = declaration.heritageClauses?.find((clause) => clause.token === SyntaxKind.ExtendsKeyword);
  const base = heritage?.types[0]?.expression;
  const callee = base && namePath(base);
  if (!callee || BUILT_IN_CLASSES.has(callee[0])) return undefined;
  const args = node.arguments.map((argument) => argumentValue(argument, scope));
  if (!args.some(holdsCode)) return undefined;
  const exported = (ts.getModifiers(declaration) ?? []).some((m) => m.kind === SyntaxKind.ExportKeyword);
  return {
    callee,
    range: nodeRange(scope.sourceFile, declaration.name),
    args,
    definesClass: { name: declaration.name.text, exported },
  };
}

function holdsCode(value: ArgumentValue): boolean {
  return value.code !== undefined || Object.values(value.properties ?? {}).some((p) => p.code !== undefined);
}

function argumentValue(argument: ts.Expression, scope: StatusScope): ArgumentValue {
  const node = unwrap(argument);
  const value: ArgumentValue = {};
  if (ts.isObjectLiteralExpression(node)) {
    const properties: NonNullable<ArgumentValue['properties']> = {};
    for (const property of node.properties) {
      let key: string | undefined;
      let initializer: ts.Expression;
      if (ts.isPropertyAssignment(property)) {
        key = propertyNameText(property.name);
        initializer = property.initializer;
      } else if (ts.isShorthandPropertyAssignment(property)) {
        key = property.name.text;
        initializer = property.name;
      } else {
        continue;
      }
      if (key === undefined) continue;
      const code = argumentCode(initializer, scope.facts, scope.sourceFile);
      const status = statusSite(initializer, scope);
      if (code || status) properties[key] = { ...(code && { code }), ...(status && { status }) };
    }
    if (Object.keys(properties).length > 0) value.properties = properties;
    return value;
  }
  const code = argumentCode(node, scope.facts, scope.sourceFile);
  if (code) value.code = code;
  const status = statusSite(node, scope);
  if (status) value.status = status;
  return value;
}

function argumentCode(
  expression: ts.Expression,
  facts: FileFacts,
  sourceFile: ts.SourceFile,
): ArgumentCode | undefined {
  const value = codeValue(expression, facts);
  if (!value) return undefined;
  if (value.kind === 'literal') {
    return { text: value.text, range: stringContentRange(sourceFile, value.literal), written: 'literal' };
  }
  if (value.kind === 'constant')
    return { text: value.text, range: nodeRange(sourceFile, value.node), written: 'constant' };
  return { symbol: value.symbol, range: nodeRange(sourceFile, value.node) };
}

function statusSite(expression: ts.Expression, scope: StatusScope) {
  const resolved = resolveStatus(expression, scope);
  return resolved && { ...resolved, carrier: WRAPPER_CARRIER };
}
