import ts from './typescript';
import type { Range } from 'vscode-languageserver-types';
import type { StatusForm } from './types';
import type { FileFacts } from './facts';
import { STATUS_MODULES, STATUS_NAMESPACES } from './carriers';
import { isKnownStatus, statusOfName } from './statusNames';
import { nodeRange, propertyNameText, stringContentRange, unwrap } from './syntax';

/** A status resolved from an expression, with where and how it is written. */
export interface ResolvedStatus {
  value: number;
  range: Range;
  form: StatusForm;
}

/** What resolving a status needs from the file. */
export interface StatusScope {
  sourceFile: ts.SourceFile;
  facts: FileFacts;
}

/**
 * The status an expression stands for, when it can be known without running the code: a number,
 * a numeric string (`allowString`), a status constant or a local constant. Anything else is
 * unknown: never guessed. Only statuses the HTTP registry knows count, so `code(7)` is no status.
 */
export function resolveStatus(
  expression: ts.Expression | undefined,
  scope: StatusScope,
  allowString = false,
): ResolvedStatus | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  const { sourceFile } = scope;
  if (ts.isNumericLiteral(node)) {
    return known(Number(node.text), nodeRange(sourceFile, node), 'number');
  }
  if (allowString && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
    if (!isDecimal(node.text)) return undefined;
    return known(Number(node.text), stringContentRange(sourceFile, node), 'string');
  }
  if (ts.isIdentifier(node)) {
    const value = constantValue(node.text, scope, 0);
    return value === undefined ? undefined : known(value, nodeRange(sourceFile, node), 'constant');
  }
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
    const value = memberValue(node.expression.text, node.name.text, scope);
    return value === undefined ? undefined : known(value, nodeRange(sourceFile, node.name), 'member');
  }
  return undefined;
}

function known(value: number, range: Range, form: StatusForm): ResolvedStatus | undefined {
  return isKnownStatus(value) ? { value, range, form } : undefined;
}

function isDecimal(text: string): boolean {
  return text.length === 3 && [...text].every((char) => char >= '0' && char <= '9');
}

/** Local constants may refer to each other; the depth bound keeps a cycle from looping. */
const MAX_DEPTH = 4;

/** The number a name stands for: a local `const NOT_FOUND = 404`, or an imported status constant. */
function constantValue(name: string, scope: StatusScope, depth: number): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const initializer = scope.facts.constants.get(name);
  if (initializer) return numericValue(initializer, scope, depth + 1);
  const imported = scope.facts.imports.get(name);
  if (imported && STATUS_MODULES.includes(imported.module)) return statusOfName(imported.importedName);
  return undefined;
}

function numericValue(expression: ts.Expression, scope: StatusScope, depth: number): number | undefined {
  const node = unwrap(expression);
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isIdentifier(node)) return constantValue(node.text, scope, depth);
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
    return memberValue(node.expression.text, node.name.text, scope);
  }
  return undefined;
}

/**
 * `Namespace.MEMBER`: a local object constant or enum first (it shadows a library name), then the
 * status namespaces of the libraries (`StatusCodes.NOT_FOUND`, `HttpStatus.NOT_FOUND`).
 */
function memberValue(namespace: string, member: string, scope: StatusScope): number | undefined {
  const local = scope.facts.constants.get(namespace);
  if (local) {
    if (!ts.isObjectLiteralExpression(local)) return undefined;
    for (const property of local.properties) {
      if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === member) {
        const value = unwrap(property.initializer);
        return ts.isNumericLiteral(value) ? Number(value.text) : undefined;
      }
    }
    return undefined;
  }
  const enumeration = scope.facts.enums.get(namespace);
  if (enumeration) {
    const found = enumeration.members.find((m) => propertyNameText(m.name) === member);
    const value = found?.initializer && unwrap(found.initializer);
    return value && ts.isNumericLiteral(value) ? Number(value.text) : undefined;
  }
  const imported = scope.facts.imports.get(namespace);
  const isLibraryNamespace =
    STATUS_NAMESPACES.includes(namespace) ||
    (imported !== undefined && STATUS_MODULES.includes(imported.module));
  // A parameter or local named `status` is not http-status's export: only an unbound or imported name is.
  if (!isLibraryNamespace || scope.facts.declared.has(namespace)) return undefined;
  if (imported && !STATUS_MODULES.includes(imported.module)) return undefined;
  return statusOfName(member);
}
