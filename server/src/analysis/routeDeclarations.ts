import ts from './typescript';
import type { Range } from 'vscode-languageserver-types';
import type { HandlerRef } from './routeTypes';
import {
  ROUTE_IDIOMS,
  type ControllerIdiom,
  type DefaultHandlerIdiom,
  type ExportedMethodsIdiom,
} from './routeTable';
import type { RouteResolver } from './routeRefs';
import type { RouteFindings } from './routeFindings';
import { functionName } from './routeScopes';
import { joinPath, writtenStrings, type WrittenPath } from './routeLiterals';
import { methodBranches } from './methodBranches';
import { nameWords } from './nameWords';
import { calleeName, nodeRange, propertyValue, SyntaxKind, unwrap } from './syntax';

/**
 * The routes a file's top-level declarations make: Nest controllers' decorated methods, Next.js
 * route exports and pages handlers. Run after the calls' routes: a default export that declares
 * routes on its parameter is a plugin, not a pages handler.
 */
export function findDeclaredRoutes(resolver: RouteResolver, found: RouteFindings): void {
  for (const row of ROUTE_IDIOMS) {
    if (row.kind === 'controller') controllers(row, resolver, found);
    else if (row.kind === 'exported-methods') exportedMethods(row, resolver, found);
    else if (row.kind === 'default-handler') defaultHandler(row, resolver, found);
  }
}

/** `@Controller('orders') class C { @Get(':id') find() {} }`: a route per method decorator and path. */
function controllers(row: ControllerIdiom, resolver: RouteResolver, found: RouteFindings): void {
  const { sourceFile } = resolver;
  for (const statement of sourceFile.statements) {
    if (!ts.isClassDeclaration(statement)) continue;
    const controller = decoratorsOf(statement).find((decorator) =>
      row.classDecorators.includes(decorator.name),
    );
    const prefixes = controller && controllerPaths(sourceFile, controller.args[0], row.pathOption);
    if (!prefixes) continue;
    const router = { local: statement.name?.text ?? 'default' };
    for (const member of statement.members) {
      if (!ts.isMethodDeclaration(member)) continue;
      for (const decorator of decoratorsOf(member)) {
        if (!Object.prototype.hasOwnProperty.call(row.methodDecorators, decorator.name)) continue;
        const paths = decorator.args[0] ? writtenStrings(sourceFile, decorator.args[0]) : [{ text: '' }];
        if (!paths) continue;
        for (const prefix of prefixes) {
          for (const path of paths) {
            const pathRange = path.range ?? prefix.range;
            found.routes.push({
              framework: row.name,
              method: row.methodDecorators[decorator.name],
              path: joinPath(prefix.text, path.text),
              ...(pathRange && { pathRange }),
              router,
              handlers: [{ range: nodeRange(sourceFile, member) }],
              range: nodeRange(sourceFile, decorator.node),
            });
          }
        }
      }
    }
  }
}

/** `@Controller()`, `@Controller('orders')`, `@Controller(['a', 'b'])`, `@Controller({ path: 'orders' })`. */
function controllerPaths(
  sourceFile: ts.SourceFile,
  argument: ts.Expression | undefined,
  pathOption: string,
): WrittenPath[] | undefined {
  if (!argument) return [{ text: '' }];
  const inner = unwrap(argument);
  if (!ts.isObjectLiteralExpression(inner)) return writtenStrings(sourceFile, inner);
  const path = propertyValue(inner, pathOption);
  return path ? writtenStrings(sourceFile, path) : [{ text: '' }];
}

interface DecoratorUse {
  name: string;
  args: readonly ts.Expression[];
  node: ts.Decorator;
}

function decoratorsOf(node: ts.HasDecorators): DecoratorUse[] {
  return (ts.getDecorators(node) ?? []).flatMap((decorator) => {
    const expression = unwrap(decorator.expression);
    const call = ts.isCallExpression(expression) ? expression : undefined;
    const name = calleeName(call ? call.expression : expression);
    return name === undefined ? [] : [{ name, args: call?.arguments ?? [], node: decorator }];
  });
}

/**
 * Next.js app router: `export async function GET(req)`, `export const POST = withAuth(async (req) => ...)`,
 * `export { handler as GET }`, `export { GET } from './handlers'`: routes of the file's path.
 */
function exportedMethods(row: ExportedMethodsIdiom, resolver: RouteResolver, found: RouteFindings): void {
  const { sourceFile } = resolver;
  const add = (name: ts.Identifier | ts.StringLiteral, handler: HandlerRef) => {
    if (!Object.prototype.hasOwnProperty.call(row.exports, name.text)) return;
    found.routes.push({
      framework: row.name,
      method: row.exports[name.text],
      path: '',
      router: { local: '' },
      handlers: [handler],
      range: nodeRange(sourceFile, name),
      fileRouted: true,
    });
  };
  for (const statement of sourceFile.statements) {
    if (
      ts.isFunctionDeclaration(statement) &&
      statement.name &&
      isExported(statement) &&
      !isDefault(statement)
    ) {
      add(statement.name, { range: nodeRange(sourceFile, statement) });
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          add(declaration.name, valueHandler(resolver, declaration.initializer));
        }
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      const module = statement.moduleSpecifier && unwrap(statement.moduleSpecifier as ts.Expression);
      for (const element of statement.exportClause.elements) {
        if (element.isTypeOnly) continue;
        const local = element.propertyName ?? element.name;
        if (module && ts.isStringLiteral(module)) {
          add(element.name, { symbol: { module: module.text, name: local.text, members: [] } });
        } else if (ts.isIdentifier(local)) {
          add(element.name, valueHandler(resolver, local));
        }
      }
    }
  }
}

/**
 * The handler a value is: a function (through wrappers), what a name binds, else the value itself
 * (`NextAuth(options)`), whose range holds whatever code handles the request.
 */
function valueHandler(resolver: RouteResolver, value: ts.Expression): HandlerRef {
  const handler = resolver.handler(value);
  if (handler && handler !== 'unresolved') return handler;
  const inner = unwrap(value);
  if (ts.isIdentifier(inner)) {
    const binding = resolver.scopes.lookup(inner.text, inner);
    if (binding?.kind === 'variable' && binding.initializer) {
      return { range: nodeRange(resolver.sourceFile, binding.initializer) };
    }
  }
  return { range: nodeRange(resolver.sourceFile, value) };
}

/**
 * Next.js pages router: the default export is a function of `(req, res)`, or wraps one
 * (`export default withAuth(handler)`). It serves every method at the file's path; its
 * comparisons of `req.method` tell which parts serve which.
 */
function defaultHandler(row: DefaultHandlerIdiom, resolver: RouteResolver, found: RouteFindings): void {
  const { sourceFile } = resolver;
  const exported = defaultExport(resolver);
  if (!exported) return;
  const { fn, range } = exported;
  const plain = fn.parameters.slice(0, row.parameters).filter((parameter) => ts.isIdentifier(parameter.name));
  if (plain.length < row.parameters || !isRequest(plain[0], row.request)) return;
  // `export default async function (fastify, opts) { fastify.get(...) }` is a plugin.
  if (found.routesOn({ local: functionName(fn, sourceFile) })) return;
  found.routes.push({
    framework: row.name,
    method: row.method,
    path: '',
    router: { local: '' },
    handlers: [{ range: nodeRange(sourceFile, fn) }],
    range,
    fileRouted: true,
  });
  found.methodBranches.push(...methodBranches(fn, sourceFile, row.methodProperty));
}

/** Whether a parameter is a request by its name (`req`, `_req`, `request`) or its type (`NextApiRequest`). */
function isRequest(parameter: ts.ParameterDeclaration, request: DefaultHandlerIdiom['request']): boolean {
  const name = (parameter.name as ts.Identifier).text;
  if (nameWords(name).some((word) => request.words.includes(word))) return true;
  const type = parameter.type;
  if (!type || !ts.isTypeReferenceNode(type)) return false;
  const typeName = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  return typeName.endsWith(request.typeSuffix);
}

type HandlerFunction = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

/** The function a file exports as its default, and where to report on it (its name, `default`, the expression). */
function defaultExport(resolver: RouteResolver): { fn: HandlerFunction; range: Range } | undefined {
  const { sourceFile } = resolver;
  for (const statement of sourceFile.statements) {
    if (
      ts.isFunctionDeclaration(statement) &&
      isExported(statement) &&
      isDefault(statement) &&
      statement.body
    ) {
      const keyword = ts.getModifiers(statement)?.find((m) => m.kind === SyntaxKind.DefaultKeyword);
      const named = statement.name ?? keyword ?? statement;
      return { fn: statement, range: nodeRange(sourceFile, named) };
    }
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      const fn = wrappedFunction(resolver, statement.expression, 0);
      return fn && { fn, range: nodeRange(sourceFile, statement.expression) };
    }
  }
  return undefined;
}

/** How deep `withA(withB(handler))` and `const handler = ...` are followed to the function. */
const MAX_DEPTH = 6;

function wrappedFunction(
  resolver: RouteResolver,
  node: ts.Expression,
  depth: number,
): HandlerFunction | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = unwrap(node);
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return inner;
  if (ts.isIdentifier(inner)) {
    const binding = resolver.scopes.lookup(inner.text, inner);
    if (binding?.kind === 'function' && binding.declaration.body) return binding.declaration;
    if (binding?.kind === 'variable' && binding.initializer)
      return wrappedFunction(resolver, binding.initializer, depth + 1);
    return undefined;
  }
  if (!ts.isCallExpression(inner) || !ts.isIdentifier(unwrap(inner.expression))) return undefined;
  for (let i = inner.arguments.length - 1; i >= 0; i--) {
    const fn = wrappedFunction(resolver, inner.arguments[i], depth + 1);
    if (fn) return fn;
  }
  return undefined;
}

function isExported(statement: ts.Statement): boolean {
  return hasModifier(statement, SyntaxKind.ExportKeyword);
}

function isDefault(statement: ts.Statement): boolean {
  return hasModifier(statement, SyntaxKind.DefaultKeyword);
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return (
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind)
  );
}
