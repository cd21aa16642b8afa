import { DocumentDiagnosticReportKind, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { catalogProblemDiagnostics } from '../service/diagnostics';
import { MAX_SOURCE_BYTES, tooLargeDiagnostic } from '../workspace/fileLimits';
import { isSourcePath } from '../workspace/paths';
import type { Session } from './session';
import { runSafe } from './runSafe';

const EMPTY_REPORT: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

/**
 * Pull diagnostics: the client asks per document. Catalog files get their problems, source files
 * the rules' findings; whenever a catalog changes the client is asked to pull again.
 */
export function registerDiagnostics(session: Session): void {
  const { connection, documents } = session;
  connection.languages.diagnostics.on((params, token) =>
    runSafe(
      connection.console,
      async (): Promise<DocumentDiagnosticReport> => {
        const uri = params.textDocument.uri;
        const engine = await session.ready();
        if (engine.index.isCatalogDocument(uri)) {
          return {
            kind: DocumentDiagnosticReportKind.Full,
            items: catalogProblemDiagnostics(engine.index.catalogProblems(uri)),
          };
        }
        const document = documents.get(uri);
        if (!document || !isSourcePath(document.uri)) return EMPTY_REPORT;
        if (engine.context.isTooLarge(document)) {
          return { kind: DocumentDiagnosticReportKind.Full, items: [tooLargeDiagnostic(MAX_SOURCE_BYTES)] };
        }
        const settings = await session.settings.get(uri);
        return {
          kind: DocumentDiagnosticReportKind.Full,
          items: engine.service.doValidation(document, settings),
        };
      },
      EMPTY_REPORT,
      `diagnostics of ${params.textDocument.uri}`,
      token,
    ),
  );
}
