import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { ServiceContext } from '../context';
import type { ParsedSource } from '../edits/parsedSource';

/** What a quick fix may use besides its diagnostic. */
export interface FixInput {
  document: TextDocument;
  /** The document's syntax tree, parsed on first use. */
  parse(): ParsedSource;
  context: ServiceContext;
  /** Whether the client shows disabled actions with their reason (`codeAction.disabledSupport`). */
  disabledSupport: boolean;
}

/** A quick fix: the actions it offers for one diagnostic of the rule it serves. */
export type QuickFix = (diagnostic: Diagnostic, input: FixInput) => CodeAction[];

/** The `changes` of a workspace edit that touches one document. */
export function documentChanges(uri: string, edits: TextEdit[]): { changes: Record<string, TextEdit[]> } {
  return { changes: { [uri]: edits } };
}
