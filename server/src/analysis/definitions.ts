import ts from './typescript';
import type { CodeDefinition, PendingDefinition } from './types';
import type { CodeDefiner } from './carriers';
import { codeLiteral } from './codeShape';
import { codeValue } from './codeValue';
import { namePath } from './constantData';
import { nameWords } from './nameWords';
import { statusMapDefinitions } from './statusMaps';
import { resolveStatus, type StatusScope } from './statusValue';
import {
  asStringLiteral,
  calleeName,
  dottedName,
  nodeRange,
  outermostWrapper,
  stringContentRange,
  SyntaxKind,
} from './syntax';

/** A definition with the class name it binds, for resolving `new ForbiddenError()` in the same file. */
export interface FoundDefinitions {
  definitions: CodeDefinition[];
  byClassName: ReadonlyMap<string, CodeDefinition>;
  /** Definitions whose code is an imported name, for the workspace to resolve. */
  pending: PendingDefinition[];
}

/**
 * Codes the file defines: code-defining calls (`createError('FORBIDDEN', 'msg', 403)`) and the
 * string members of an error-code enum (`enum ErrorCode { Forbidden = 'FORBIDDEN' }`).
 */
export function findDefinitions(
  scope: StatusScope,
  definers: readonly CodeDefiner[],
  candidates: readonly ts.Node[],
): FoundDefinitions {
  const definitions: CodeDefinition[] = [];
  const byClassName = new Map<string, CodeDefinition>();
  const pending: PendingDefinition[] = [];
  for (const node of candidates) {
    const map = statusMapDefinitions(node, scope);
    if (map) {
      definitions.push(...map.definitions);
      pending.push(...map.pending);
      continue;
    }
    if (ts.isCallExpression(node)) {
      const found = definitionOfCall(node, scope, definers);
      if (found && 'definition' in found) {
        pending.push(found);
        // Its code is known here; only its status waits for the definer's default.
        const className = found.definition.className;
        if (found.code !== undefined && className)
          byClassName.set(className, { code: found.code, ...found.definition });
      } else if (found) {
        definitions.push(found);
        if (found.className) byClassName.set(found.className, found);
      }
    } else if (ts.isEnumDeclaration(node) && isErrorEnumName(node.name.text)) {
      definitions.push(...enumDefinitions(node, scope.sourceFile));
    }
  }
  return { definitions, byClassName, pending };
}

function definitionOfCall(
  call: ts.CallExpression,
  scope: StatusScope,
  definers: readonly CodeDefiner[],
): CodeDefinition | PendingDefinition | undefined {
  // The last name first: building the dotted name of every call would dominate the walk.
  const last = calleeName(call.expression);
  if (
    last === undefined ||
    !definers.some((d) => d.callees.some((c) => c === last || c.endsWith(`.${last}`)))
  ) {
    return undefined;
  }
  const callee = dottedName(call.expression);
  if (callee === undefined) return undefined;
  const definer = definers.find((d) => d.callees.includes(callee));
  if (!definer) return undefined;
  const imported = scope.facts.imports.get(callee.split('.')[0]);
  if (imported && definer.excludedModules?.includes(imported.module)) return undefined;
  // http-errors' createError(404, ...) shares the name: only a string code defines one.
  const code = codeValue(call.arguments[definer.codeArgument], scope.facts);
  if (!code) return undefined;
  const resolved =
    definer.statusArgument === undefined
      ? undefined
      : resolveStatus(call.arguments[definer.statusArgument], scope);
  const message =
    definer.messageArgument === undefined
      ? undefined
      : asStringLiteral(call.arguments[definer.messageArgument]);
  const binding = classBinding(call);
  const definition: Omit<CodeDefinition, 'code'> = {
    range:
      code.kind === 'literal'
        ? stringContentRange(scope.sourceFile, code.literal)
        : nodeRange(scope.sourceFile, code.node),
    definer: definer.name,
  };
  if (code.kind !== 'literal') definition.via = 'constant';
  if (resolved) {
    definition.status = resolved.value;
    definition.statusSite = { ...resolved, carrier: definer.name };
  }
  if (message) definition.message = message.text;
  if (binding) {
    definition.className = binding.name;
    definition.exported = binding.exported;
  }
  // No status argument: the definer's own default for it is the status, where its module says.
  const definerPath = namePath(call.expression);
  const statusDefault =
    definer.statusArgument !== undefined && call.arguments.length <= definer.statusArgument && definerPath
      ? { callee: definerPath, argument: definer.statusArgument }
      : undefined;
  if (code.kind === 'imported')
    return { symbol: code.symbol, definition, ...(statusDefault && { statusDefault }) };
  if (statusDefault) return { code: code.text, statusDefault, definition };
  return { code: code.text, ...definition };
}

/** `const ForbiddenError = createError(...)` or `class ForbiddenError extends createError(...) {}`. */
function classBinding(call: ts.CallExpression): { name: string; exported: boolean } | undefined {
  const node = outermostWrapper(call);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) {
    const statement = parent.parent?.parent;
    const exported =
      statement !== undefined && ts.isVariableStatement(statement) && hasExportModifier(statement);
    return { name: parent.name.text, exported };
  }
  if (ts.isExpressionWithTypeArguments(parent) && ts.isHeritageClause(parent.parent)) {
    const declaration = parent.parent.parent;
    if (ts.isClassDeclaration(declaration) && declaration.name) {
      return { name: declaration.name.text, exported: hasExportModifier(declaration) };
    }
  }
  return undefined;
}

function hasExportModifier(node: ts.VariableStatement | ts.ClassDeclaration): boolean {
  return (ts.getModifiers(node) ?? []).some((m) => m.kind === SyntaxKind.ExportKeyword);
}

function enumDefinitions(declaration: ts.EnumDeclaration, sourceFile: ts.SourceFile): CodeDefinition[] {
  const definitions: CodeDefinition[] = [];
  for (const member of declaration.members) {
    const literal = codeLiteral(member.initializer);
    if (!literal) continue;
    definitions.push({ code: literal.text, range: stringContentRange(sourceFile, literal), definer: 'enum' });
  }
  return definitions;
}

/** Words of an enum name that make it an enum of error codes; `CurrencyCode` and `LocaleCode` are not. */
const ERROR_WORDS = new Set(['error', 'errors', 'err', 'exception', 'exceptions', 'fault', 'faults']);

/** Whether an enum's name says it lists error codes: one of its words (camel or snake case) is an error word. */
export function isErrorEnumName(name: string): boolean {
  return nameWords(name).some((w) => ERROR_WORDS.has(w));
}
