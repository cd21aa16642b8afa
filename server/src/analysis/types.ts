import type { Range } from 'vscode-languageserver-types';
import type { ReferenceKind } from './referenceKinds';
import type { SourceRoutes } from './routeTypes';

/** How the status of a response was written, so a fix can rewrite it in the same style. */
export type StatusForm =
  /** `404` */
  | 'number'
  /** `'404'` (JSON:API writes statuses as strings) */
  | 'string'
  /** `StatusCodes.NOT_FOUND`, `HttpStatus.NOT_FOUND`: `range` covers the member name only. */
  | 'member'
  /** a local `const NOT_FOUND = 404`: `range` covers the identifier. */
  | 'constant'
  /** `Boom.notFound()`, `new NotFoundException()`: implied by a name; `range` covers that name. */
  | 'implied';

/** An HTTP status that a response carries, where it is written. */
export interface StatusSite {
  value: number;
  range: Range;
  form: StatusForm;
  /** Name of the carrier row that found it (`express-status`, `hono-json`, `sibling-property`, ...). */
  carrier: string;
}

/** A string literal in a code position of an error envelope or a code-taking call. */
export interface CodeReference {
  code: string;
  /** The code's characters, without the quotes. */
  range: Range;
  /** Name of the envelope style (`nested`, `directus`, ...) or call row that holds it. */
  style: string;
  /** The status the same response carries, when it can be known statically. */
  status?: StatusSite;
  /** What the reference is, which decides what the features do with it (`REFERENCE_KINDS`). */
  kind: ReferenceKind;
  /**
   * A status the body itself states (`{ error: { code, status: 403 } }`, JSON:API `status: '403'`,
   * RFC 9457 `status`). `status` prefers the response's carrier (`res.status(404)`) and falls back
   * to this; a rule can compare the two when both are present.
   */
  bodyStatus?: StatusSite;
  /** A title the body states (RFC 9457 and JSON:API `title`), to check against the status's reason phrase. */
  title?: { text: string; range: Range };
}

/** A code defined in source, e.g. `const ForbiddenError = createError('FORBIDDEN', '...', 403)`. */
export interface CodeDefinition {
  code: string;
  range: Range;
  status?: number;
  message?: string;
  /** The name the returned class is bound to, when there is one. */
  className?: string;
  /** Whether that class is exported, so other files may import it. */
  exported?: boolean;
  /** Where the status is written, so a fix can rewrite it. */
  statusSite?: StatusSite;
  /** The row that found it: a code-defining call's name (`create-error`) or `enum`. */
  definer?: string;
  /**
   * `constant`: the code is read through a name (`createError(ErrorCode.Forbidden, ...)`); `range`
   * covers that expression, so nothing rewrites it as the code's characters.
   */
  via?: 'constant';
}

/**
 * A constant as a model keeps it, without its tree: a string (`s`), a number (`n`), an object of
 * members (`o`), or a path of names read in the file's scope (`r`: `['ErrorCode', 'NotFound']`).
 */
export type ConstData = { s: string } | { n: number } | { o: Record<string, ConstData> } | { r: string[] };

/** A name another module exports, read with member names after it: `ErrorCode.Forbidden` of `'./codes'`. */
export interface ImportedSymbol {
  /** The module specifier as written. */
  module: string;
  /** The exported name (`default` for a default import). */
  name: string;
  members: string[];
}

/** Where a wrapper's constructor takes a value: an argument, or a property of an object argument. */
export interface ArgumentRef {
  argument: number;
  property?: string;
}

/**
 * What a class's constructor does with its arguments, derived from its source: which one is the
 * code (`this.code = code`, `{ code }` passed on) and where the status comes from (an argument, a
 * fixed number, or a code-to-status map or function looked up with the code, named by `lookup`).
 */
export interface Wrapper {
  /** The argument that is the code, or that a map (`lookup`) turns into the code. */
  code: ArgumentRef & { lookup?: string[] };
  status?: { from: ArgumentRef } | { value: number } | { lookup: string[] };
}

/** A code-like value written in an argument of a construction, kept as data for linking. */
export type ArgumentCode =
  { text: string; range: Range; written: 'literal' | 'constant' } | { symbol: ImportedSymbol; range: Range };

/** What one argument of a construction holds that a wrapper may read: a code, a status, or properties. */
export interface ArgumentValue {
  code?: ArgumentCode;
  status?: StatusSite;
  properties?: Record<string, { code?: ArgumentCode; status?: StatusSite }>;
}

/**
 * `new ApiError({ code: 'NOT_FOUND' })` of a class this file imports or declares, or a class's
 * `super(...)` call, kept for the workspace to read through the class's wrapper summary.
 */
export interface Construction {
  /** The class as named: `['ApiError']`, or `['errors', 'ApiError']` for a namespace import. */
  callee: string[];
  /** The class name at the site. */
  range: Range;
  args: ArgumentValue[];
  /** A `super(...)` call in the constructor of this class: it defines the class's code. */
  definesClass?: { name: string; exported: boolean };
}

/** An error raised with a status (`new NotFoundException()`, `Boom.notFound()`), and the callee's name. */
export interface RaisedStatus {
  status: StatusSite;
  /** The name of what raises it: the exception class, the helper, `throw`. */
  range: Range;
}

/** A code position holding an imported name: the workspace resolves it and completes the reference. */
export interface PendingReference {
  symbol: ImportedSymbol;
  reference: Omit<CodeReference, 'code'>;
}

/**
 * A code-defining call the workspace completes: its code is an imported name (`symbol`), or its
 * status is the default of the definer's parameter (`createError(code, msg)` of a
 * `createError = (code, message, status = 500) => ...`), which only the definer's module states.
 */
export interface PendingDefinition {
  symbol?: ImportedSymbol;
  /** The code, when it is written here. */
  code?: string;
  /** The definer and the parameter whose default is the status. */
  statusDefault?: { callee: string[]; argument: number };
  definition: Omit<CodeDefinition, 'code'>;
}

/**
 * What a module offers to others, as data: its top-level constants (`values`), the names it
 * exports (`exports`: exported name -> local name), names it re-exports from other modules
 * (`reexports`), the modules it re-exports whole (`stars`) and its imports, to follow a value
 * that names an imported one.
 */
export interface ModuleSummary {
  values: Record<string, ConstData>;
  /** Functions' numeric parameter defaults: function name -> parameter index -> value. */
  defaults?: Record<string, Record<string, number>>;
  /** Classes whose constructor takes a code and passes it on, by class name. */
  wrappers?: Record<string, Wrapper>;
  exports: Record<string, string>;
  reexports: Record<string, { module: string; name: string }>;
  stars: string[];
  imports: Record<string, { module: string; importedName: string }>;
}

/**
 * `new ForbiddenError()` of a class imported from another module. Only the workspace knows what
 * that module defines: it resolves `module` against this document's URI, finds the definition
 * whose `className` is `importedName` (and is `exported`) in that file's model, and reads the use
 * as a reference of kind `class` with that definition's code and status.
 */
export interface ImportedClassUse {
  /** The local name as written at the use. */
  localName: string;
  /** The exported name (`default` for a default import). */
  importedName: string;
  /** The module specifier as written (`./errors`, `@app/errors`). */
  module: string;
  /** The class name at the use. */
  range: Range;
}

/** Everything the analyser finds in one TypeScript or JavaScript document. */
export interface SourceModel {
  uri: string;
  version: number;
  references: CodeReference[];
  definitions: CodeDefinition[];
  /** Every status written in a carrier, referenced by a code or not (hover on `res.status(429)`). */
  statuses: StatusSite[];
  /** Constructions of imported classes, for a workspace pass to resolve against other files' definitions. */
  importedClassUses?: ImportedClassUse[];
  /** Code positions holding imported names, for the workspace pass to resolve. */
  pendingReferences?: PendingReference[];
  /** Code-defining calls whose code is an imported name, for the workspace pass to resolve. */
  pendingDefinitions?: PendingDefinition[];
  /** What the module exports, for other files' imports to resolve through. */
  module?: ModuleSummary;
  /** Constructions of classes that may take a code, for the workspace to read through their wrappers. */
  constructions?: Construction[];
  /** Errors raised with a status, which an error handler may send with a default code. */
  raised?: RaisedStatus[];
  /** Parts of the file the analyser could not read: the codes there went unchecked. */
  unanalysed?: UnanalysedPart[];
  /**
   * The routes the file declares (`router.get('/orders/:id', handler)`, `@Get(':id')`,
   * `export async function GET`), its router mounts and prefixes, and the functions another file's
   * route may name as its handler (`routes.ts`); absent when it declares none and exports no function.
   */
  routes?: SourceRoutes;
}

/** A part of a file left unanalysed, and why: nesting too deep to parse, or an internal failure. */
export interface UnanalysedPart {
  range: Range;
  reason: string;
  /** Whether the whole file went unanalysed (the range is where the failure was met), or only the range. */
  wholeFile: boolean;
}
