import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { changeRange } from '../../analysis/documentAnalyzer';
import { editableFormatOf } from './editableCatalogs';
import type { EntryFields } from './jsonCatalogInsert';

/** An entry to write into a catalog file, as the commands that add and import codes give it. */
export interface EntryToAdd {
  code: string;
  statuses: number[];
  title?: string;
  description?: string;
  aliases?: string[];
  deprecated?: true | string;
  docs?: string;
}

/** The edit of a catalog file's text that adds the entries, and which were added or already there. */
export type AddEntriesResult =
  | { edits: TextEdit[]; added: string[]; skipped: string[]; error?: undefined }
  | { error: string; edits?: undefined };

/**
 * Adds entries under `errors` of a JSON or YAML catalog (`text` is empty for a file still to be
 * made). Each entry is the same insertion as the "Add to catalog" fix: every byte already in the
 * file stays as written, comments, blank lines, quoting and layout included. A code the catalog
 * already has is skipped, never overwritten. The result is one edit from the first insertion to
 * the last, which an editor applies as one undoable step.
 */
export function addCatalogEntries(
  uri: string,
  text: string,
  entries: readonly EntryToAdd[],
): AddEntriesResult {
  const format = editableFormatOf(uri);
  if (!format) return { error: 'Only JSON and YAML catalogs can be written to.' };
  const start = text.trim() === '' ? format.empty : text;
  if (!format.parses(start))
    return { error: 'The catalog has syntax errors; fix them before adding codes to it.' };
  const present = new Set(format.load(start, uri).entries.map((entry) => entry.code));
  const added: string[] = [];
  const skipped: string[] = [];
  let next = start;
  for (const entry of entries) {
    if (present.has(entry.code)) {
      skipped.push(entry.code);
      continue;
    }
    const edits = format.insert(uri, next, entry.code, fieldsOf(entry));
    if (!edits) return { error: 'The catalog has no `errors` mapping that entries can be added to.' };
    next = TextDocument.applyEdits(TextDocument.create(uri, format.name, 0, next), edits);
    present.add(entry.code);
    added.push(entry.code);
  }
  return { edits: added.length > 0 ? [changedSpan(uri, text, next)] : [], added, skipped };
}

/** The canonical fields: one status as a number, several as an array, none left out. */
function fieldsOf(entry: EntryToAdd): EntryFields {
  const fields: EntryFields = {};
  if (entry.statuses.length === 1) fields.status = entry.statuses[0];
  else if (entry.statuses.length > 1) fields.status = entry.statuses;
  if (entry.title) fields.title = entry.title;
  if (entry.description) fields.description = entry.description;
  if (entry.aliases && entry.aliases.length > 0) fields.aliases = entry.aliases;
  if (entry.deprecated !== undefined) fields.deprecated = entry.deprecated;
  if (entry.docs) fields.docs = entry.docs;
  return fields;
}

/** One edit that turns `before` into `after`, spanning only what lies between their common ends. */
function changedSpan(uri: string, before: string, after: string): TextEdit {
  const { span, newLength } = changeRange(before, after);
  const lines = TextDocument.create(uri, 'plaintext', 0, before);
  return {
    range: { start: lines.positionAt(span.start), end: lines.positionAt(span.start + span.length) },
    newText: after.slice(span.start, span.start + newLength),
  };
}
