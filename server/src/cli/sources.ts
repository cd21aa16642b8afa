import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceHost } from '../workspace/host';
import { isSourcePath, pathToUri } from '../workspace/paths';
import { MAX_SOURCE_BYTES } from '../workspace/sourceIndex';
import { walkFiles } from '../workspace/walk';
import type { WorkspaceContext } from '../workspace/workspaceContext';
import type { Progress } from './progress';

/** Every source file below the folders, plus the files named, absolute, each once, in path order. */
export async function listSources(
  host: WorkspaceHost,
  folders: readonly string[],
  files: readonly string[] = [],
): Promise<string[]> {
  const found = new Set<string>(files);
  for (const folder of folders) {
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

/**
 * Analyses every source once, as the language server indexes a workspace: the codes a file defines
 * (`createError(...)`) join the catalog, and each model stays cached in the context, so that a
 * class imported from another file resolves and validating a document re-parses nothing. Returns
 * the documents of the paths `keep` accepts, for the features to run on.
 */
export async function indexSources(
  host: WorkspaceHost,
  paths: readonly string[],
  context: WorkspaceContext,
  keep: (path: string) => boolean,
  progress: Progress,
): Promise<TextDocument[]> {
  const decoder = new TextDecoder('utf-8');
  const kept: TextDocument[] = [];
  for (let index = 0; index < paths.length; index++) {
    progress.update('Analysing files', index, paths.length);
    const path = paths[index];
    const stat = await host.stat(path);
    // Minified bundles and generated code: the language server skips them too.
    if (!stat?.isFile || stat.size > MAX_SOURCE_BYTES) continue;
    const bytes = await host.readFile(path);
    if (!bytes) continue;
    const extension = path.slice(path.lastIndexOf('.') + 1);
    const document = TextDocument.create(
      pathToUri(path),
      LANGUAGE_IDS[extension] ?? 'typescript',
      1,
      decoder.decode(bytes),
    );
    context.analyze(document);
    if (keep(path)) kept.push(document);
  }
  progress.done();
  return kept;
}
