import { loadCatalogDocument } from '../catalog/loaders';
import type { WorkspaceHost } from '../workspace/host';
import { uriToPath } from '../workspace/paths';
import { CatalogMethods, type ImportDocumentParams, type ImportDocumentResult } from './catalogProtocol';
import { summarizeProblem } from './catalogSummaries';
import type { Session } from './session';
import { runSafe } from './runSafe';

const decoder = new TextDecoder('utf-8');

/**
 * "Import from Documentation": reads a documentation file with the catalog loader its name calls
 * for and answers its entries; the client writes them into a canonical catalog.
 */
export function registerImportDocument(session: Session, host: WorkspaceHost): void {
  const { connection, documents } = session;
  connection.onRequest(CatalogMethods.importDocument, (params: ImportDocumentParams, token) =>
    runSafe(
      connection.console,
      async (): Promise<ImportDocumentResult> => {
        const path = uriToPath(params.uri);
        const name = path.slice(path.lastIndexOf('/') + 1);
        const open = documents.get(params.uri)?.getText();
        const bytes = open === undefined ? await host.readFile(path) : undefined;
        if (open === undefined && bytes === undefined) return { error: `${name} could not be read.` };
        const result = loadCatalogDocument(name, params.uri, open ?? decoder.decode(bytes));
        if (!result)
          return { error: `No catalog loader reads ${name}: its format is not one Error Catalog knows.` };
        const entries = result.entries.map(
          ({ code, statuses, title, description, aliases, deprecated, docs }) => ({
            code,
            statuses,
            title,
            description,
            aliases,
            deprecated,
            docs,
          }),
        );
        return { entries, problems: result.problems.map((problem) => summarizeProblem(params.uri, problem)) };
      },
      { error: 'Reading the document failed: see the Error Catalog output.' },
      `import of ${params.uri}`,
      token,
    ),
  );
}
