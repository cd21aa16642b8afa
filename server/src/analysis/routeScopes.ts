import ts from './typescript';
import {
  asStringLiteral,
  offsetRange,
  outermostWrapper,
  propertyNameText,
  SyntaxKind,
  unwrap,
} from './syntax';

/**
 * What a name is bound to where it is read. Found by climbing the scopes around the read, as the
 * language does, without a type checker: a router named `app` in one function is not the `app`
 * parameter of another. `require('x')` binds like an import.
 */
type Binding =
  | { kind: 'parameter'; function: ts.SignatureDeclaration }
  | { kind: 'variable'; declaration: ts.VariableDeclaration; initializer?: ts.Expression }
  | { kind: 'import'; module: string; importedName: string }
  | { kind: 'function'; declaration: ts.FunctionDeclaration }
  | { kind: 'class'; declaration: ts.ClassDeclaration };

/** A module a call loads: `require('./orders')`, `import('./orders')`; undefined for any other call. */
export function loadedModule(node: ts.Expression): string | undefined {
  const call = unwrap(node);
  if (!ts.isCallExpression(call) || call.arguments.length !== 1) return undefined;
  const callee = unwrap(call.expression);
  const isLoader =
    callee.kind === SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require');
  return isLoader ? asStringLiteral(call.arguments[0])?.text : undefined;
}

/** The names of one file's scopes, each scope read once, when a name is first looked up in it. */
export class Scopes {
  private readonly byScope = new Map<ts.Node, Map<string, Binding>>();

  lookup(name: string, at: ts.Node): Binding | undefined {
    for (let node = at.parent; node; node = node.parent) {
      if (ts.isFunctionLike(node) && bindsName(node.parameters, name)) {
        return { kind: 'parameter', function: node };
      }
      if (holdsStatements(node)) {
        const binding = this.declared(node).get(name);
        if (binding) return binding;
      }
    }
    return undefined;
  }

  private declared(scope: ScopeNode): Map<string, Binding> {
    let names = this.byScope.get(scope);
    if (names) return names;
    names = new Map();
    // The first declaration wins: a redeclared name is rare, and either one is a guess.
    const add = (name: string, binding: Binding) => {
      if (!names.has(name)) names.set(name, binding);
    };
    for (const statement of scope.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) addVariable(declaration, add);
      } else if (ts.isFunctionDeclaration(statement) && statement.name) {
        add(statement.name.text, { kind: 'function', declaration: statement });
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        add(statement.name.text, { kind: 'class', declaration: statement });
      } else if (ts.isImportDeclaration(statement)) {
        addImport(statement, add);
      } else if (
        ts.isImportEqualsDeclaration(statement) &&
        ts.isExternalModuleReference(statement.moduleReference)
      ) {
        const module = asStringLiteral(statement.moduleReference.expression)?.text;
        if (module !== undefined)
          add(statement.name.text, { kind: 'import', module, importedName: 'default' });
      }
    }
    this.byScope.set(scope, names);
    return names;
  }
}

type ScopeNode = ts.SourceFile | ts.Block | ts.ModuleBlock | ts.CaseOrDefaultClause;

function holdsStatements(node: ts.Node): node is ScopeNode {
  return (
    ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node) || ts.isCaseOrDefaultClause(node)
  );
}

function bindsName(parameters: readonly ts.ParameterDeclaration[], name: string): boolean {
  return parameters.some((parameter) => patternBinds(parameter.name, name));
}

function patternBinds(pattern: ts.BindingName, name: string): boolean {
  if (ts.isIdentifier(pattern)) return pattern.text === name;
  return pattern.elements.some(
    (element) => !ts.isOmittedExpression(element) && patternBinds(element.name, name),
  );
}

function addVariable(
  declaration: ts.VariableDeclaration,
  add: (name: string, binding: Binding) => void,
): void {
  const initializer = declaration.initializer && unwrap(declaration.initializer);
  const required = initializer && requiredName(initializer);
  if (ts.isIdentifier(declaration.name)) {
    add(
      declaration.name.text,
      required
        ? { kind: 'import', module: required.module, importedName: required.name }
        : { kind: 'variable', declaration, initializer },
    );
    return;
  }
  // `const { Router } = require('express')` imports `Router`; other patterns only shadow.
  for (const element of declaration.name.elements) {
    if (ts.isOmittedExpression(element) || !ts.isIdentifier(element.name)) continue;
    const imported = element.propertyName ? propertyNameText(element.propertyName) : element.name.text;
    add(
      element.name.text,
      required && required.name === 'default' && imported !== undefined
        ? { kind: 'import', module: required.module, importedName: imported }
        : { kind: 'variable', declaration },
    );
  }
}

/** `require('x')` (the module's default), `require('x').y` (its `y`). */
function requiredName(node: ts.Expression): { module: string; name: string } | undefined {
  const module = loadedModule(node);
  if (module !== undefined && ts.isCallExpression(node)) return { module, name: 'default' };
  if (ts.isPropertyAccessExpression(node)) {
    const inner = loadedModule(node.expression);
    if (inner !== undefined) return { module: inner, name: node.name.text };
  }
  return undefined;
}

function addImport(statement: ts.ImportDeclaration, add: (name: string, binding: Binding) => void): void {
  const module = asStringLiteral(statement.moduleSpecifier)?.text;
  const clause = statement.importClause;
  if (module === undefined || !clause || clause.isTypeOnly) return;
  if (clause.name) add(clause.name.text, { kind: 'import', module, importedName: 'default' });
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    add(bindings.name.text, { kind: 'import', module, importedName: '*' });
  } else if (bindings) {
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      add(element.name.text, {
        kind: 'import',
        module,
        importedName: (element.propertyName ?? element.name).text,
      });
    }
  }
}

/**
 * The name a function is known by in its file, which routes declared on its parameter name as their
 * router and a mount of it names as its child: its own name, the binding it is assigned to
 * (through wrappers like `fp(async (app) => ...)`), `default` for a default export, `Class.method`
 * or `object.member` for members, else its position (`@12:5`), for a function written inline.
 */
export function functionName(fn: ts.SignatureDeclaration, sourceFile: ts.SourceFile): string {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text ?? 'default';
  if (ts.isMethodDeclaration(fn) || ts.isGetAccessor(fn) || ts.isSetAccessor(fn)) {
    const owner = memberOwnerName(fn.parent);
    const key = propertyNameText(fn.name);
    if (owner !== undefined && key !== undefined) return `${owner}.${key}`;
  }
  const bound = boundName(fn);
  if (bound !== undefined) return bound;
  if (ts.isFunctionExpression(fn) && fn.name) return fn.name.text;
  const { line, character } = offsetRange(sourceFile, fn.getStart(sourceFile), fn.getStart(sourceFile)).start;
  return `@${line + 1}:${character + 1}`;
}

/** How deep `fp(withX(async (app) => ...))` wrappers are read for the name the result is bound to. */
const MAX_WRAPPERS = 4;

/**
 * The name a value is bound to: `const x = value`, `export default value`, `module.exports =
 * value` (`default`), `exports.x = value`, a member of a named object or class; also through calls
 * of a plain function that wrap it (`fp(plugin)`), not through a method call (`app.register(fn)`).
 */
function boundName(value: ts.Node): string | undefined {
  let node = outermostWrapper(value);
  for (let depth = 0; depth < MAX_WRAPPERS; depth++) {
    const parent = node.parent;
    if (
      ts.isCallExpression(parent) &&
      parent.expression !== node &&
      ts.isIdentifier(unwrap(parent.expression))
    ) {
      node = outermostWrapper(parent);
      continue;
    }
    if (ts.isAwaitExpression(parent)) {
      node = outermostWrapper(parent);
      continue;
    }
    break;
  }
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  if (ts.isExportAssignment(parent)) return 'default';
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === node) {
    const owner = memberOwnerName(parent.parent);
    const key = propertyNameText(parent.name);
    return owner !== undefined && key !== undefined ? `${owner}.${key}` : undefined;
  }
  if (
    ts.isBinaryExpression(parent) &&
    parent.right === node &&
    parent.operatorToken.kind === SyntaxKind.EqualsToken
  ) {
    return commonJsExportName(parent.left);
  }
  return undefined;
}

/** `module.exports` is the default export; `exports.x` and `module.exports.x` export `x`. */
function commonJsExportName(target: ts.Expression): string | undefined {
  const left = unwrap(target);
  if (!ts.isPropertyAccessExpression(left)) return undefined;
  const object = unwrap(left.expression);
  if (ts.isIdentifier(object) && object.text === 'module' && left.name.text === 'exports') return 'default';
  if (ts.isIdentifier(object) && object.text === 'exports') return left.name.text;
  if (
    ts.isPropertyAccessExpression(object) &&
    object.name.text === 'exports' &&
    ts.isIdentifier(object.expression) &&
    object.expression.text === 'module'
  ) {
    return left.name.text;
  }
  return undefined;
}

/** The name of the class or object literal holding a member: `OrdersController`, `controller`. */
function memberOwnerName(owner: ts.Node): string | undefined {
  if (ts.isClassLike(owner))
    return owner.name?.text ?? (ts.isClassDeclaration(owner) ? 'default' : boundName(owner));
  if (ts.isObjectLiteralExpression(owner)) return boundName(owner);
  return undefined;
}
