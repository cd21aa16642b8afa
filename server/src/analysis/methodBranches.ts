import ts from './typescript';
import type { Range } from 'vscode-languageserver-types';
import type { RouteMethod } from './routeTypes';
import { HTTP_METHODS } from './routeTable';
import { asStringLiteral, isFunctionBoundary, nodeRange, offsetRange, SyntaxKind, unwrap } from './syntax';

/** Read once, as `SyntaxKind`: the walk calls it for every node of a handler. */
const forEachChild = ts.forEachChild;

/** A part of a handler that serves one method. */
interface MethodBranch {
  method: RouteMethod;
  range: Range;
}

/**
 * The parts of a handler of every method that serve one each, by its comparisons of the request's
 * method (`req.method`, or `method` of `const { method } = req`): the block of
 * `if (req.method === 'POST') {...}`, the rest of the function after
 * `if (req.method !== 'GET') return res.status(405)...`, each `case 'GET':` of a switch on it.
 */
export function methodBranches(
  fn: ts.SignatureDeclaration,
  sourceFile: ts.SourceFile,
  methodProperty: string,
): MethodBranch[] {
  const request = fn.parameters[0]?.name;
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!request || !ts.isIdentifier(request) || !body || !ts.isBlock(body)) return [];
  const reads = new MethodReads(request.text, methodProperty, body);
  const branches: MethodBranch[] = [];
  const add = (methods: readonly RouteMethod[], range: Range) => {
    for (const method of methods) branches.push({ method, range });
  };
  const visit = (node: ts.Node): void => {
    if (isFunctionBoundary(node)) return;
    if (ts.isIfStatement(node)) {
      const equal = reads.compared(node.expression, true);
      if (equal) add(equal, nodeRange(sourceFile, node.thenStatement));
      const rest = equal ? undefined : restAfterGuard(node, body, reads, sourceFile);
      if (rest) add(rest.methods, offsetRange(sourceFile, rest.start, body.getEnd() - 1));
    } else if (ts.isSwitchStatement(node) && reads.isMethod(node.expression)) {
      switchBranches(node, sourceFile, add);
    }
    forEachChild(node, visit);
  };
  forEachChild(body, visit);
  return branches;
}

/**
 * `if (req.method !== 'GET') return res.status(405).end();` at the top of the body: the statements
 * after it serve the methods it lets through.
 */
function restAfterGuard(
  statement: ts.IfStatement,
  body: ts.Block,
  reads: MethodReads,
  sourceFile: ts.SourceFile,
): { methods: RouteMethod[]; start: number } | undefined {
  if (statement.parent !== body || statement.elseStatement || !exits(statement.thenStatement))
    return undefined;
  const methods = reads.compared(statement.expression, false);
  const next = body.statements[body.statements.indexOf(statement) + 1];
  return methods && next ? { methods, start: next.getStart(sourceFile) } : undefined;
}

/** Whether a statement always leaves the function: a return or throw, or a block ending with one. */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (!ts.isBlock(statement)) return false;
  const last = statement.statements[statement.statements.length - 1];
  return last !== undefined && exits(last);
}

/** Each `case 'GET':` of a switch on the method; cases without statements share the next one's. */
function switchBranches(
  statement: ts.SwitchStatement,
  sourceFile: ts.SourceFile,
  add: (methods: readonly RouteMethod[], range: Range) => void,
): void {
  let pending: RouteMethod[] = [];
  let first: ts.CaseOrDefaultClause | undefined;
  for (const clause of statement.caseBlock.clauses) {
    first ??= clause;
    if (ts.isCaseClause(clause)) {
      const method = methodOf(clause.expression);
      if (method) pending.push(method);
    }
    if (clause.statements.length === 0) continue;
    // From the first of the cases that fall through to these statements, to their end.
    add(pending, offsetRange(sourceFile, first.getStart(sourceFile), clause.getEnd()));
    pending = [];
    first = undefined;
  }
}

function methodOf(node: ts.Expression): RouteMethod | undefined {
  const text = asStringLiteral(node)?.text;
  return text !== undefined && Object.prototype.hasOwnProperty.call(HTTP_METHODS, text)
    ? HTTP_METHODS[text]
    : undefined;
}

/** The reads of the request's method in one handler. */
class MethodReads {
  /** Names the method is copied to at the top of the body: `const { method } = req`, `const method = req.method`. */
  private readonly aliases = new Set<string>();

  constructor(
    private readonly request: string,
    private readonly property: string,
    body: ts.Block,
  ) {
    for (const statement of body.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) this.addAlias(declaration);
    }
  }

  private addAlias(declaration: ts.VariableDeclaration): void {
    const initializer = declaration.initializer && unwrap(declaration.initializer);
    if (!initializer) return;
    if (ts.isIdentifier(declaration.name) && this.isMethod(initializer)) {
      this.aliases.add(declaration.name.text);
    } else if (
      ts.isObjectBindingPattern(declaration.name) &&
      ts.isIdentifier(initializer) &&
      initializer.text === this.request
    ) {
      for (const element of declaration.name.elements) {
        const key = element.propertyName ?? element.name;
        if (ts.isIdentifier(key) && key.text === this.property && ts.isIdentifier(element.name)) {
          this.aliases.add(element.name.text);
        }
      }
    }
  }

  isMethod(node: ts.Expression): boolean {
    const inner = unwrap(node);
    if (ts.isIdentifier(inner)) return this.aliases.has(inner.text);
    return (
      ts.isPropertyAccessExpression(inner) &&
      inner.name.text === this.property &&
      ts.isIdentifier(unwrap(inner.expression)) &&
      (unwrap(inner.expression) as ts.Identifier).text === this.request
    );
  }

  /**
   * The methods a condition compares the request's to: `m === 'GET' || m === 'HEAD'` (`equal`), or
   * `m !== 'GET' && m !== 'HEAD'` (not `equal`: the methods it lets through); undefined for anything else.
   */
  compared(condition: ts.Expression, equal: boolean): RouteMethod[] | undefined {
    const inner = unwrap(condition);
    if (!ts.isBinaryExpression(inner)) return undefined;
    const operator = inner.operatorToken.kind;
    const joins = equal ? SyntaxKind.BarBarToken : SyntaxKind.AmpersandAmpersandToken;
    if (operator === joins) {
      const left = this.compared(inner.left, equal);
      const right = left && this.compared(inner.right, equal);
      return right && [...left, ...right];
    }
    const compares = equal
      ? operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken
      : operator === SyntaxKind.ExclamationEqualsEqualsToken ||
        operator === SyntaxKind.ExclamationEqualsToken;
    if (!compares) return undefined;
    const method = this.isMethod(inner.left)
      ? methodOf(inner.right)
      : this.isMethod(inner.right)
        ? methodOf(inner.left)
        : undefined;
    return method && [method];
  }
}
