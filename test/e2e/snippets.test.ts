import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  completionLabel,
  discardChanges,
  extension,
  openEditor,
  rangeOf,
  replacedRange,
  showRange,
} from './helpers';

interface SnippetFileEntry {
  prefix: string[];
  body: string[];
  description: string;
}

const SCRATCH = 'src/routes/scratch.ts';

/** The envelope snippets the build generated from the analyser's table, as the manifest ships them. */
function generatedSnippets(): Array<[string, SnippetFileEntry]> {
  const manifest = extension().packageJSON.contributes.snippets as Array<{ language: string; path: string }>;
  const paths = new Set(manifest.map((entry) => entry.path));
  assert.equal(paths.size, 1, `one snippet file for every language: ${[...paths]}`);
  const file = JSON.parse(readFileSync(join(extension().extensionPath, [...paths][0]), 'utf8'));
  return Object.entries(file as Record<string, SnippetFileEntry>);
}

suite('envelope snippets', () => {
  suiteSetup(() => extension().activate());
  teardown(discardChanges);

  test('every envelope snippet is offered in a TypeScript handler', async () => {
    const { document } = await openEditor(SCRATCH);
    const inside = rangeOf(document, 'if (!req.body) {').end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(inside.line + 1, 0),
    );
    const offered = list.items
      .filter(
        (item) => item.kind === vscode.CompletionItemKind.Snippet && completionLabel(item).startsWith('err-'),
      )
      .map((item) => ({ prefix: completionLabel(item), body: snippetText(item) }))
      .sort((a, b) => a.prefix.localeCompare(b.prefix));
    const expected = generatedSnippets()
      .flatMap(([, snippet]) => snippet.prefix.map((prefix) => ({ prefix, body: snippet.body.join('\n') })))
      .sort((a, b) => a.prefix.localeCompare(b.prefix));
    assert.notDeepEqual(expected, []);
    assert.deepEqual(offered, expected);
  });

  test('each snippet, once inserted, puts its first tab stop where the analyser reads the code', async () => {
    const editor = await openEditor(SCRATCH);
    const original = editor.document.getText();
    const failures: string[] = [];
    for (const [name, snippet] of generatedSnippets()) {
      await resetText(editor, original);
      const inside = rangeOf(editor.document, 'if (!req.body) {').end;
      const body = new vscode.SnippetString(`${snippet.body.join('\n')}\n`);
      assert.equal(await editor.insertSnippet(body, new vscode.Position(inside.line + 1, 0)), true);
      assert.equal(editor.document.getText().includes(TYPED), false, `${name} already holds ${TYPED}`);
      // Typed like a user would: the workbench's snippet session, not this host's view of the
      // selections (which may lag), decides where it goes, mirrored copies included.
      await vscode.commands.executeCommand('type', { text: TYPED });
      await vscode.commands.executeCommand('leaveSnippet');
      const copies = occurrences(editor.document, TYPED);
      if (copies.length === 0) failures.push(`${name}: typing did not reach tab stop 1`);
      let offered = false;
      for (const copy of copies) {
        // In quotes it is a code, and the catalog's codes are offered; bare, it is a status (a
        // problem body's code is its status), and the catalog's statuses are.
        const quoted =
          editor.document.getText(new vscode.Range(copy.start.translate(0, -1), copy.start)) === "'";
        const wanted = quoted
          ? { label: 'FORBIDDEN', detail: '403 Forbidden' }
          : { label: '403', detail: 'Forbidden' };
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          editor.document.uri,
          copy.start,
        );
        const items = list.items.filter(
          (item) => item.detail === wanted.detail && completionLabel(item) === wanted.label,
        );
        const replaced = items.length === 1 ? replacedRange(items[0]) : undefined;
        offered ||= replaced !== undefined && showRange(replaced) === showRange(copy);
      }
      if (copies.length > 0 && !offered) {
        failures.push(
          `${name}: no catalog value offered at tab stop 1 (${copies.map(showRange).join(', ')})`,
        );
      }
    }
    assert.deepEqual(failures, []);
  });
});

/** Typed into tab stop 1: no snippet default and no line of the scratch route holds it. */
const TYPED = '429';

function occurrences(document: vscode.TextDocument, needle: string): vscode.Range[] {
  const text = document.getText();
  const ranges: vscode.Range[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    ranges.push(new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length)));
  }
  return ranges;
}

function snippetText(item: vscode.CompletionItem): string | undefined {
  return item.insertText instanceof vscode.SnippetString ? item.insertText.value : item.insertText;
}

async function resetText(editor: vscode.TextEditor, text: string): Promise<void> {
  const whole = new vscode.Range(
    editor.document.positionAt(0),
    editor.document.positionAt(editor.document.getText().length),
  );
  assert.equal(await editor.edit((builder) => builder.replace(whole, text)), true);
}
