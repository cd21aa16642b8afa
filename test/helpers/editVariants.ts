import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { parseMarkers, type MarkedText } from './markers';

/**
 * One way real files differ from the plain fixtures: line ends, a byte order mark, tab indentation,
 * text beyond ASCII. A variant rewrites a fixture before the test runs, and rewrites the expected
 * replacement texts the same way (an inserted entry must take the file's line ends and indentation).
 */
export interface EditVariant {
  name: string;
  eol: '\n' | '\r\n';
  /** Written before the file's first byte on disk; the editor shows the text without it. */
  bom: boolean;
  /**
   * Leading indentation by tabs, one per two spaces (never in YAML or Markdown, where tabs change
   * meaning; nor inside strings, where JSON forbids them).
   */
  tabs: boolean;
  /** What `@@` in a fixture stands for: a run of ordinary text of this variant. */
  text: string;
}

const PLAIN = 'plain words';
const NON_ASCII = 'café ☕ 😀 日本語 Ωmega\u00a0nbsp';

export const EDIT_VARIANTS: readonly EditVariant[] = [
  { name: 'LF', eol: '\n', bom: false, tabs: false, text: PLAIN },
  { name: 'CRLF', eol: '\r\n', bom: false, tabs: false, text: PLAIN },
  { name: 'BOM', eol: '\n', bom: true, tabs: false, text: PLAIN },
  { name: 'tabs', eol: '\n', bom: false, tabs: true, text: PLAIN },
  { name: 'non-ASCII', eol: '\n', bom: false, tabs: false, text: NON_ASCII },
  { name: 'CRLF, BOM, tabs and non-ASCII', eol: '\r\n', bom: true, tabs: true, text: NON_ASCII },
];

/** A fixture as one variant writes it: the bytes on disk, and the marked text an editor shows. */
export interface VariantFile {
  /** What the file holds on disk (a BOM included). */
  disk: string;
  /** The text as an editor holds it, markers stripped and their ranges kept. */
  marked: MarkedText;
}

/** Rewrites a fixture (markers and `@@` included) the way a variant writes files of that name. */
export function rewrite(text: string, path: string, variant: EditVariant): string {
  let result = text.replaceAll('@@', variant.text);
  if (variant.tabs && !/\.(ya?ml|md|markdown)$/i.test(path)) {
    result = result.replace(/^((?: {2})+)/gm, (spaces) => '\t'.repeat(spaces.length / 2));
  }
  return result.replace(/\r?\n/g, variant.eol);
}

/** The files of a fixture set as a variant writes them. */
export function variantFiles(
  files: Record<string, string>,
  variant: EditVariant,
  uriOf: (path: string) => string,
): Record<string, VariantFile> {
  return Object.fromEntries(
    Object.entries(files).map(([path, text]) => {
      const marked = parseMarkers(rewrite(text, path, variant), uriOf(path), languageOf(path));
      return [path, { disk: (variant.bom ? '\uFEFF' : '') + marked.text, marked }];
    }),
  );
}

/**
 * Checks that an edit changed exactly what it meant to: in each file of `expected`, each `[[ ]]`
 * range of its fixture becomes the expected text (rewritten for the variant), and not one other
 * character changes; files not in `expected` get no edit at all.
 */
export function assertEditChangesOnly(
  edit: WorkspaceEdit | TextEdit[] | null | undefined,
  files: Record<string, VariantFile>,
  expected: Record<string, string[]>,
  variant: EditVariant,
): void {
  const changes = editsByUri(edit, files, expected);
  for (const [path, file] of Object.entries(files)) {
    const { marked } = file;
    const edits = changes.get(marked.document.uri) ?? [];
    const replacements = expected[path];
    if (!replacements) {
      assert.deepEqual(edits, [], `${variant.name}: ${path} must not be edited`);
      continue;
    }
    assert.equal(
      replacements.length,
      marked.spans.length,
      `${path}: one expected text per [[ ]] range of the fixture`,
    );
    const after = TextDocument.applyEdits(marked.document, edits);
    let wanted = marked.text;
    const spans = marked.spans.map((span, i) => ({ ...span, text: rewrite(replacements[i], path, variant) }));
    for (const span of [...spans].sort((a, b) => b.start - a.start)) {
      wanted = wanted.slice(0, span.start) + span.text + wanted.slice(span.end);
    }
    assert.equal(after, wanted, `${variant.name}: ${path} changed beyond its marked ranges`);
  }
}

function editsByUri(
  edit: WorkspaceEdit | TextEdit[] | null | undefined,
  files: Record<string, VariantFile>,
  expected: Record<string, string[]>,
): Map<string, TextEdit[]> {
  const changes = new Map<string, TextEdit[]>();
  if (!edit) return changes;
  if (Array.isArray(edit)) {
    // Plain text edits belong to the one file the edit is expected to change.
    const targets = Object.keys(expected);
    assert.equal(targets.length, 1, 'text edits without a document: expect changes in one file');
    changes.set(files[targets[0]].marked.document.uri, edit);
    return changes;
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) changes.set(uri, edits);
  for (const change of edit.documentChanges ?? []) {
    if ('edits' in change) {
      const edits = change.edits.map((edit) => {
        assert.ok('newText' in edit, `a snippet edit in a workspace edit: ${JSON.stringify(edit)}`);
        return edit;
      });
      changes.set(change.textDocument.uri, [...(changes.get(change.textDocument.uri) ?? []), ...edits]);
    } else {
      assert.fail(`the edit creates, renames or deletes a file: ${JSON.stringify(change)}`);
    }
  }
  return changes;
}

function languageOf(path: string): string {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return 'typescript';
}
