import ts from 'typescript';
import { unwrap } from './syntax';

/** A name imported into the file: `import { NotFound as NF } from 'x'` gives `NF` -> `{ x, NotFound }`. */
export interface ImportedName {
  module: string;
  /** The exported name; `default` for a default import, `*` for a namespace import. */
  importedName: string;
}

/**
 * What the file declares at any depth that a value may resolve through: `const` bindings, enums
 * and imports. A name declared twice is ambiguous and resolves to nothing (no scope analysis, so
 * nothing is guessed).
 */
export interface FileFacts {
  constants: ReadonlyMap<string, ts.Expression>;
  enums: ReadonlyMap<string, ts.EnumDeclaration>;
  imports: ReadonlyMap<string, ImportedName>;
  /** Every name the file binds (variables, parameters, functions, classes), resolvable or not. */
  declared: ReadonlySet<string>;
}

const AMBIGUOUS = null;

export function gatherFacts(sourceFile: ts.SourceFile): FileFacts {
  const constants = new Map<string, ts.Expression | typeof AMBIGUOUS>();
  const enums = new Map<string, ts.EnumDeclaration | typeof AMBIGUOUS>();
  const imports = new Map<string, ImportedName>();
  const declared = new Set<string>();
  const declare = <T>(map: Map<string, T | typeof AMBIGUOUS>, name: string, value: T | typeof AMBIGUOUS) => {
    map.set(name, map.has(name) ? AMBIGUOUS : value);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      const list = node.parent;
      const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
      // A `let` may be reassigned: its name is declared (so shadows) but resolves to nothing.
      declare(constants, node.name.text, isConst && node.initializer ? unwrap(node.initializer) : AMBIGUOUS);
      declared.add(node.name.text);
    } else if (ts.isParameter(node) && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
    } else if (ts.isEnumDeclaration(node)) {
      declare(enums, node.name.text, node);
    } else if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const module = node.moduleSpecifier.text;
      const clause = node.importClause;
      if (clause?.name) imports.set(clause.name.text, { module, importedName: 'default' });
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        imports.set(bindings.name.text, { module, importedName: '*' });
      } else if (bindings) {
        for (const element of bindings.elements) {
          imports.set(element.name.text, {
            module,
            importedName: (element.propertyName ?? element.name).text,
          });
        }
      }
    } else if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) {
      if (node.name) declared.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { constants: definedOnly(constants), enums: definedOnly(enums), imports, declared };
}

function definedOnly<T>(map: Map<string, T | typeof AMBIGUOUS>): Map<string, T> {
  const result = new Map<string, T>();
  for (const [name, value] of map) if (value !== AMBIGUOUS) result.set(name, value);
  return result;
}
