import ts from './typescript';
import type { Range } from 'vscode-languageserver-types';
import { functionValue, type RouteResolver } from './routeRefs';
import { hasModifier } from './routeDeclarations';
import { nodeRange, propertyNameText, SyntaxKind, unwrap } from './syntax';

/**
 * The functions of a file's top level that a route of another file may name as its handler, by
 * local name: `function getOrder`, `const getOrder = () =>` (also wrapped, `= catchAsync(async () => ...)`),
 * an anonymous default export as `default`; and, when exported, the members of an object literal
 * (`controller.getOrder`) and of a class (`OrdersController.getOrder`). `exported` tells whether any
 * of them is exported, as only then can another file name one.
 */
export function topLevelFunctions(resolver: RouteResolver): {
  functions: Record<string, Range>;
  exported: boolean;
} {
  const { sourceFile } = resolver;
  const listed = exportedNames(sourceFile);
  const functions: Record<string, Range> = Object.create(null);
  let exported = false;
  const add = (name: string, node: ts.Node, isExported: boolean) => {
    functions[name] = nodeRange(sourceFile, node);
    if (isExported) exported = true;
  };
  const members = (owner: string, container: ts.ObjectLiteralExpression | ts.ClassLikeDeclaration) => {
    for (const member of ts.isClassLike(container) ? container.members : container.properties) {
      const key = member.name && propertyNameText(member.name);
      const fn = key === undefined ? undefined : memberFunction(resolver, member);
      if (key !== undefined && fn) add(`${owner}.${key}`, fn, true);
    }
  };
  for (const statement of sourceFile.statements) {
    const isExported = (name: string) => hasModifier(statement, SyntaxKind.ExportKeyword) || listed.has(name);
    if (ts.isFunctionDeclaration(statement) && statement.body) {
      const name = statement.name?.text ?? 'default';
      add(name, statement, isExported(name));
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const name = declaration.name.text;
        const fn = functionValue(declaration.initializer);
        const initializer = unwrap(declaration.initializer);
        if (fn) add(name, fn, isExported(name));
        else if (ts.isObjectLiteralExpression(initializer) && isExported(name)) members(name, initializer);
      }
    } else if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      const fn = functionValue(statement.expression);
      const value = unwrap(statement.expression);
      if (fn) add('default', fn, true);
      else if (ts.isObjectLiteralExpression(value)) members('default', value);
    } else if (ts.isClassDeclaration(statement)) {
      const name = statement.name?.text ?? 'default';
      if (isExported(name)) members(name, statement);
    }
  }
  return { functions, exported };
}

/** A member's function: a method with a body, or a property holding a function or naming one of this file. */
function memberFunction(
  resolver: RouteResolver,
  member: ts.ClassElement | ts.ObjectLiteralElementLike,
): ts.Node | undefined {
  if (ts.isMethodDeclaration(member)) return member.body ? member : undefined;
  const value =
    ts.isPropertyAssignment(member) || ts.isPropertyDeclaration(member) ? member.initializer : undefined;
  const fn = value && functionValue(value);
  if (fn) return fn;
  // `{ getOrder }`, `{ get: getOrder }`: the function of this file it names.
  const named = ts.isShorthandPropertyAssignment(member) ? member.name : value && unwrap(value);
  if (!named || !ts.isIdentifier(named)) return undefined;
  const binding = resolver.scopes.lookup(named.text, named);
  if (binding?.kind === 'function') return binding.declaration;
  return binding?.kind === 'variable' && binding.initializer ? functionValue(binding.initializer) : undefined;
}

/** Local names exported by a list or a default export of a name: `export { getOrder }`, `export default getOrder`. */
function exportedNames(sourceFile: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements)
        names.add((element.propertyName ?? element.name).text);
    } else if (ts.isExportAssignment(statement)) {
      const value = unwrap(statement.expression);
      if (ts.isIdentifier(value)) names.add(value.text);
    }
  }
  return names;
}
