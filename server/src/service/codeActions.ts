import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { changeStatusFixes } from './fixes/changeStatus';
import { replaceCodeFixes } from './fixes/replaceCode';

/** Quick fixes for this tool's diagnostics in the requested range. */
export function doCodeActions(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    switch (diagnostic.code) {
      case 'status-mismatch':
        actions.push(...changeStatusFixes(document, diagnostic));
        break;
      case 'unknown-code':
        actions.push(...replaceCodeFixes(document, diagnostic));
        break;
    }
  }
  return actions;
}
