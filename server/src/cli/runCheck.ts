import { relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogProblemDiagnostics } from '../service/diagnostics';
import { getLanguageService } from '../service/languageService';
import type { Settings } from '../service/settings';
import { MAX_SOURCE_BYTES, tooLargeDiagnostic } from '../workspace/fileLimits';
import type { WorkspaceHost } from '../workspace/host';
import { isSourcePath, pathToUri, uriToPath } from '../workspace/paths';
import { walkFiles } from '../workspace/walk';
import { WorkspaceContext } from '../workspace/workspaceContext';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { Finding } from './findings';

export interface CheckResult {
  findings: Finding[];
  /** Source files analysed. */
  filesChecked: number;
  catalogFiles: number;
}

const decoder = new TextDecoder('utf-8');

/**
 * Indexes the catalogs below `root` and validates every source file there, exactly as the
 * language server validates an open document.
 */
export async function runCheck(
  host: WorkspaceHost,
  root: string,
  settings: Settings,
  cwd: string,
): Promise<CheckResult> {
  const index = new WorkspaceIndex(host, { roots: [root], catalogFiles: settings.catalogFiles });
  await index.initialize();
  const context = new WorkspaceContext(index);
  const service = getLanguageService(context);
  const findings: Finding[] = [];
  const display = (path: string) => relative(cwd, path).split('\\').join('/') || path;

  for (const uri of index.catalogUris()) {
    for (const diagnostic of catalogProblemDiagnostics(index.catalogProblems(uri))) {
      findings.push({ path: display(uriToPath(uri)), diagnostic });
    }
  }

  const sources = await walkFiles(host, root, { accept: isSourcePath });
  for (const relativePath of sources) {
    const path = `${root}/${relativePath}`;
    const stat = await host.stat(path);
    if (!stat?.isFile) continue;
    if (stat.size > MAX_SOURCE_BYTES) {
      findings.push({ path: display(path), diagnostic: tooLargeDiagnostic(MAX_SOURCE_BYTES) });
      continue;
    }
    const bytes = await host.readFile(path);
    if (!bytes) continue;
    const document = TextDocument.create(pathToUri(path), 'typescript', 1, decoder.decode(bytes));
    for (const diagnostic of service.doValidation(document, settings)) {
      findings.push({ path: display(path), diagnostic });
    }
    context.forget(document.uri);
  }
  return { findings, filesChecked: sources.length, catalogFiles: index.catalogUris().length };
}
