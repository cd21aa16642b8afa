import ts from './typescript';
import type { ConstData, ImportedSymbol } from './types';
import { codeLiteral, isCodeShaped } from './codeShape';
import { classStaticData, constData, descend, enumData, namePath } from './constantData';
import type { FileFacts } from './facts';

/** The code a code position holds, and how it is written there. */
export type CodeValue =
  /** `'FORBIDDEN'`: the code's own characters. */
  | { kind: 'literal'; text: string; literal: ts.StringLiteralLike }
  /** `ErrorCode.Forbidden`, `FORBIDDEN_CODE`: a name this file binds to the code. */
  | { kind: 'constant'; text: string; node: ts.Expression }
  /** A name imported from another module: only the workspace knows its value. */
  | { kind: 'imported'; symbol: ImportedSymbol; node: ts.Expression };

/** Constants may name each other; the bound keeps a cycle from looping. */
const MAX_HOPS = 8;

/**
 * What a code position holds: a code literal, or a name resolved through the file's constants,
 * enums and classes' static members (`const X = 'CODE'`, `{ ... } as const`, `Object.freeze`,
 * `enum`, `static Types = { ... }`), or an imported name left to the workspace. Anything else
 * (a parameter, a call) holds no code that can be known statically.
 */
export function codeValue(expression: ts.Expression | undefined, facts: FileFacts): CodeValue | undefined {
  if (!expression) return undefined;
  const literal = codeLiteral(expression);
  if (literal) return { kind: 'literal', text: literal.text, literal };
  const path = namePath(expression);
  if (!path) return undefined;
  const resolved = resolveLocalPath(path, facts, 0);
  if (!resolved) return undefined;
  if ('symbol' in resolved) return { kind: 'imported', symbol: resolved.symbol, node: expression };
  return isCodeShaped(resolved.text)
    ? { kind: 'constant', text: resolved.text, node: expression }
    : undefined;
}

type LocalValue = { text: string } | { symbol: ImportedSymbol };

function resolveLocalPath(path: readonly string[], facts: FileFacts, hops: number): LocalValue | undefined {
  if (hops > MAX_HOPS) return undefined;
  const [root, ...members] = path;
  const data = rootData(root, facts);
  if (data) {
    const value = descend(data, members);
    if (!value) return undefined;
    if ('s' in value) return { text: value.s };
    if ('r' in value) return resolveLocalPath(value.r, facts, hops + 1);
    return undefined;
  }
  const imported = facts.imports.get(root);
  if (!imported) return undefined;
  if (imported.importedName !== '*') {
    return { symbol: { module: imported.module, name: imported.importedName, members } };
  }
  // `import * as errors from './errors'`: `errors.Forbidden` names the module's export.
  const [name, ...rest] = members;
  return name === undefined ? undefined : { symbol: { module: imported.module, name, members: rest } };
}

function rootData(name: string, facts: FileFacts): ConstData | undefined {
  const constant = facts.constants.get(name);
  if (constant) return constData(constant);
  const enumeration = facts.enums.get(name);
  if (enumeration) return enumData(enumeration);
  const declaration = facts.classes.get(name);
  if (declaration) return classStaticData(declaration);
  return undefined;
}
