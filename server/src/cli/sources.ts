import type { WorkspaceHost } from '../workspace/host';
import { isSourcePath } from '../workspace/fileKinds';
import { walkFiles } from '../workspace/walk';

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
