import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { ServiceContext } from './context';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { lazyParsedSource } from './edits/parsedSource';
import { addToCatalogFixes } from './fixes/addToCatalog';
import { changeStatusFixes } from './fixes/changeStatus';
import type { FixInput, QuickFix } from './fixes/fix';
import { FIX_ALL_KIND, fixAllMismatches } from './fixes/fixAllMismatches';
import { replaceCodeFixes } from './fixes/replaceCode';
import { replaceDeprecatedFixes } from './fixes/replaceDeprecated';
import { useCodeFixes } from './fixes/useCode';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { doValidation } from './validation';

/** The quick fixes of each rule, in the order their actions are listed. */
const QUICK_FIXES: Readonly<Record<string, readonly QuickFix[]>> = {
  'status-mismatch': [changeStatusFixes, useCodeFixes],
  'unknown-code': [replaceCodeFixes, addToCatalogFixes],
  'deprecated-code': [replaceDeprecatedFixes],
};

/** What a code action request asks for, besides the diagnostics in its range. */
export interface CodeActionOptions {
  /** `context.only`: the kinds the client wants (`quickfix`, `source.fixAll`); all when absent. */
  only?: string[];
  /** The document's settings, for the source actions that validate it. */
  settings?: Settings;
  /** Whether the client shows disabled actions with the reason (`codeAction.disabledSupport`). */
  disabledSupport?: boolean;
}

/** The actions kinds this service offers, for the server's `codeActionKinds`. */
export const CODE_ACTION_KINDS: readonly string[] = ['quickfix', FIX_ALL_KIND];

/** Quick fixes for this tool's diagnostics in the requested range, and the fix-all source action when asked. */
export function doCodeActions(
  document: TextDocument,
  diagnostics: Diagnostic[],
  context: ServiceContext,
  options: CodeActionOptions = {},
): CodeAction[] {
  const input: FixInput = {
    document,
    parse: lazyParsedSource(document),
    context,
    disabledSupport: options.disabledSupport ?? false,
  };
  const actions: CodeAction[] = [];
  if (wants(options.only, 'quickfix')) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
      for (const fix of QUICK_FIXES[diagnostic.code] ?? []) actions.push(...fix(diagnostic, input));
    }
  }
  // Fixing every mismatch is asked for by kind (on save, or from the Source Action menu).
  if (options.only && wants(options.only, FIX_ALL_KIND)) {
    const mismatches = doValidation(document, context, options.settings ?? DEFAULT_SETTINGS).filter(
      (diagnostic) => diagnostic.code === 'status-mismatch',
    );
    actions.push(...fixAllMismatches(mismatches, input));
  }
  return actions;
}

/** Whether an action of `kind` answers a request for `only`: the kind itself or one it refines. */
function wants(only: string[] | undefined, kind: string): boolean {
  return (
    only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`))
  );
}
