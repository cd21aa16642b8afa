import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
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

/** "Replace with 'X'" for each code, the first one preferred: the diagnostic's range gets the code. */
export function replaceWithActions(codes: string[], diagnostic: Diagnostic, uri: string): CodeAction[] {
  return codes.map((code, index) => ({
    title: `Replace with '${code}'`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: documentChanges(uri, [{ range: diagnostic.range, newText: code }]),
  }));
}
