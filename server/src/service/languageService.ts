import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { doCodeActions } from './codeActions';
import { doComplete } from './completion';
import type { ServiceContext } from './context';
import { doHover } from './hover';
import type { Settings } from './settings';
import { doValidation } from './validation';

/** The features of the engine, shared by the language server, the CLI and the tests. */
export interface LanguageService {
  doHover(document: TextDocument, position: Position): Hover | null;
  doComplete(document: TextDocument, position: Position): CompletionList;
  doValidation(document: TextDocument, settings: Settings): Diagnostic[];
  doCodeActions(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[];
}

/** Binds the features to a workspace context. */
export function getLanguageService(context: ServiceContext): LanguageService {
  return {
    doHover: (document, position) => doHover(document, position, context),
    doComplete: (document, position) => doComplete(document, position, context),
    doValidation: (document, settings) => doValidation(document, context, settings),
    doCodeActions: (document, diagnostics) => doCodeActions(document, diagnostics),
  };
}
