import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { ServiceContext } from '../context';
import { codeCompletions } from './codeCompletion';
import { envelopeCompletions } from './envelopeCompletion';
import { CompletionProbe } from './probe';
import { statusCompletions } from './statusCompletion';
import { documentedStatusesAt } from '../routes/routeAt';
import { throwCompletions } from './throwCompletion';

const NONE: CompletionList = { isIncomplete: false, items: [] };

/**
 * Completion in a source document, by what the cursor is on: a code position (catalog codes), a
 * carrier's status (catalog statuses), `throw ` (whole throw statements), or a statement of its own
 * (envelope snippets). The first that applies answers. `triggerCharacter` is the character whose
 * typing asked, if one did: it rules out what that character cannot start.
 */
export function doComplete(
  document: TextDocument,
  position: Position,
  context: ServiceContext,
  triggerCharacter?: string,
): CompletionList {
  const lineBefore = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const wanted = completionsAfter(triggerCharacter, lineBefore);
  if (!wanted.values && !wanted.statements) return NONE;
  const model = context.analyze(document);
  const catalog = context.catalogFor(document.uri);
  const probe = new CompletionProbe(document, position, catalog, context.syntaxTree?.(document));
  if (wanted.values) {
    const codes = codeCompletions(probe, model, catalog);
    if (codes) return codes;
    const statuses = statusCompletions(
      probe,
      catalog,
      documentedStatusesAt(document.uri, position, context, catalog),
    );
    if (statuses) return { isIncomplete: false, items: statuses };
  }
  const slot = wanted.statements ? probe.statementSlot() : undefined;
  if (!slot) return NONE;
  const workspaceModels = context.workspaceModels();
  const quote = probe.quote(model);
  if (slot.kind === 'throw') {
    return {
      isIncomplete: false,
      items: throwCompletions(slot, {
        document,
        sourceFile: probe.sourceFile,
        model,
        workspaceModels,
        catalog,
        quote,
      }),
    };
  }
  const typed = document.getText(slot.range);
  return {
    isIncomplete: false,
    items: envelopeCompletions(slot, typed, { catalog, scopes: [[model], workspaceModels], quote }),
  };
}

/**
 * What a trigger character can start: a quote or `(` a code or a status, a space a code or status
 * after `:` `(` `,` `=`, or a statement after `throw` / `new`. Typing a word, or asking outright,
 * may start anything.
 */
function completionsAfter(
  triggerCharacter: string | undefined,
  lineBefore: string,
): { values: boolean; statements: boolean } {
  if (triggerCharacter === undefined) return { values: true, statements: true };
  if (triggerCharacter !== ' ') return { values: true, statements: false };
  const before = lineBefore.trimEnd();
  let wordStart = before.length;
  while (wordStart > 0 && before[wordStart - 1] >= 'a' && before[wordStart - 1] <= 'z') wordStart--;
  const lastWord = before.slice(wordStart);
  return {
    values: before.length > 0 && ':(,='.includes(before[before.length - 1]),
    statements: lastWord === 'throw' || lastWord === 'new',
  };
}
