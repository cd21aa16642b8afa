import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceHost } from '../workspace/host';
import { SourceUsages } from '../workspace/sourceUsages';
import { registerCatalogChanges } from './catalogChanges';
import { registerCatalogEntries } from './catalogEntries';
import { registerCatalogStatus } from './catalogStatus';
import { registerImportDocument } from './importDocument';
import type { Engine, Session } from './session';

/**
 * The requests behind the VS Code client's catalog view, language status and commands (see
 * catalogProtocol.ts). Source usages are read from disk only when the view asks for counts.
 */
export function registerCatalogView(session: Session, host: WorkspaceHost): void {
  let engine: Engine | undefined;
  void session.ready().then((ready) => (engine = ready));
  // Usages are only asked for after `ready()`, so the engine is there when this runs.
  const usages = new SourceUsages(
    host,
    () => engine?.index.roots() ?? [],
    (uri, text) => {
      const { context } = engine!;
      const open = session.documents.get(uri);
      if (open) return context.analyze(open);
      // Through the context, so the file's own catalog extensions apply; not kept in its cache.
      const model = context.analyze(TextDocument.create(uri, 'typescript', 0, text));
      context.forget(uri);
      return model;
    },
  );
  registerCatalogEntries(session, usages);
  registerCatalogStatus(session);
  registerCatalogChanges(session, usages);
  registerImportDocument(session, host);
}
