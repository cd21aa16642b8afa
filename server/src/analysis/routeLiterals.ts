import ts from './typescript';
import type { Range } from 'vscode-languageserver-types';
import type { Scopes } from './routeScopes';
import { HTTP_METHODS } from './routeTable';
import type { RouteMethod } from './routeTypes';
import { asStringLiteral, stringContentRange, unwrap } from './syntax';

/** A path or prefix as written: its text, and its characters' range when it is a literal here. */
export interface WrittenPath {
  text: string;
  range?: Range;
}

/**
 * The strings a path argument holds: a literal, or each literal of an array (`['/a', '/b']`, which
 * Express, Hono and Nest accept); undefined for anything else (a variable, a template with
 * substitutions, a regular expression).
 */
export function writtenStrings(
  sourceFile: ts.SourceFile,
  node: ts.Expression | undefined,
): WrittenPath[] | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  const literal = asStringLiteral(inner);
  if (literal) return [{ text: literal.text, range: stringContentRange(sourceFile, literal) }];
  if (!ts.isArrayLiteralExpression(inner) || inner.elements.length === 0) return undefined;
  const paths: WrittenPath[] = [];
  for (const element of inner.elements) {
    const item = asStringLiteral(element);
    if (!item) return undefined;
    paths.push({ text: item.text, range: stringContentRange(sourceFile, item) });
  }
  return paths;
}

/**
 * A route's paths: strings a router reads as paths (starting with `/`, a catch-all `*`, or empty),
 * so `map.get('key', fallback)` declares nothing.
 */
export function routePaths(
  sourceFile: ts.SourceFile,
  scopes: Scopes,
  node: ts.Expression | undefined,
): WrittenPath[] | undefined {
  const paths = stringsOf(sourceFile, scopes, node);
  return paths?.every((path) => isRoutePath(path.text)) ? paths : undefined;
}

function isRoutePath(text: string): boolean {
  return text === '' || text.startsWith('/') || text.startsWith('*');
}

/**
 * A path or a prefix: a literal (or an array of them), or a constant of this file holding one
 * (`const ORDERS = '/orders'`), whose text counts but whose range is elsewhere.
 */
export function stringsOf(
  sourceFile: ts.SourceFile,
  scopes: Scopes,
  node: ts.Expression | undefined,
): WrittenPath[] | undefined {
  const written = writtenStrings(sourceFile, node);
  if (written || !node) return written;
  const inner = unwrap(node);
  if (!ts.isIdentifier(inner)) return undefined;
  const binding = scopes.lookup(inner.text, inner);
  if (binding?.kind !== 'variable' || !binding.initializer) return undefined;
  const isConst = (binding.declaration.parent.flags & ts.NodeFlags.Const) !== 0;
  const value = isConst ? asStringLiteral(binding.initializer) : undefined;
  return value ? [{ text: value.text }] : undefined;
}

/**
 * Whether an argument is a string the analysis cannot read (`${base}/x`, `base + '/x'`): a prefix
 * there is unknown, and a mount under it is not reported with a guessed one.
 */
export function isDynamicString(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  const inner = unwrap(node);
  return (
    ts.isTemplateExpression(inner) ||
    (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken)
  );
}

/** The HTTP methods a string or an array of strings names (`'GET'`, `['get', 'HEAD']`), in any case. */
export function namedMethods(node: ts.Expression | undefined): RouteMethod[] {
  if (!node) return [];
  const inner = unwrap(node);
  const items = ts.isArrayLiteralExpression(inner) ? inner.elements : [inner];
  const methods: RouteMethod[] = [];
  for (const item of items) {
    const text = asStringLiteral(item)?.text.toUpperCase();
    const method = text === undefined ? undefined : httpMethod(text);
    if (method && !methods.includes(method)) methods.push(method);
  }
  return methods;
}

/** The route method of an upper-case HTTP method name, `ALL` included (Hono's `app.on('ALL', ...)`). */
function httpMethod(name: string): RouteMethod | undefined {
  if (name === 'ALL') return 'all';
  return Object.prototype.hasOwnProperty.call(HTTP_METHODS, name) ? HTTP_METHODS[name] : undefined;
}

/**
 * Joins a prefix and a path with one slash between them, each kept as written otherwise: a Nest
 * controller's `orders` and a method's `:id` give `orders/:id`; an empty side gives the other.
 */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  let end = prefix.length;
  while (end > 0 && prefix[end - 1] === '/') end--;
  let start = 0;
  while (start < path.length && path[start] === '/') start++;
  return `${prefix.slice(0, end)}/${path.slice(start)}`;
}
