import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';

/** What the features need from the workspace: the governing catalog and analysed documents. */
export interface ServiceContext {
  /** The catalog that governs a document. */
  catalogFor(uri: string): Catalog;
  /** The analysed model of a source document, cached per version. */
  analyze(document: TextDocument): SourceModel;
}
