import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceHost } from '../workspace/host';
import { isSourcePath, pathToUri } from '../workspace/paths';
import { walkFiles } from '../workspace/walk';
import type { WorkspaceContext } from '../workspace/workspaceContext';
import type { Progress } from './progress';
import type { Targets } from './targets';

/** Every source file the targets name, absolute, each once, in path order. */
export async function listSources(host: WorkspaceHost, targets: Targets): Promise<string[]> {
  const found = new Set<string>(targets.files);
  for (const folder of targets.folders) {
    for (const relativePath of await walkFiles(host, folder, { accept: isSourcePath })) {
      found.add(`${folder}/${relativePath}`);
    }
  }
  return [...found].sort();
}

const LANGUAGE_IDS: Record<string, string> = {
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescriptreact',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascriptreact',
};

export interface SourceScan {
  /** The analysed-document view the language features take. */
  context: WorkspaceContext;
  /** Called for each source that may hold a reference, with the document to analyse. */
  visit(document: TextDocument): void;
}

/**
 * Reads each source once and hands it to `scan.visit`, forgetting its analysis afterwards so
 * memory stays flat however large the workspace.
 */
export async function scanSources(
  host: WorkspaceHost,
  paths: readonly string[],
  scan: SourceScan,
  progress: Progress,
): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  for (let index = 0; index < paths.length; index++) {
    progress.update('Checking files', index, paths.length);
    const path = paths[index];
    const bytes = await host.readFile(path);
    if (!bytes) continue;
    const extension = path.slice(path.lastIndexOf('.') + 1);
    const document = TextDocument.create(
      pathToUri(path),
      LANGUAGE_IDS[extension] ?? 'typescript',
      1,
      decoder.decode(bytes),
    );
    scan.visit(document);
    scan.context.forget(document.uri);
  }
  progress.done();
}
