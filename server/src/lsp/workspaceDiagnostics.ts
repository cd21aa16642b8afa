import {
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { Settings } from '../service/settings';
import { pathToUri } from '../workspace/paths';
import { catalogDiagnostics } from './diagnostics';
import type { Engine, Session } from './session';
import { runSafe } from './runSafe';

/** A source file's findings, kept while its model, its catalog and its settings stay the same. */
interface CachedReport {
  catalog: Catalog;
  settings: Settings;
  items: Diagnostic[];
  resultId: string;
}

/**
 * Workspace diagnostics: the findings of every source and catalog file of the workspace, open or
 * not, for the Problems panel. The client pulls again every few seconds with the result id of each
 * file's last report; a file whose findings did not change is answered `unchanged`. Open documents
 * are left to the document pull, which sees their unsaved text.
 */
export function registerWorkspaceDiagnostics(session: Session): void {
  const { connection, documents } = session;
  const cache = new WeakMap<SourceModel, CachedReport>();
  connection.languages.diagnostics.onWorkspace((params, token) =>
    runSafe(
      connection.console,
      async (): Promise<WorkspaceDiagnosticReport> => {
        const engine = await session.ready();
        await engine.sources.initialize();
        const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]));
        const settingsOf = folderSettings(session, engine);
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        const report = (uri: string, diagnostics: Diagnostic[], resultId = resultIdOf(diagnostics)) => {
          items.push(
            previous.get(uri) === resultId
              ? { uri, version: null, kind: DocumentDiagnosticReportKind.Unchanged, resultId }
              : { uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics },
          );
        };
        for (const model of engine.context.workspaceModels()) {
          if (documents.get(model.uri)) continue;
          const settings = await settingsOf(model.uri);
          const catalog = engine.context.catalogFor(model.uri);
          let cached = cache.get(model);
          if (!cached || cached.catalog !== catalog || cached.settings !== settings) {
            const diagnostics = engine.service.doModelValidation(model, settings);
            cached = { catalog, settings, items: diagnostics, resultId: resultIdOf(diagnostics) };
            cache.set(model, cached);
          }
          report(model.uri, cached.items, cached.resultId);
        }
        for (const uri of engine.index.catalogUris()) {
          if (documents.get(uri)) continue;
          report(uri, await catalogDiagnostics(engine, uri, await settingsOf(uri), true));
        }
        // A file reported before that is gone now (deleted, or no longer a catalog): clear it.
        const reported = new Set(items.map((item) => item.uri));
        for (const uri of previous.keys()) {
          if (!reported.has(uri) && !documents.get(uri)) report(uri, []);
        }
        return { items };
      },
      { items: [] },
      'workspace diagnostics',
      token,
    ),
  );
}

/** Settings per workspace folder: one `workspace/configuration` request per folder, not per file. */
function folderSettings(session: Session, engine: Engine): (uri: string) => Promise<Settings> {
  const roots = engine.index.roots().map((root) => ({ root, uri: pathToUri(root) }));
  return (uri) => {
    const folder = roots.find(({ uri: rootUri }) => uri === rootUri || uri.startsWith(`${rootUri}/`));
    return session.settings.get(folder?.uri ?? uri);
  };
}

/** A short id that changes whenever the diagnostics do (FNV-1a over their JSON). */
export function resultIdOf(diagnostics: Diagnostic[]): string {
  const text = JSON.stringify(diagnostics);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}-${text.length.toString(36)}`;
}
