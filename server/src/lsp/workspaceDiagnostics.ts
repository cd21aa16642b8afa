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
import { prepareSuggestions } from '../service/rules/unknownCode';
import { catalogDiagnostics, slices } from './diagnostics';
import type { Engine, Session } from './session';
import { boundReport } from './reportBound';
import { runSafe } from './request';

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
        // Thousands of files, or a catalog of thousands of codes, make a long pull: it lets other
        // requests in between slices, and stops once the client cancels it.
        const pause = slices();
        for (const model of engine.context.workspaceModels()) {
          if (documents.get(model.uri)) continue;
          await pause();
          if (token.isCancellationRequested) return { items: [] };
          const settings = await settingsOf(model.uri);
          const catalog = engine.context.catalogFor(model.uri);
          let cached = cache.get(model);
          if (!cached || cached.catalog !== catalog || cached.settings !== settings) {
            if (!engine.context.isTestFile?.(model.uri)) {
              await prepareSuggestions(model, catalog, settings, pause);
            }
            const diagnostics = boundReport(engine.service.doModelValidation(model, settings));
            const resultId = await resultIdInSlices(diagnostics, pause);
            cached = { catalog, settings, items: diagnostics, resultId };
            cache.set(model, cached);
          }
          report(model.uri, cached.items, cached.resultId);
        }
        for (const uri of engine.index.catalogUris()) {
          if (documents.get(uri)) continue;
          await pause();
          const diagnostics = await catalogDiagnostics(engine, uri, await settingsOf(uri), true);
          report(uri, diagnostics, await resultIdInSlices(diagnostics, pause));
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
  return new ResultHash().add(JSON.stringify(diagnostics)).id();
}

/**
 * `resultIdOf`, the same id, made a diagnostic at a time with pauses between: the JSON of tens of
 * thousands of findings (a catalog of 50,000 codes, most unused) takes half a second to make and
 * hash in one go.
 */
export async function resultIdInSlices(
  diagnostics: Diagnostic[],
  pause: () => Promise<void>,
): Promise<string> {
  const hash = new ResultHash().add('[');
  for (let i = 0; i < diagnostics.length; i++) {
    if (i > 0) hash.add(',');
    hash.add(JSON.stringify(diagnostics[i]) ?? 'null');
    await pause();
  }
  return hash.add(']').id();
}

/** FNV-1a over a text given in parts, and its length. */
class ResultHash {
  private hash = 0x811c9dc5;
  private length = 0;

  add(text: string): this {
    let hash = this.hash;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    this.hash = hash;
    this.length += text.length;
    return this;
  }

  id(): string {
    return `${(this.hash >>> 0).toString(36)}-${this.length.toString(36)}`;
  }
}
