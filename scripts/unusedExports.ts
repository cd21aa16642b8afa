/**
 * Lists the exports that no other file imports, so an `export` keyword is never kept "just in case".
 *
 *   node --import tsx scripts/unusedExports.ts [--root <folder>]
 *
 * The rule:
 * - Checked: the exports of every source file under server/src, client/src and scripts: exported
 *   declarations, `export { a as b }` lists, `export default`, and `export { a } from` re-exports.
 * - Used: an export another file names in an `import`, an `export … from`, or an `import('…').Name`
 *   type, from anywhere in the project: the checked folders, and test/ and bench/ too. An export
 *   used only by tests is allowed, since tests import internals; the benchmark is a program built
 *   on the engine. A use in the file that declares the export does not count.
 * - `import * as ns`, `export * from`, `import x = require()`, `import()` and `require()` of a
 *   module count as using all its exports.
 * - Exempt: the entry points, whose exports a runtime calls (VS Code calls the client's `activate`):
 *   the files esbuild.mjs bundles (`entryPoints`) and the files package.json's scripts run.
 *
 * Prints `path:line name` for each unused export, sorted by path and line, and exits 1 when there
 * is any; prints nothing and exits 0 otherwise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { isSourcePath } from '../server/src/workspace/fileKinds';

/** Folders whose exports are checked. */
const CHECKED_FOLDERS = ['server/src', 'client/src', 'scripts'];
/** Folders whose imports count as uses besides the checked ones. */
const USER_FOLDERS = ['test', 'bench'];
/** Folders never read: dependencies and build output. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

/** How imports resolve: as tsconfig.json resolves them, JavaScript files included. */
const RESOLUTION_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  resolveJsonModule: true,
};

/** All exports of a module are used. */
const ALL = '*';

interface Export {
  name: string;
  line: number;
}

function main(): void {
  const rootArgument = process.argv.indexOf('--root');
  const root = resolve(rootArgument >= 0 ? process.argv[rootArgument + 1] : join(__dirname, '..'));
  const unused = findUnusedExports(root);
  for (const { path, line, name } of unused) process.stdout.write(`${path}:${line} ${name}\n`);
  process.exitCode = unused.length > 0 ? 1 : 0;
}

function findUnusedExports(root: string): Array<Export & { path: string }> {
  const checked = CHECKED_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)));
  const users = [
    ...checked,
    ...USER_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder))),
    ...readdirSync(root)
      .filter((name) => isSourcePath(name))
      .map((name) => join(root, name)),
  ];
  const uses = new Map<string, Set<string>>();
  const resolutionCache = ts.createModuleResolutionCache(root, (name) => name, RESOLUTION_OPTIONS);
  for (const file of users) {
    for (const [specifier, names] of importsOf(parse(file))) {
      const target = ts.resolveModuleName(specifier, file, RESOLUTION_OPTIONS, ts.sys, resolutionCache)
        .resolvedModule?.resolvedFileName;
      if (target === undefined || resolve(target) === file) continue;
      const used = uses.get(resolve(target)) ?? new Set<string>();
      for (const name of names) used.add(name);
      uses.set(resolve(target), used);
    }
  }
  const entries = entryPoints(root);
  const unused: Array<Export & { path: string }> = [];
  for (const file of checked) {
    if (entries.has(file)) continue;
    const used = uses.get(file) ?? new Set<string>();
    if (used.has(ALL)) continue;
    for (const exported of exportsOf(parse(file))) {
      if (!used.has(exported.name))
        unused.push({ path: relative(root, file).split('\\').join('/'), ...exported });
    }
  }
  return unused.sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1));
}

/** The source files under a folder, as absolute paths; none when it does not exist. */
function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.'))
      files.push(...sourceFiles(path));
    else if (entry.isFile() && isSourcePath(entry.name)) files.push(path);
  }
  return files.sort();
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
}

/** Each module specifier the file uses, with the export names it takes from it (`*` for all). */
function importsOf(sourceFile: ts.SourceFile): Array<[string, string[]]> {
  const found: Array<[string, string[]]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const names: string[] = [];
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push(ALL);
      if (bindings && ts.isNamedImports(bindings))
        names.push(...bindings.elements.map((element) => (element.propertyName ?? element.name).text));
      found.push([node.moduleSpecifier.text, names]);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const names =
        clause && ts.isNamedExports(clause)
          ? clause.elements.map((element) => (element.propertyName ?? element.name).text)
          : [ALL];
      found.push([node.moduleSpecifier.text, names]);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push([node.moduleReference.expression.text, [ALL]]);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push([node.arguments[0].text, [ALL]]);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push([node.argument.literal.text, [node.qualifier ? leftmost(node.qualifier) : ALL]]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** `A` of `import('./x').A.B`. */
function leftmost(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : leftmost(name.left);
}

/** The names a file exports, each once, at the line that declares it. */
function exportsOf(sourceFile: ts.SourceFile): Export[] {
  const exports = new Map<string, number>();
  const add = (name: string, node: ts.Node) => {
    if (!exports.has(name))
      exports.set(name, sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1);
  };
  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement)) {
      // `export * from` names nothing to report; `export { a, b as c }` (from a module or not) does.
      if (statement.exportClause && ts.isNamedExports(statement.exportClause))
        for (const element of statement.exportClause.elements) add(element.name.text, element.name);
    } else if (ts.isExportAssignment(statement)) {
      if (!statement.isExportEquals) add('default', statement);
    } else if (ts.canHaveModifiers(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) add('default', statement);
      else if (ts.isVariableStatement(statement))
        for (const declaration of statement.declarationList.declarations) addBindings(declaration.name, add);
      else if (
        (ts.isFunctionDeclaration(statement) ||
          ts.isClassDeclaration(statement) ||
          ts.isInterfaceDeclaration(statement) ||
          ts.isTypeAliasDeclaration(statement) ||
          ts.isEnumDeclaration(statement) ||
          ts.isModuleDeclaration(statement)) &&
        statement.name &&
        ts.isIdentifier(statement.name)
      )
        add(statement.name.text, statement.name);
    }
  }
  return [...exports].map(([name, line]) => ({ name, line }));
}

function hasModifier(node: ts.HasModifiers, kind: ts.SyntaxKind): boolean {
  return ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false;
}

/** The names a variable declaration binds: `a`, or each name of `{ a, b: [c] }`. */
function addBindings(name: ts.BindingName, add: (name: string, node: ts.Node) => void): void {
  if (ts.isIdentifier(name)) add(name.text, name);
  else
    for (const element of name.elements) {
      if (!ts.isOmittedExpression(element)) addBindings(element.name, add);
    }
}

/** The files esbuild.mjs bundles and the files package.json's scripts run, as absolute paths. */
function entryPoints(root: string): Set<string> {
  const entries = new Set<string>();
  const addIfSource = (path: string) => {
    const absolute = resolve(root, path);
    if (isSourcePath(absolute) && existsSync(absolute)) entries.add(absolute);
  };
  const esbuild = join(root, 'esbuild.mjs');
  if (existsSync(esbuild)) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'entryPoints') {
        const collect = (value: ts.Node): void => {
          if (ts.isStringLiteralLike(value)) addIfSource(value.text);
          ts.forEachChild(value, collect);
        };
        collect(node.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(esbuild));
  }
  const manifest = join(root, 'package.json');
  if (existsSync(manifest)) {
    const scripts: Record<string, string> = JSON.parse(readFileSync(manifest, 'utf8')).scripts ?? {};
    for (const command of Object.values(scripts)) {
      for (const word of command.split(/[\s'"&|;()$]+/)) if (word) addIfSource(word);
    }
  }
  return entries;
}

main();
