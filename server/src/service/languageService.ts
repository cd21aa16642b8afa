import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  Hover,
  InlayHint,
  Position,
  Range,
  SemanticTokens,
} from 'vscode-languageserver-types';
import { doCodeActions } from './codeActions';
import { doCodeLens, resolveCodeLens } from './codeLens';
import { doComplete } from './completion/completion';
import type { ServiceContext } from './context';
import { doHover } from './hover';
import { doInlayHints } from './inlayHints';
import { doSemanticTokens } from './semanticTokens';
import type { Settings } from './settings';
import { doValidation } from './validation';

/** The features of the engine, shared by the language server, the CLI and the tests. */
export interface LanguageService {
  doHover(document: TextDocument, position: Position): Hover | null;
  /** `triggerCharacter`: the character whose typing asked for completion, if one did. */
  doComplete(document: TextDocument, position: Position, triggerCharacter?: string): CompletionList;
  doValidation(document: TextDocument, settings: Settings): Diagnostic[];
  doCodeActions(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[];
  doInlayHints(document: TextDocument, range: Range): InlayHint[];
  /** Lenses over the entries of a catalog file, titled when resolved. */
  doCodeLens(uri: string): CodeLens[];
  resolveCodeLens(lens: CodeLens): CodeLens;
  doSemanticTokens(document: TextDocument): SemanticTokens | null;
}

/** Binds the features to a workspace context. */
export function getLanguageService(context: ServiceContext): LanguageService {
  return {
    doHover: (document, position) => doHover(document, position, context),
    doComplete: (document, position, triggerCharacter) =>
      doComplete(document, position, context, triggerCharacter),
    doValidation: (document, settings) => doValidation(document, context, settings),
    doCodeActions: (document, diagnostics) => doCodeActions(document, diagnostics),
    doInlayHints: (document, range) => doInlayHints(document, range, context),
    doCodeLens: (uri) => doCodeLens(uri, context),
    resolveCodeLens: (lens) => resolveCodeLens(lens, context),
    doSemanticTokens: (document) => doSemanticTokens(document, context),
  };
}
