import type ts from 'typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type TextEdit,
} from 'vscode-languageserver-types';
import { envelopeTable, type EnvelopeStyle, type EnvelopeStyleId } from '../../analysis/envelopes';
import type { CodeDefinition, SourceModel } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import type { CatalogEntry } from '../../catalog/types';
import { formatStatus, reasonPhrase } from '../statusText';
import { bodyFiller, literal, renderEnvelopeBody, rootConstruction } from './envelopeBody';
import { DEFAULT_THROW_FORM, THROW_FORMS, type ThrowForm, type ThrowParts } from './forms';
import { importEdits } from './imports';
import { messageOf } from './messages';
import type { StatementSlot } from './probe';
import { carrierVotes, envelopeVotes, mostUsed, statusWriter } from './projectStyle';
import { expandSnippet, quotedTabStop, snippetLiteral, stringLiteral, tabStop } from './snippetText';

/** What the throw completions are written from. */
interface ThrowCompletionInput {
  document: TextDocument;
  sourceFile: ts.SourceFile;
  model: SourceModel;
  workspaceModels: readonly SourceModel[];
  catalog: Catalog;
  quote: string;
}

const MESSAGE_TAB_STOP = 1;
const STATUS_TAB_STOP = 2;

/**
 * After `throw ` or `throw new `: one item per catalog code, writing the whole statement in the
 * project's own style. A code that a `createError(...)` call made into a class is thrown as that
 * class (imported when it lives in another file); any other code with the carrier and envelope
 * the document (else the workspace) uses most, the message taken from the catalog.
 */
export function throwCompletions(slot: StatementSlot, input: ThrowCompletionInput): CompletionItem[] {
  const { document, model, workspaceModels, catalog } = input;
  if (catalog.statusOnly) return [];
  const scopes = [[model], workspaceModels];
  const styles = envelopeTable(catalog.extensions.envelopes);
  const form = throwForm(scopes, styles);
  const bodyStyle = envelopeStyle(scopes, styles, catalog);
  const writeStatus = statusWriter(document, model);
  const typedNew = document.getText(slot.range).startsWith('new');
  const semicolon = endsStatements(document) && restOfLineIsBlank(document, slot) ? ';' : '';
  return catalog.entries().map((entry, index) => {
    const defined = classOf(entry.code, model, workspaceModels);
    const expression = defined
      ? `new ${defined.definition.className}()`
      : writeThrow(entry, form, bodyStyle, { ...input, writeStatus });
    const additionalTextEdits: TextEdit[] | undefined =
      defined && defined.uri !== model.uri
        ? importEdits(input.sourceFile, document, defined.definition.className!, defined.uri, input.quote)
        : undefined;
    return {
      label: entry.code,
      labelDetails: entry.statuses.length > 0 ? { description: entry.statuses.join(', ') } : undefined,
      kind: CompletionItemKind.Snippet,
      detail: `throw ${expandSnippet(expression)}`,
      documentation: {
        kind: 'markdown' as const,
        value: [entry.statuses.map(formatStatus).join(', '), entry.description].filter(Boolean).join('\n\n'),
      },
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range: slot.range, newText: expression + semicolon },
      additionalTextEdits: additionalTextEdits?.length ? additionalTextEdits : undefined,
      filterText: `${typedNew ? 'new ' : ''}${defined ? `${defined.definition.className} ` : ''}${entry.code}`,
      sortText: String(index).padStart(4, '0'),
    };
  });
}

function writeThrow(
  entry: CatalogEntry,
  form: ThrowForm | EnvelopeStyle,
  bodyStyle: EnvelopeStyle,
  input: ThrowCompletionInput & { writeStatus: (status: number) => string },
): string {
  const { quote } = input;
  const statusValue = entry.statuses[0];
  const message = quotedTabStop(MESSAGE_TAB_STOP, messageOf(entry), quote);
  const code = snippetLiteral(stringLiteral(entry.code, quote));
  const status =
    statusValue === undefined
      ? tabStop(STATUS_TAB_STOP, '400')
      : snippetLiteral(input.writeStatus(statusValue));
  const body = (style: EnvelopeStyle) =>
    renderEnvelopeBody(
      style,
      bodyFiller({
        quote,
        code,
        status:
          statusValue === undefined
            ? undefined
            : literal(style.statusType === 'string' ? String(statusValue) : statusValue, quote),
        message,
        title: statusValue === undefined ? undefined : literal(reasonPhrase(statusValue) ?? '', quote),
      }),
    );
  if ('codePath' in form) return rootConstruction(form, body(form), message);
  const parts: ThrowParts = { code, status, statusValue, message, body: () => body(bodyStyle) };
  return form.write(parts) ?? DEFAULT_THROW_FORM.write(parts)!;
}

/** The throwable carrier (or constructed envelope) the project uses most; http-errors when none. */
function throwForm(scopes: ReadonlyArray<readonly SourceModel[]>, styles: readonly EnvelopeStyle[]) {
  const rooted = styles.filter((style) => style.root);
  const candidates = [...THROW_FORMS.flatMap((form) => form.carriers), ...rooted.map((style) => style.name)];
  const used = mostUsed(scopes, candidates, carrierVotes);
  return (
    THROW_FORMS.find((form) => form.carriers.some((row) => row === used)) ??
    rooted.find((style) => style.name === used) ??
    DEFAULT_THROW_FORM
  );
}

/** The style of a thrown body when neither the project nor the catalog names one. */
const DEFAULT_BODY_STYLE: EnvelopeStyleId = 'flat';

/** The envelope a thrown body takes: the one the project uses most, else the catalog's, else `flat`. */
function envelopeStyle(
  scopes: ReadonlyArray<readonly SourceModel[]>,
  styles: readonly EnvelopeStyle[],
  catalog: Catalog,
): EnvelopeStyle {
  const bodies = styles.filter((style) => !style.root && style.codeIs === 'string');
  const names = bodies.map((style) => style.name);
  const chosen =
    mostUsed(scopes, names, envelopeVotes) ??
    catalog.envelopes().find((name) => names.includes(name)) ??
    DEFAULT_BODY_STYLE;
  return bodies.find((style) => style.name === chosen) ?? bodies[bodies.length - 1];
}

/** The class a code-defining call bound for a code: in the document first, else exported elsewhere. */
function classOf(
  code: string,
  model: SourceModel,
  workspaceModels: readonly SourceModel[],
): { uri: string; definition: CodeDefinition } | undefined {
  const own = model.definitions.find((definition) => definition.code === code && definition.className);
  if (own) return { uri: model.uri, definition: own };
  for (const other of workspaceModels) {
    if (other.uri === model.uri) continue;
    const definition = other.definitions.find((d) => d.code === code && d.className && d.exported);
    if (definition) return { uri: other.uri, definition };
  }
  return undefined;
}

/** Whether the document ends its statements with semicolons. */
function endsStatements(document: TextDocument): boolean {
  const text = document.getText();
  return text.includes(';\n') || text.trimEnd().endsWith(';');
}

function restOfLineIsBlank(document: TextDocument, slot: StatementSlot): boolean {
  const { line, character } = slot.range.end;
  const rest = document.getText({ start: { line, character }, end: { line: line + 1, character: 0 } });
  return rest.trim().length === 0;
}
