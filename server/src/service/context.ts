import type ts from 'typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeReference, SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { LinkedRoute } from './routes/linkedRoute';

/** A use of a code somewhere in the workspace. */
export interface CodeUsage {
  uri: string;
  reference: CodeReference;
}

/** What the features need from the workspace: the governing catalog and analysed documents. */
export interface ServiceContext {
  /** The catalog that governs a document. */
  catalogFor(uri: string): Catalog;
  /**
   * Whether an open document is over the size the engine reads: every feature then answers as for
   * an empty document, so no request parses or scans megabytes the indexes would have skipped.
   */
  isTooLarge?(document: TextDocument): boolean;
  /** The analysed model of a source document, cached per version. */
  analyze(document: TextDocument): SourceModel;
  /** The syntax tree `analyze` read the document's current text into, when it keeps one. */
  syntaxTree?(document: TextDocument): ts.SourceFile | undefined;
  /** Every use of a code across the workspace's source files, open or not. */
  usages(code: string): CodeUsage[];
  /** The workspace's routes, linked across files: full paths and handlers. */
  routes?(): readonly LinkedRoute[];
  /** The models of every source file of the workspace. */
  workspaceModels(): SourceModel[];
  /** URIs of every catalog file of the workspace. */
  catalogUris(): string[];
  /** The current text of a catalog file (the editor's, when it is open), for edits that write into it. */
  catalogText(uri: string): string | undefined;
  /** Whether a source file is a test, a mock or a fixture: its envelopes are no findings. */
  isTestFile?(uri: string): boolean;
  /** How many test files mention a code: uses in tests, counted apart from the API's. */
  testFilesMentioning?(code: string): number;
}
