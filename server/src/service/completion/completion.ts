import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { ServiceContext } from '../context';
import { codeCompletions } from './codeCompletion';
import { envelopeCompletions } from './envelopeCompletion';
import { CompletionProbe } from './probe';
import { statusCompletions } from './statusCompletion';
import { throwCompletions } from './throwCompletion';

/**
 * Completion in a source document, by what the cursor is on: a code position (catalog codes), a
 * carrier's status (catalog statuses), `throw ` (whole throw statements), or a statement of its own
 * (envelope snippets). The first that applies answers.
 */
export function doComplete(
  document: TextDocument,
  position: Position,
  context: ServiceContext,
): CompletionList {
  const model = context.analyze(document);
  const catalog = context.catalogFor(document.uri);
  const probe = new CompletionProbe(document, position, catalog);
  const items = codeCompletions(probe, model, catalog) ?? statusCompletions(probe, catalog);
  if (items) return { isIncomplete: false, items };
  const slot = probe.statementSlot();
  if (!slot) return { isIncomplete: false, items: [] };
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
