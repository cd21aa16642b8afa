import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SemanticTokens,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { SourceModel } from '../analysis/types';
import { doCatalogValidation } from './catalogValidation';
import { doCodeActions, type CodeActionOptions } from './codeActions';
import { doCodeLens, resolveCodeLens } from './codeLens';
import { doComplete } from './completion/completion';
import type { ServiceContext } from './context';
import { unlessTooDeep } from './deepSyntax';
import { doHover } from './hover';
import { doInlayHints } from './inlayHints';
import { doSemanticTokens } from './semanticTokens';
import type { Settings } from './settings';
import { findDefinition } from './navigation/definition';
import { findDocumentSymbols } from './navigation/documentSymbols';
import { findReferences } from './navigation/references';
import { doRename, prepareRename, type RenameRefusal } from './navigation/rename';
import { findWorkspaceSymbols } from './navigation/workspaceSymbols';
import { doValidation, validateWorkspaceModel } from './validation';

/** The features of the engine, shared by the language server, the CLI and the tests. */
export interface LanguageService {
  doHover(document: TextDocument, position: Position): Hover | null;
  /** `triggerCharacter`: the character whose typing asked for completion, if one did. */
  doComplete(document: TextDocument, position: Position, triggerCharacter?: string): CompletionList;
  doValidation(document: TextDocument, settings: Settings): Diagnostic[];
  doCodeActions(document: TextDocument, diagnostics: Diagnostic[], options?: CodeActionOptions): CodeAction[];
  /** Diagnostics of a source file from its analysed model: for files no editor shows. */
  doModelValidation(model: SourceModel, settings: Settings): Diagnostic[];
  /**
   * Diagnostics of the catalog rules (`unused-code`) on a catalog file, one at a time (a long list
   * can be taken in slices); its load problems come from the index.
   */
  doCatalogValidation(uri: string, settings: Settings): Iterable<Diagnostic>;
  findDefinition(document: TextDocument, position: Position): Location[];
  findReferences(document: TextDocument, position: Position, includeDeclaration: boolean): Location[];
  prepareRename(
    document: TextDocument,
    position: Position,
  ): { range: Range; placeholder: string } | RenameRefusal | null;
  doRename(document: TextDocument, position: Position, newName: string): WorkspaceEdit | RenameRefusal | null;
  findWorkspaceSymbols(query: string): SymbolInformation[];
  findDocumentSymbols(document: TextDocument): DocumentSymbol[];
  doInlayHints(document: TextDocument, range: Range): InlayHint[];
  /** Lenses over the entries of a catalog file, titled when resolved. */
  doCodeLens(uri: string): CodeLens[];
  resolveCodeLens(lens: CodeLens): CodeLens;
  doSemanticTokens(document: TextDocument): SemanticTokens | null;
}

/** Binds the features to a workspace context. */
export function getLanguageService(context: ServiceContext): LanguageService {
  /** A feature's answer on a document within the size bounds; its empty answer on one over them. */
  const withinBounds = <T>(document: TextDocument, empty: T, feature: () => T): T =>
    context.isTooLarge?.(document) ? empty : feature();
  return {
    doHover: (document, position) => withinBounds(document, null, () => doHover(document, position, context)),
    doComplete: (document, position, triggerCharacter) =>
      withinBounds(document, { isIncomplete: false, items: [] }, () =>
        unlessTooDeep({ isIncomplete: false, items: [] }, () =>
          doComplete(document, position, context, triggerCharacter),
        ),
      ),
    doValidation: (document, settings) =>
      withinBounds(document, [], () => doValidation(document, context, settings)),
    doCodeActions: (document, diagnostics, options) =>
      withinBounds(document, [], () =>
        unlessTooDeep([], () => doCodeActions(document, diagnostics, context, options)),
      ),
    doModelValidation: (model, settings) =>
      context.isTestFile?.(model.uri) ? [] : validateWorkspaceModel(model, context, settings),
    doCatalogValidation: (uri, settings) => doCatalogValidation(uri, context, settings),
    findDefinition: (document, position) =>
      withinBounds(document, [], () => findDefinition(document, position, context)),
    findReferences: (document, position, includeDeclaration) =>
      withinBounds(document, [], () => findReferences(document, position, includeDeclaration, context)),
    prepareRename: (document, position) =>
      withinBounds(document, null, () =>
        unlessTooDeep(null, () => prepareRename(document, position, context)),
      ),
    doRename: (document, position, newName) =>
      withinBounds(document, null, () =>
        unlessTooDeep(null, () => doRename(document, position, newName, context)),
      ),
    findWorkspaceSymbols: (query) => findWorkspaceSymbols(query, context),
    findDocumentSymbols: (document) =>
      withinBounds(document, [], () => findDocumentSymbols(document, context)),
    doInlayHints: (document, range) =>
      withinBounds(document, [], () => doInlayHints(document, range, context)),
    doCodeLens: (uri) => doCodeLens(uri, context),
    resolveCodeLens: (lens) => resolveCodeLens(lens, context),
    doSemanticTokens: (document) => withinBounds(document, null, () => doSemanticTokens(document, context)),
  };
}
