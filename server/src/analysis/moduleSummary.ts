import ts from './typescript';
import type { ConstData, ModuleSummary, Wrapper } from './types';
import { classStaticData, constData, enumData } from './constantData';
import type { StatusScope } from './statusValue';
import { SyntaxKind, unwrap } from './syntax';
import { wrapperOf } from './wrappers';

/**
 * What a module offers to its importers, from its top-level statements alone: the constants it
 * declares (as data), what it exports and re-exports. Other files' imports resolve through it,
 * across barrels (`export * from`, `export { X as Y } from`) and packages.
 */
export function summarizeModule(scope: StatusScope): ModuleSummary {
  return joinSummaries(
    scope.facts.imports,
    scope.sourceFile.statements.map((statement) => summarizeStatementAlone(statement, scope)),
  );
}

/**
 * What one top-level statement adds to its module's summary, undefined for most (a route, a
 * function body's statements): an edit of a statement asks for its own part again, not the file's.
 */
export function summarizeStatementAlone(
  statement: ts.Statement,
  scope: StatusScope,
): ModuleSummary | undefined {
  const part = emptySummary();
  summarizeStatement(statement, part, scope);
  const empty =
    Object.keys(part.values).length === 0 &&
    Object.keys(part.exports).length === 0 &&
    Object.keys(part.reexports).length === 0 &&
    part.stars.length === 0 &&
    part.wrappers === undefined &&
    part.defaults === undefined;
  return empty ? undefined : part;
}

/** The module's summary from its imports and its statements' parts, in order: a later part wins. */
export function joinSummaries(
  imports: ReadonlyMap<string, { module: string; importedName: string }>,
  parts: ReadonlyArray<ModuleSummary | undefined>,
): ModuleSummary {
  const summary = emptySummary();
  for (const [local, imported] of imports) summary.imports[local] = { ...imported };
  for (const part of parts) {
    if (!part) continue;
    Object.assign(summary.values, part.values);
    Object.assign(summary.exports, part.exports);
    Object.assign(summary.reexports, part.reexports);
    summary.stars.push(...part.stars);
    if (part.wrappers) Object.assign((summary.wrappers ??= Object.create(null)), part.wrappers);
    if (part.defaults) Object.assign((summary.defaults ??= Object.create(null)), part.defaults);
  }
  keepReachableValues(summary);
  return summary;
}

function emptySummary(): ModuleSummary {
  return {
    values: Object.create(null),
    exports: Object.create(null),
    reexports: Object.create(null),
    stars: [],
    imports: Object.create(null),
  };
}

/**
 * Keeps only the constants another file can reach: those exported, those a wrapper looks codes
 * or statuses up in, and those these name. A module's other constants (configuration, fixtures)
 * would cost memory in every model without ever being read.
 */
function keepReachableValues(summary: ModuleSummary): void {
  const roots = [...Object.values(summary.exports)];
  for (const wrapper of Object.values(summary.wrappers ?? {})) {
    if (wrapper.code.lookup) roots.push(wrapper.code.lookup[0]);
    if (wrapper.status && 'lookup' in wrapper.status) roots.push(wrapper.status.lookup[0]);
  }
  const kept = new Set<string>();
  const visit = (name: string) => {
    if (kept.has(name) || !Object.prototype.hasOwnProperty.call(summary.values, name)) return;
    kept.add(name);
    forEachPath(summary.values[name], (path) => visit(path[0]));
  };
  roots.forEach(visit);
  for (const name of Object.keys(summary.values)) if (!kept.has(name)) delete summary.values[name];
}

function forEachPath(data: ConstData, found: (path: string[]) => void): void {
  if ('r' in data) found(data.r);
  else if ('o' in data) for (const member of Object.values(data.o)) forEachPath(member, found);
}

function summarizeStatement(statement: ts.Statement, summary: ModuleSummary, scope: StatusScope): void {
  const exported = hasModifier(statement, SyntaxKind.ExportKeyword);
  const isDefault = hasModifier(statement, SyntaxKind.DefaultKeyword);
  const bind = (name: string, data: ConstData | undefined) => {
    if (data) summary.values[name] = data;
    if (exported) summary.exports[isDefault ? 'default' : name] = name;
  };
  if (ts.isVariableStatement(statement)) {
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name)) continue;
      bind(declaration.name.text, isConst ? constData(declaration.initializer) : undefined);
      const initializer = isConst && declaration.initializer && unwrap(declaration.initializer);
      if (initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))) {
        addDefaults(summary, declaration.name.text, initializer);
      }
    }
  } else if (ts.isEnumDeclaration(statement)) {
    bind(statement.name.text, enumData(statement));
  } else if (ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) {
    const name = statement.name?.text;
    if (name) bind(name, ts.isClassDeclaration(statement) ? classStaticData(statement) : undefined);
    if (name && ts.isFunctionDeclaration(statement)) addDefaults(summary, name, statement);
    const wrapper = name && ts.isClassDeclaration(statement) ? wrapperOf(statement, scope) : undefined;
    if (name && wrapper)
      (summary.wrappers ??= Object.create(null) as Record<string, Wrapper>)[name] = wrapper;
  } else if (ts.isExportDeclaration(statement)) {
    summarizeExportDeclaration(statement, summary);
  } else if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
    const value = unwrap(statement.expression);
    if (ts.isIdentifier(value)) summary.exports.default = value.text;
  }
}

/** `export { A, B as C }`, `export { A as B } from './x'`, `export * from './x'`, `export * as ns from './x'`. */
function summarizeExportDeclaration(statement: ts.ExportDeclaration, summary: ModuleSummary): void {
  if (statement.isTypeOnly) return;
  const module =
    statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
      ? statement.moduleSpecifier.text
      : undefined;
  const clause = statement.exportClause;
  if (!clause) {
    if (module !== undefined) summary.stars.push(module);
    return;
  }
  if (ts.isNamespaceExport(clause)) {
    // `export * as errors from './errors'`: a namespace, read like `import * as errors`.
    if (module !== undefined) summary.reexports[clause.name.text] = { module, name: '*' };
    return;
  }
  for (const element of clause.elements) {
    if (element.isTypeOnly) continue;
    const exportedName = element.name.text;
    const localName = (element.propertyName ?? element.name).text;
    if (module !== undefined) summary.reexports[exportedName] = { module, name: localName };
    else summary.exports[exportedName] = localName;
  }
}

/** `(code, message, status = 500) => ...`: the numeric defaults a definer's parameters fall back to. */
function addDefaults(summary: ModuleSummary, name: string, fn: ts.SignatureDeclarationBase): void {
  let defaults: Record<string, number> | undefined;
  fn.parameters.forEach((parameter, index) => {
    const value = parameter.initializer && unwrap(parameter.initializer);
    if (value && ts.isNumericLiteral(value)) {
      (defaults ??= Object.create(null) as Record<string, number>)[String(index)] = Number(value.text);
    }
  });
  if (defaults)
    (summary.defaults ??= Object.create(null) as Record<string, Record<string, number>>)[name] = defaults;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}
