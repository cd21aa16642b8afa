import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'error-catalog.error-catalog';

/** Diagnostics wait this long at most; a language server that answers at all answers far sooner. */
const DIAGNOSTICS_TIMEOUT_MS = 30_000;

/** The extension under test; fails the test when VS Code does not know it. */
export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is not installed in the extension host`);
  return found;
}

/** The URI of a file of the fixture workspace (a copy the runner made for this run). */
export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a fixture file in an editor, as a user would, and returns the editor. */
export async function openEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** The range of the first `needle` in the document; fails when there is none. */
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const offset = document.getText().indexOf(needle);
  assert.notEqual(offset, -1, `'${needle}' not found in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

/** The diagnostics the extension reports for a document (other extensions' are left out). */
export function catalogDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'error-catalog');
}

/** The stable rule id of a diagnostic, whether or not it carries a documentation link. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined || typeof code === 'string' || typeof code === 'number') return code?.toString();
  return code.value.toString();
}

/**
 * Resolves with the extension's diagnostics of `uri` once `accept` holds for them: at once when it
 * already does, else on the `onDidChangeDiagnostics` event that makes it hold. Rejects after the
 * timeout with the last diagnostics seen, so a failure says what was there instead.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  const current = catalogDiagnostics(uri);
  if (accept(current)) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      const seen = catalogDiagnostics(uri).map((d) => `${ruleOf(d)}: ${d.message}`);
      reject(new Error(`timed out waiting for ${what} in ${uri.path}; diagnostics: ${JSON.stringify(seen)}`));
    }, DIAGNOSTICS_TIMEOUT_MS);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = catalogDiagnostics(uri);
      if (!accept(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    });
  });
}

/** Waits until the document has a diagnostic of the rule, and returns the extension's diagnostics. */
export function waitForRule(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === rule), `a '${rule}' diagnostic`);
}

/** Waits until the document has no diagnostic of the rule left. */
export function waitForNoRule(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (all) => all.every((d) => ruleOf(d) !== rule), `no '${rule}' diagnostic`);
}

/** A readable, comparable form of a diagnostic. */
export interface DiagnosticSummary {
  rule?: string;
  range: string;
  severity: string;
  message: string;
}

/** Diagnostics in document order, in their readable, comparable form. */
export function summarize(diagnostics: vscode.Diagnostic[]): DiagnosticSummary[] {
  return [...diagnostics]
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => ({
      rule: ruleOf(d),
      range: showRange(d.range),
      severity: vscode.DiagnosticSeverity[d.severity],
      message: d.message,
    }));
}

/** `line:character-line:character`, 0-based: comparable with deepEqual, readable in a failure. */
export function showRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The Markdown or plain text of hover contents. */
export function hoverText(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/** Reverts unsaved changes and closes every editor, so a suite leaves the workbench as it found it. */
export async function discardChanges(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A completion item's label text, whether or not it has label details. */
export function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The range a completion item replaces when accepted. */
export function replacedRange(item: vscode.CompletionItem): vscode.Range | undefined {
  return item.range instanceof vscode.Range ? item.range : item.range?.replacing;
}
