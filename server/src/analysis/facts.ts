import ts from './typescript';
import { SyntaxKind, unwrap } from './syntax';
import { NestingTooDeepError } from './unanalysed';

/** A name imported into the file: `import { NotFound as NF } from 'x'` gives `NF` -> `{ x, NotFound }`. */
interface ImportedName {
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
  /** Classes, for their static constant members (`XError.Types.NOT_FOUND`). */
  classes: ReadonlyMap<string, ts.ClassDeclaration>;
  imports: ReadonlyMap<string, ImportedName>;
  /** Every name the file binds (variables, parameters, functions, classes), resolvable or not. */
  declared: ReadonlySet<string>;
  /** Names bound to an object literal (`const body = {...}`): the only reads a body is followed through. */
  objectBindings: ReadonlySet<string>;
  /** The reads of those names after their binding, gathered in the same walk. */
  bindingReads: ReadonlyMap<string, ts.Identifier[]>;
}

const AMBIGUOUS = null;

/** Deeper than any code a person writes; the walk's recursion overflows at about twice this. */
const MAX_WALK_DEPTH = 1000;

/** Read once, as `SyntaxKind`: the walk calls it for every node of the file. */
const forEachChild = ts.forEachChild;

/** The file's facts, and the nodes the analysis looks at, in document order (parents first). */
interface FileWalk {
  facts: FileFacts;
  /** Object literals, calls, constructions, property assignments (`x.y = v`) and enums. */
  candidates: ts.Node[];
  /** With `byStatement`: what each top-level statement added, in order. */
  statements: StatementWalk[];
}

/** What one top-level statement adds to the walk, so an edit inside it can be walked again alone. */
interface StatementWalk {
  statement: ts.Statement;
  /** Its candidates: `candidates.slice(first, end)` of the file's walk. */
  first: number;
  end: number;
  /** The names it binds to object literals, which later statements' reads are gathered for. */
  objectBindings: string[];
  /**
   * What it declares that other statements may resolve through (constants and their values,
   * enums, imports, bound names), as text: equal signatures, equal facts.
   */
  signature: string;
}

/**
 * One walk over the tree gathers everything the analysis needs from it. Dispatching on `kind`
 * once per node keeps the walk close to the cost of the traversal itself, which matters on every
 * keystroke in a long document. `byStatement` also records what each top-level statement adds.
 */
export function walkFile(sourceFile: ts.SourceFile, byStatement = false): FileWalk {
  const walker = new FactsWalker(sourceFile, byStatement);
  if (!byStatement) {
    walker.visit(sourceFile);
    return walker.result();
  }
  // The source file itself binds nothing: its statements in order are the same walk.
  for (const statement of sourceFile.statements) walker.visitStatement(statement);
  return walker.result();
}

/**
 * Walks one top-level statement again after an edit inside it, with the names that statements
 * before it bind to object literals, which decide the reads gathered in it.
 */
export function walkStatement(
  sourceFile: ts.SourceFile,
  statement: ts.Statement,
  boundBefore: Iterable<string>,
): FileWalk {
  const walker = new FactsWalker(sourceFile, true, boundBefore);
  walker.visitStatement(statement);
  return walker.result();
}

class FactsWalker {
  private readonly constants = new Map<string, ts.Expression | typeof AMBIGUOUS>();
  private readonly enums = new Map<string, ts.EnumDeclaration | typeof AMBIGUOUS>();
  private readonly classes = new Map<string, ts.ClassDeclaration | typeof AMBIGUOUS>();
  private readonly imports = new Map<string, ImportedName>();
  private readonly declared = new Set<string>();
  private readonly objectBindings: Set<string>;
  private readonly bindingReads = new Map<string, ts.Identifier[]>();
  private readonly candidates: ts.Node[] = [];
  private readonly statements: StatementWalk[] = [];
  private signature: string[] = [];
  private bound: string[] = [];

  constructor(
    private readonly sourceFile: ts.SourceFile,
    private readonly recording: boolean,
    boundBefore: Iterable<string> = [],
  ) {
    this.objectBindings = new Set(boundBefore);
  }

  visitStatement(statement: ts.Statement): void {
    // A statement lies one level below the source file, as in a walk of the whole file.
    this.depth = 1;
    const first = this.candidates.length;
    this.signature = [];
    this.bound = [];
    this.visit(statement);
    this.statements.push({
      statement,
      first,
      end: this.candidates.length,
      objectBindings: this.bound,
      signature: this.signature.join('\n'),
    });
  }

  result(): FileWalk {
    return {
      facts: {
        constants: definedOnly(this.constants),
        enums: definedOnly(this.enums),
        classes: definedOnly(this.classes),
        imports: this.imports,
        declared: this.declared,
        objectBindings: this.objectBindings,
        bindingReads: this.bindingReads,
      },
      candidates: this.candidates,
      statements: this.statements,
    };
  }

  private declare<T>(
    map: Map<string, T | typeof AMBIGUOUS>,
    name: string,
    value: T | typeof AMBIGUOUS,
  ): void {
    map.set(name, map.has(name) ? AMBIGUOUS : value);
  }

  /** Notes a declaration for the statement's signature, with the text it resolves through. */
  private note(kind: string, name: string, node?: ts.Node): void {
    if (!this.recording) return;
    this.signature.push(
      node ? `${kind} ${name} ${this.sourceFile.text.slice(node.pos, node.end)}` : `${kind} ${name}`,
    );
  }

  /** How deep the walk is below the node it started at. */
  private depth = 0;

  readonly visit = (node: ts.Node): void => {
    switch (node.kind) {
      case SyntaxKind.Identifier: {
        const identifier = node as ts.Identifier;
        const text = identifier.text;
        if (this.objectBindings.has(text) && isRead(identifier)) {
          const reads = this.bindingReads.get(text);
          if (reads) reads.push(identifier);
          else this.bindingReads.set(text, [identifier]);
        }
        return;
      }
      case SyntaxKind.ObjectLiteralExpression:
      case SyntaxKind.CallExpression:
      case SyntaxKind.NewExpression:
      case SyntaxKind.SwitchStatement:
        this.candidates.push(node);
        break;
      case SyntaxKind.BinaryExpression:
        if ((node as ts.BinaryExpression).operatorToken.kind === SyntaxKind.EqualsToken)
          this.candidates.push(node);
        break;
      case SyntaxKind.VariableDeclaration: {
        const declaration = node as ts.VariableDeclaration;
        if (!ts.isIdentifier(declaration.name)) break;
        const list = declaration.parent;
        const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
        const name = declaration.name.text;
        const initializer = isConst && declaration.initializer ? unwrap(declaration.initializer) : undefined;
        // A `let` may be reassigned: its name is declared (so shadows) but resolves to nothing.
        this.declare(this.constants, name, initializer ?? AMBIGUOUS);
        this.note(initializer ? 'const' : 'let', name, initializer);
        this.declared.add(name);
        if (declaration.initializer && ts.isObjectLiteralExpression(unwrap(declaration.initializer))) {
          this.objectBindings.add(name);
          this.bound.push(name);
        }
        break;
      }
      case SyntaxKind.Parameter:
      case SyntaxKind.BindingElement: {
        const name = (node as ts.ParameterDeclaration | ts.BindingElement).name;
        if (ts.isIdentifier(name)) {
          this.declared.add(name.text);
          this.note('binds', name.text);
        }
        break;
      }
      case SyntaxKind.FunctionDeclaration: {
        const name = (node as ts.FunctionDeclaration).name;
        if (name) {
          this.declared.add(name.text);
          this.note('binds', name.text);
        }
        break;
      }
      case SyntaxKind.ClassDeclaration: {
        const declaration = node as ts.ClassDeclaration;
        if (declaration.name) {
          this.declared.add(declaration.name.text);
          this.declare(this.classes, declaration.name.text, declaration);
          // Other statements read its static members, not the rest of its body.
          this.note('class', declaration.name.text);
          for (const member of declaration.members) {
            if (ts.isPropertyDeclaration(member) && member.initializer && isStatic(member)) {
              this.note('static', declaration.name.text, member);
            }
          }
        }
        break;
      }
      case SyntaxKind.EnumDeclaration: {
        const declaration = node as ts.EnumDeclaration;
        this.declare(this.enums, declaration.name.text, declaration);
        this.note('enum', declaration.name.text, declaration);
        this.candidates.push(node);
        break;
      }
      case SyntaxKind.ImportDeclaration:
        addImports(node as ts.ImportDeclaration, this.imports);
        this.note('import', '', node);
        break;
    }
    // Near the stack's end, whether the recursion overflows depends on the engine's compiled
    // state: a fixed bound well before it makes the same text always fail the same way.
    if (++this.depth > MAX_WALK_DEPTH)
      throw new NestingTooDeepError(`syntax nested deeper than ${MAX_WALK_DEPTH} levels`, node.getStart());
    forEachChild(node, this.visit);
    this.depth--;
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

function isStatic(member: ts.PropertyDeclaration): boolean {
  return (ts.getModifiers(member) ?? []).some((m) => m.kind === SyntaxKind.StaticKeyword);
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
