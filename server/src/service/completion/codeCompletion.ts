import ts from '../../analysis/typescript';
import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import { REFERENCE_KINDS } from '../../analysis/referenceKinds';
import type { CodeReference, SourceModel } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import type { CatalogEntry } from '../../catalog/types';
import { referenceAt } from '../references';
import { formatStatus } from '../statusText';
import { escapeMarkdown } from '../markdownEscape';
import type { CompletionProbe } from './probe';

/**
 * A catalog with more codes than this completes only the codes that best match what is typed, this
 * many at most, and says the list is incomplete so that the editor asks again as the user types.
 * Every catalog up to this size completes in full, as before: real ones hold tens to hundreds of
 * codes. 500 is far more than the dozen rows an editor shows, and small enough for a list to stay
 * under the size whose documentation is sent apart (DEFERRED_DOCUMENTATION_MAX_ITEMS, 2000): about
 * 100 KB. A catalog of 50,000 codes sent them all, 12 MB, on every completion.
 */
export const MAX_CODE_ITEMS = 500;

/**
 * Catalog codes where a code goes. In a closed string the analyser already reads as a code, an
 * item replaces the code between the quotes; anywhere else a code would count (a string still
 * being typed, an empty one, no quote yet) it replaces the whole token with a quoted code.
 * Undefined when the cursor is not where a code goes.
 */
export function codeCompletions(
  probe: CompletionProbe,
  model: SourceModel,
  catalog: Catalog,
): CompletionList | undefined {
  const written = probe.token.kind === 'string' && probe.token.terminated;
  const reference = written ? referenceAt(model, probe.position) : undefined;
  if (reference && !REFERENCE_KINDS[reference.kind].codeIsStatus) {
    const start = offsetAt(probe.sourceFile, reference.range.start);
    return codeItems(catalog, reference, { range: reference.range, quote: '', typed: '' }, () =>
      typedBetween(probe, start),
    );
  }
  const slot = probe.codeSlot();
  if (!slot) return undefined;
  const quote = probe.quote(model);
  const typed = probe.token.quote ?? '';
  return codeItems(catalog, slot, { range: probe.range, quote, typed }, () =>
    typedBetween(probe, probe.token.start + typed.length),
  );
}

/**
 * Every catalog code, those with the status the response sends first; of a catalog of more than
 * `MAX_CODE_ITEMS` codes, the best matches of what is typed of the code (`typedCode`).
 */
function codeItems(
  catalog: Catalog,
  reference: CodeReference,
  /** `typed`: the quote the user typed, which an editor's filter sees before the code. */
  edit: { range: Range; quote: string; typed: string },
  typedCode: () => string,
): CompletionList {
  const sentStatus = reference.status?.value;
  const matchesStatus = (entry: CatalogEntry) =>
    sentStatus !== undefined && entry.statuses.includes(sentStatus);
  const item = (entry: CatalogEntry): CompletionItem => ({
    label: entry.code,
    kind: CompletionItemKind.Constant,
    detail: entry.statuses.map(formatStatus).join(', ') || undefined,
    documentation: entry.description
      ? { kind: 'markdown' as const, value: escapeMarkdown(entry.description) }
      : undefined,
    sortText: `${matchesStatus(entry) ? '0' : '1'}${entry.code}`,
    filterText: edit.typed + entry.code,
    textEdit: { range: edit.range, newText: edit.quote + entry.code + edit.quote },
    tags: entry.deprecated ? [1 as const] : undefined,
  });
  const entries = catalog.entries();
  if (entries.length <= MAX_CODE_ITEMS) return { isIncomplete: false, items: entries.map(item) };
  return { isIncomplete: true, items: bestMatches(catalog, typedCode(), matchesStatus).map(item) };
}

/**
 * How a code matches what is typed of it, best first: it starts with it, a word of it does (after
 * `_`, `-`, `.` or `:`), it holds it, or it holds its characters in order (as an editor's fuzzy
 * filter would match). Case is ignored. -1: no match.
 */
function matchRank(code: string, typed: string): number {
  if (code.startsWith(typed)) return 0;
  let at = code.indexOf(typed, 1);
  if (at >= 0) {
    for (; at >= 0; at = code.indexOf(typed, at + 1)) if (isWordSeparator(code[at - 1])) return 1;
    return 2;
  }
  let next = 0;
  for (let i = 0; i < code.length && next < typed.length; i++) if (code[i] === typed[next]) next++;
  return next === typed.length ? 3 : -1;
}

const RANKS = 4;

function isWordSeparator(char: string): boolean {
  return char === '_' || char === '-' || char === '.' || char === ':';
}

/**
 * The `MAX_CODE_ITEMS` codes that best match what is typed: by how they match, those with the
 * status sent first among equals, then in the order of their codes (as their `sortText` is).
 */
function bestMatches(
  catalog: Catalog,
  typed: string,
  matchesStatus: (entry: CatalogEntry) => boolean,
): CatalogEntry[] {
  const wanted = typed.toLowerCase();
  const { entries, lower } = codeOrderOf(catalog);
  const buckets: CatalogEntry[][] = Array.from({ length: RANKS * 2 }, () => []);
  // Nothing past a full list in the best bucket can make it.
  for (let i = 0; i < entries.length; i++) {
    const rank = matchRank(lower[i], wanted);
    if (rank < 0) continue;
    const entry = entries[i];
    const bucket = buckets[rank * 2 + (matchesStatus(entry) ? 0 : 1)];
    if (bucket.length < MAX_CODE_ITEMS) bucket.push(entry);
    if (rank === 0 && buckets[0].length === MAX_CODE_ITEMS) break;
  }
  return buckets.flat().slice(0, MAX_CODE_ITEMS);
}

/** A catalog's entries in the order of their codes, with the codes in lower case: made once. */
const codeOrders = new WeakMap<Catalog, { entries: CatalogEntry[]; lower: string[] }>();

function codeOrderOf(catalog: Catalog): { entries: CatalogEntry[]; lower: string[] } {
  let order = codeOrders.get(catalog);
  if (!order) {
    const entries = catalog.entries().sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    order = { entries, lower: entries.map((entry) => entry.code.toLowerCase()) };
    codeOrders.set(catalog, order);
  }
  return order;
}

/** The text from an offset of the document to the cursor: what is typed of a code. */
function typedBetween(probe: CompletionProbe, start: number): string {
  return start < probe.offset ? probe.sourceFile.text.slice(start, probe.offset) : '';
}

function offsetAt(sourceFile: ts.SourceFile, position: { line: number; character: number }): number {
  return ts.getPositionOfLineAndCharacter(sourceFile, position.line, position.character);
}
