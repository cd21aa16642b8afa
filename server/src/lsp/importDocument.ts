import { importCatalog } from '../catalog/importCatalog';
import { summarizeProblem } from '../service/catalogSummary';
import { MAX_DOCUMENT_BYTES, readTextWithin, tooLargeReason } from '../workspace/fileLimits';
import type { WorkspaceHost } from '../workspace/host';
import { fileNameOf } from '../workspace/fileKinds';
import { uriToPath } from '../workspace/paths';
import { CatalogMethods, type ImportDocumentParams, type ImportDocumentResult } from './catalogProtocol';
import type { Session } from './session';
import { runSafe } from './request';

/**
 * "Import from Documentation": reads a documentation file (canonical JSON/YAML, Markdown, free
 * text) with the catalog importer and answers its entries; the client writes them into a catalog.
 */
export function registerImportDocument(session: Session, host: WorkspaceHost): void {
  const { connection, documents } = session;
  connection.onRequest(CatalogMethods.importDocument, (params: ImportDocumentParams, token) =>
    runSafe(
      connection.console,
      async (): Promise<ImportDocumentResult> => {
        const path = uriToPath(params.uri);
        const name = fileNameOf(params.uri);
        const open = documents.get(params.uri)?.getText();
        const read =
          open === undefined ? await readTextWithin(host, path, MAX_DOCUMENT_BYTES) : { text: open };
        if ('tooLarge' in read)
          return { error: `${name} was not read: ${tooLargeReason(MAX_DOCUMENT_BYTES)}.` };
        if ('missing' in read) return { error: `${name} could not be read.` };
        const result = importCatalog(read.text, params.uri);
        // The protocol carries what a catalog entry says, not where the document said it.
        const entries = result.entries.map(({ source: _source, variants: _variants, ...entry }) => entry);
        const problems = result.problems.map((problem) => summarizeProblem(params.uri, problem));
        return { entries, problems, unplaced: result.unplaced };
      },
      { error: 'Reading the document failed: see the Error Catalog output.' },
      `import of ${params.uri}`,
      token,
    ),
  );
}
