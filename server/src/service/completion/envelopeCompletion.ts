import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
} from 'vscode-languageserver-types';
import { envelopeTable, type EnvelopeStyle } from '../../analysis/envelopes';
import type { SourceModel } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import { reasonPhrase } from '../statusText';
import {
  bodyFiller,
  renderEnvelopeBody,
  rootConstruction,
  sampleStatus,
  sampleValue,
  TAB_STOPS,
} from './envelopeBody';
import { STATEMENT_FORMS, type StatementForm } from './forms';
import { messageOf } from './messages';
import type { StatementSlot } from './probe';
import { byUse, carrierVotes, envelopeVotes, mostUsed } from './projectStyle';
import { choice, expandSnippet, mirror, quotedTabStop, tabStop } from './snippetText';

/** What the envelope completions are written from. */
interface EnvelopeCompletionInput {
  catalog: Catalog;
  /** The document's model, then the workspace's models: whose habits decide the carrier. */
  scopes: ReadonlyArray<readonly SourceModel[]>;
  quote: string;
}

/** Envelope items answer to a word the user starts typing as `err…`, or to no word at all. */
const ITEM_WORD = 'error';

/**
 * "error envelope: <style>" items in a statement position: a whole statement that sends an error
 * body of the style, in the carrier the project uses most, with the catalog's codes as a choice.
 * Every body is rendered from the analyser's envelope table; the catalog's declared envelope
 * comes first, then the styles the project uses most.
 */
export function envelopeCompletions(
  slot: StatementSlot,
  typed: string,
  input: EnvelopeCompletionInput,
): CompletionItem[] {
  if (!ITEM_WORD.startsWith(typed.toLowerCase())) return [];
  const { catalog, scopes } = input;
  const styles = envelopeTable(catalog.extensions.envelopes);
  const form = statementForm(scopes);
  return orderStyles(styles, catalog, scopes).map((style, rank) => {
    const snippet = envelopeStatement(style, form, input);
    return {
      label: `error envelope: ${style.name}`,
      kind: CompletionItemKind.Snippet,
      detail: style.root ? `throw new ${style.root.callee}()` : form.label,
      documentation: { kind: 'markdown', value: '```ts\n' + expandSnippet(snippet) + '\n```' },
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range: slot.range, newText: snippet },
      sortText: String(rank).padStart(3, '0'),
    };
  });
}

/** The defaults the tab stops of an envelope statement start with. */
export interface EnvelopeValues {
  /** The choice at the code tab stop (a problem body's: statuses); when empty it holds `code`. */
  codes: readonly string[];
  code: string;
  status: number;
  message: string;
  title: string;
}

/** The statement of one style, as snippet text, with the catalog's codes, status and message. */
function envelopeStatement(
  style: EnvelopeStyle,
  form: StatementForm,
  { catalog, quote }: Pick<EnvelopeCompletionInput, 'catalog' | 'quote'>,
): string {
  return writeEnvelopeStatement(style, form, catalogValues(style, catalog), quote);
}

/** The catalog's first code and its status, falling back on the style's sample for what it lacks. */
function catalogValues(style: EnvelopeStyle, catalog: Catalog): EnvelopeValues {
  const codes = catalog.statusOnly ? [] : catalog.entries().map((entry) => entry.code);
  const first = catalog.statusOnly ? undefined : catalog.entries()[0];
  const problem = style.codeIs === 'status';
  const statuses = problem ? catalog.statuses() : [];
  const status = statuses[0] ?? first?.statuses[0] ?? sampleStatus(style) ?? 400;
  const documented = problem ? catalog.lookup(String(status)) : first;
  // A problem body under a catalog of codes describes its status by the status's own phrase.
  const message =
    problem && !documented
      ? (reasonPhrase(status) ?? String(status))
      : messageOf(documented, sampleValue(style, style.messagePath));
  return {
    codes: problem ? statuses.map(String) : codes,
    code: problem ? String(status) : String(sampleValue(style, style.codePath) ?? 'ERROR_CODE'),
    status,
    message,
    title: reasonPhrase(status) ?? '',
  };
}

/**
 * The statement of one style in one form, as snippet text: the completion writes it from the
 * catalog, the generated snippets from the style's sample.
 */
export function writeEnvelopeStatement(
  style: EnvelopeStyle,
  form: StatementForm,
  values: EnvelopeValues,
  quote: string,
): string {
  const problem = style.codeIs === 'status';
  const statusTabStop = problem ? TAB_STOPS.code : TAB_STOPS.status;
  // The carrier holds the status unless the body is all there is (a constructor's argument).
  const bodyStatus = style.root ? tabStop(statusTabStop, String(values.status)) : mirror(statusTabStop);
  const codeText = codeTabStop(values.codes, values.code);
  const message = quotedTabStop(TAB_STOPS.message, values.message, quote);
  const body = renderEnvelopeBody(
    style,
    bodyFiller({
      quote,
      code: problem ? codeText : quote + codeText + quote,
      status: style.statusType === 'string' ? quote + bodyStatus + quote : bodyStatus,
      message,
      title: quotedTabStop(TAB_STOPS.title, values.title, quote),
    }),
  );
  if (style.root) return `throw ${rootConstruction(style, body, message)};`;
  return form.write(
    body,
    problem ? mirror(TAB_STOPS.code) : tabStop(TAB_STOPS.status, String(values.status)),
  );
}

/** The catalog's codes as a choice; the sample's code to overwrite when the catalog has none. */
function codeTabStop(values: readonly string[], fallback: string): string {
  return values.length > 0 ? choice(TAB_STOPS.code, values) : tabStop(TAB_STOPS.code, fallback);
}

/** The carrier the project sends its errors with most; Express's when it sends none yet. */
function statementForm(scopes: ReadonlyArray<readonly SourceModel[]>): StatementForm {
  const candidates = STATEMENT_FORMS.flatMap((form) => [form.carrier, ...(form.alsoFor ?? [])]);
  const used = mostUsed(scopes, candidates, carrierVotes);
  return (
    STATEMENT_FORMS.find((form) => form.carrier === used || form.alsoFor?.some((row) => row === used)) ??
    STATEMENT_FORMS[0]
  );
}

/**
 * The catalog's declared envelope first; then, for a status-only catalog, the styles whose code is
 * the status; then the styles by how much the project uses them, table order among equals.
 */
function orderStyles(
  styles: readonly EnvelopeStyle[],
  catalog: Catalog,
  scopes: ReadonlyArray<readonly SourceModel[]>,
): EnvelopeStyle[] {
  const declared = catalog.envelopes();
  const used = byUse(
    scopes,
    styles.map((style) => style.name),
    envelopeVotes,
  );
  const rank = (style: EnvelopeStyle) => {
    const index = declared.indexOf(style.name);
    if (index >= 0) return index;
    const kindFirst = catalog.statusOnly && style.codeIs !== 'status' ? styles.length : 0;
    return declared.length + kindFirst + used.indexOf(style.name);
  };
  return [...styles].sort((a, b) => rank(a) - rank(b));
}
