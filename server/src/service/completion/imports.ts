import ts from '../../analysis/typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { stringLiteral } from './snippetText';
import { sourceExtensionOf } from '../../workspace/fileKinds';

/**
 * The edit that imports `name` from the file `targetUri` into the document: a name added to an
 * import from that module, else a new import after the last one. No edit when the name is bound
 * already.
 */
export function importEdits(
  sourceFile: ts.SourceFile,
  document: TextDocument,
  name: string,
  targetUri: string,
  quote: string,
): TextEdit[] {
  const imports = sourceFile.statements.filter(ts.isImportDeclaration);
  if (imports.some((declaration) => bindsName(declaration, name))) return [];
  const specifiers = imports
    .map((declaration) => declaration.moduleSpecifier)
    .filter(ts.isStringLiteral)
    .map((literal) => literal.text);
  const withJs = specifiers.some((specifier) => specifier.startsWith('.') && specifier.endsWith('.js'));
  const specifier = relativeSpecifier(document.uri, targetUri, withJs);
  const sameModule = imports.find(
    (declaration) =>
      ts.isStringLiteral(declaration.moduleSpecifier) &&
      declaration.moduleSpecifier.text === specifier &&
      declaration.importClause?.namedBindings &&
      ts.isNamedImports(declaration.importClause.namedBindings) &&
      !declaration.importClause.isTypeOnly,
  );
  const named = sameModule?.importClause?.namedBindings as ts.NamedImports | undefined;
  if (named && named.elements.length > 0) {
    const last = named.elements[named.elements.length - 1];
    const at = document.positionAt(last.end);
    return [{ range: { start: at, end: at }, newText: `, ${name}` }];
  }
  const statement = `import { ${name} } from ${stringLiteral(specifier, quote)};`;
  const after = imports[imports.length - 1];
  if (!after) {
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, newText: `${statement}\n` }];
  }
  const at = document.positionAt(after.end);
  return [{ range: { start: at, end: at }, newText: `\n${statement}` }];
}

function bindsName(declaration: ts.ImportDeclaration, name: string): boolean {
  const clause = declaration.importClause;
  if (!clause) return false;
  if (clause.name?.text === name) return true;
  const bindings = clause.namedBindings;
  if (!bindings) return false;
  if (ts.isNamespaceImport(bindings)) return bindings.name.text === name;
  return bindings.elements.some((element) => element.name.text === name);
}

/** `../errors` (or `../errors.js`): the module specifier of `target` as written in `from`. */
function relativeSpecifier(fromUri: string, targetUri: string, withJs: boolean): string {
  const from = URI.parse(fromUri).path.split('/').slice(0, -1);
  const target = URI.parse(targetUri).path.split('/');
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  const up = from.length - common;
  const path = target.slice(common).join('/');
  // A relative import leaves the source extension out (or writes `.js`, in an ES module project).
  const extension = sourceExtensionOf(path);
  const rest = extension ? path.slice(0, -extension.length) + (withJs ? '.js' : '') : path;
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}
