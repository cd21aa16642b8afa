import ts from 'typescript';
import { SyntaxKind, unwrap } from './syntax';

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
  /** Names bound to an object literal (`const body = {...}`): the only reads a body is followed through. */
  objectBindings: ReadonlySet<string>;
  /** The reads of those names after their binding, gathered in the same walk. */
  bindingReads: ReadonlyMap<string, ts.Identifier[]>;
}

const AMBIGUOUS = null;

/** The file's facts, and the nodes the analysis looks at, in document order (parents first). */
export interface FileWalk {
  facts: FileFacts;
  /** Object literals, calls, constructions, property assignments (`x.y = v`) and enums. */
  candidates: ts.Node[];
}

/**
 * One walk over the tree gathers everything the analysis needs from it. Dispatching on `kind`
 * once per node keeps the walk close to the cost of the traversal itself, which matters on every
 * keystroke in a long document.
 */
export function walkFile(sourceFile: ts.SourceFile): FileWalk {
  const constants = new Map<string, ts.Expression | typeof AMBIGUOUS>();
  const enums = new Map<string, ts.EnumDeclaration | typeof AMBIGUOUS>();
  const imports = new Map<string, ImportedName>();
  const declared = new Set<string>();
  const objectBindings = new Set<string>();
  const bindingReads = new Map<string, ts.Identifier[]>();
  const candidates: ts.Node[] = [];
  const declare = <T>(map: Map<string, T | typeof AMBIGUOUS>, name: string, value: T | typeof AMBIGUOUS) => {
    map.set(name, map.has(name) ? AMBIGUOUS : value);
  };

  const visit = (node: ts.Node): void => {
    switch (node.kind) {
      case SyntaxKind.Identifier: {
        const identifier = node as ts.Identifier;
        const text = identifier.text;
        if (objectBindings.has(text) && isRead(identifier)) {
          const reads = bindingReads.get(text);
          if (reads) reads.push(identifier);
          else bindingReads.set(text, [identifier]);
        }
        return;
      }
      case SyntaxKind.ObjectLiteralExpression:
      case SyntaxKind.CallExpression:
      case SyntaxKind.NewExpression:
        candidates.push(node);
        break;
      case SyntaxKind.BinaryExpression:
        if ((node as ts.BinaryExpression).operatorToken.kind === SyntaxKind.EqualsToken)
          candidates.push(node);
        break;
      case SyntaxKind.VariableDeclaration: {
        const declaration = node as ts.VariableDeclaration;
        if (!ts.isIdentifier(declaration.name)) break;
        const list = declaration.parent;
        const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
        const name = declaration.name.text;
        // A `let` may be reassigned: its name is declared (so shadows) but resolves to nothing.
        declare(
          constants,
          name,
          isConst && declaration.initializer ? unwrap(declaration.initializer) : AMBIGUOUS,
        );
        declared.add(name);
        if (declaration.initializer && ts.isObjectLiteralExpression(unwrap(declaration.initializer))) {
          objectBindings.add(name);
        }
        break;
      }
      case SyntaxKind.Parameter:
      case SyntaxKind.BindingElement: {
        const name = (node as ts.ParameterDeclaration | ts.BindingElement).name;
        if (ts.isIdentifier(name)) declared.add(name.text);
        break;
      }
      case SyntaxKind.FunctionDeclaration:
      case SyntaxKind.ClassDeclaration: {
        const name = (node as ts.FunctionDeclaration | ts.ClassDeclaration).name;
        if (name) declared.add(name.text);
        break;
      }
      case SyntaxKind.EnumDeclaration:
        declare(enums, (node as ts.EnumDeclaration).name.text, node as ts.EnumDeclaration);
        candidates.push(node);
        break;
      case SyntaxKind.ImportDeclaration:
        addImports(node as ts.ImportDeclaration, imports);
        break;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return {
    facts: {
      constants: definedOnly(constants),
      enums: definedOnly(enums),
      imports,
      declared,
      objectBindings,
      bindingReads,
    },
    candidates,
  };
}

function addImports(node: ts.ImportDeclaration, imports: Map<string, ImportedName>): void {
  if (!ts.isStringLiteral(node.moduleSpecifier)) return;
  const module = node.moduleSpecifier.text;
  const clause = node.importClause;
  if (clause?.name) imports.set(clause.name.text, { module, importedName: 'default' });
  const bindings = clause?.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    imports.set(bindings.name.text, { module, importedName: '*' });
  } else if (bindings) {
    for (const element of bindings.elements) {
      imports.set(element.name.text, { module, importedName: (element.propertyName ?? element.name).text });
    }
  }
}

/** Whether an identifier reads a value (not a property name, a declared name or a parameter). */
function isRead(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  switch (parent.kind) {
    case SyntaxKind.PropertyAccessExpression:
    case SyntaxKind.PropertyAssignment:
    case SyntaxKind.ShorthandPropertyAssignment:
    case SyntaxKind.VariableDeclaration:
      return (parent as ts.NamedDeclaration | ts.PropertyAccessExpression).name !== identifier;
    case SyntaxKind.BindingElement:
    case SyntaxKind.Parameter:
      return false;
    default:
      return true;
  }
}

function definedOnly<T>(map: Map<string, T | typeof AMBIGUOUS>): Map<string, T> {
  const result = new Map<string, T>();
  for (const [name, value] of map) if (value !== AMBIGUOUS) result.set(name, value);
  return result;
}
