import type { Range } from 'vscode-languageserver-types';

/** Where a catalog entry is written, so navigation can land on it. */
interface EntrySource {
  /** URI of the file that defines the entry. */
  uri: string;
  /** The code as written there: the JSON/YAML key, the table cell, the heading, the createError argument. */
  range: Range;
  /** The format of that file; rename and "add to catalog" only rewrite formats they can edit safely. */
  format: CatalogFormat;
  /**
   * A definition in source that reads its code through a name (`createError(ErrorCode.Forbidden)`):
   * `range` covers the name, which a rename leaves alone (it renames the constant's own text).
   */
  readThrough?: true;
}

/** `openapi`: an OpenAPI document (YAML or JSON), whose codes may be written in several places. */
export type CatalogFormat = 'json' | 'yaml' | 'markdown' | 'text' | 'typescript' | 'openapi';

/**
 * One variant of an entry as a document states it. A code written in several rows (Contentful's
 * AccessDeniedError is 403 in one row and 502 in another) keeps each row's own text.
 */
export interface EntryVariant {
  status?: number;
  title?: string;
  description?: string;
  range: Range;
}

/** One error code of the catalog. */
export interface CatalogEntry {
  code: string;
  /** Every status the catalog gives the code; empty when the catalog gives none (never guessed). */
  statuses: number[];
  title?: string;
  /** Markdown. */
  description?: string;
  aliases: string[];
  /** `true`, or a message that names the replacement. */
  deprecated?: true | string;
  /** A link to the API's own documentation of the code. */
  docs?: string;
  /** A message the API sends with the code, as its documentation or definition shows it. */
  message?: string;
  /** Present when the document states the code more than once (several rows, several statuses). */
  variants?: EntryVariant[];
  source: EntrySource;
  /**
   * Every other place the document (or a file it refers to) writes the code: an OpenAPI document
   * repeats it in each response's example. Rename rewrites them with the source.
   */
  mentions?: { uri: string; range: Range }[];
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Something wrong with a catalog document, reported as a diagnostic on that document. */
export interface CatalogProblem {
  /** Stable kebab-case identifier, used as the diagnostic code. */
  code: string;
  message: string;
  severity: ProblemSeverity;
  range: Range;
  /** Other places in the same document the problem involves (the first of two definitions). */
  related?: RelatedPlace[];
}

/** A place in the problem's own document, with what it is (LSP's `relatedInformation`, less the URI). */
interface RelatedPlace {
  range: Range;
  message: string;
}

/** A declarative extension of the envelope table, as a catalog file or settings write it. */
export interface EnvelopeExtension {
  name: string;
  /** Property path from the response body to the code, `[]` stepping into an array element. */
  codePath: string[];
  statusPath?: string[];
  messagePath?: string[];
}

/** A declarative extension of the status-carrier table. */
export interface CarrierExtension {
  /** Callee as written: `sendError`, `res.fail`, `ApiError` (with `new`). */
  callee: string;
  /** Zero-based argument index of the status, when the call carries one. */
  statusArgument?: number;
  /** Zero-based argument index of the response body or code. */
  bodyArgument?: number;
  /** When the argument named by bodyArgument is the code string itself. */
  codeArgument?: number;
}

/** What a loader makes of one catalog document. Loaders never throw. */
export interface CatalogLoadResult {
  entries: CatalogEntry[];
  problems: CatalogProblem[];
  /**
   * `codes`: a catalog of error codes. `statuses`: a status-only catalog (seed 004), whose entries
   * are the statuses themselves (code `'404'`, status `[404]`).
   */
  kind: 'codes' | 'statuses';
  /** The API's envelope style name(s), when the catalog states them. */
  envelope?: string[];
  /** Globs of further catalog files this one merges (monorepo roots). */
  include?: string[];
  /** Built-in vocabularies this catalog takes in, by name (`oauth2`, `apollo-server`). */
  standards?: string[];
  envelopes?: EnvelopeExtension[];
  carriers?: CarrierExtension[];
  /** The operations an OpenAPI document describes, with the responses each documents. */
  api?: ApiDescription;
  /**
   * False when the document could not be parsed at all: the index then keeps the last good
   * result for the file in force.
   */
  parsed: boolean;
}

/**
 * Reads another local document a catalog refers to (an OpenAPI `$ref` to `./responses.yaml`):
 * its text, or undefined when it does not exist or cannot be read. Nothing remote is ever read.
 */
export type RelatedDocumentReader = (uri: string) => string | undefined;

/** A loader turns a document's text into catalog entries. */
export type CatalogLoader = (text: string, uri: string, related?: RelatedDocumentReader) => CatalogLoadResult;

/** What an OpenAPI document says of the API's routes. */
export interface ApiDescription {
  operations: ApiOperation[];
  /**
   * The path each `servers` url puts before the document's paths (`/v1` of
   * `https://api.example.com/v1`, `/api` of `/api`); `['']` when the document names none.
   */
  basePaths: string[];
  /** The document names no `servers` (a fragment a server completes): its base path is inferred. */
  serverless?: true;
  /**
   * How the document's first example body holds its code (`['error', 'code']`) and under which
   * media type, so a response added to it can follow the same shape.
   */
  exampleShape?: { codePath: readonly string[]; mediaType: string };
}

/** One operation: a method of a path, and the responses it documents. */
export interface ApiOperation {
  /** Lower case: `get`, `post`. */
  method: string;
  /** As the document writes it: `/orders/{orderId}`. */
  path: string;
  /** The URI of the document that writes the operation (a path item may be a `$ref` to another file). */
  uri: string;
  /** The path's key in `paths`. */
  pathRange: Range;
  /** The method's key. */
  methodRange: Range;
  summary?: string;
  operationId?: string;
  responses: DocumentedResponse[];
}

/** A response an operation documents, under a status, a range (`4XX`) or `default`. */
export interface DocumentedResponse {
  /** The key as written: `'404'`, `4XX`, `default`. */
  key: string;
  /** The status, when the key is one. */
  status?: number;
  /** The key's range in the operation's document. */
  range: Range;
  description?: string;
  /** The error codes its examples, schema or `x-error-codes` give. */
  codes: string[];
}
