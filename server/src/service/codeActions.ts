import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { ServiceContext } from './context';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { lazyParsedSource } from './edits/parsedSource';
import { addToCatalogFixes } from './fixes/addToCatalog';
import { addResponseFixes } from './fixes/addResponse';
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
  'undocumented-response': [addResponseFixes],
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
    const ours = diagnostics.filter(
      (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string',
    );
    const current =
      ours.length > 0 ? doValidation(document, context, options.settings ?? DEFAULT_SETTINGS) : [];
    for (const diagnostic of ours) {
      // The client sends diagnostics back, perhaps from before the user's last keystrokes (or not
      // ours at all): a fix is offered only for a finding the document still has, with its payload.
      const still = current.find(
        (found) => found.code === diagnostic.code && sameRange(found.range, diagnostic.range),
      );
      if (!still) continue;
      const fresh = { ...diagnostic, data: still.data };
      for (const fix of QUICK_FIXES[diagnostic.code as string] ?? []) actions.push(...fix(fresh, input));
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

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
