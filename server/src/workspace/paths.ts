import { normalize } from 'node:path';
import { URI } from 'vscode-uri';

/**
 * The file-system path of a `file:` URI, normalised: `file:///ws/../etc/x.json` is `/etc/x.json`,
 * so a test of whether a path lies in the workspace can compare strings.
 */
export function uriToPath(uri: string): string {
  return normalize(URI.parse(uri).fsPath);
}

/** The `file:` URI of a path, encoded the way VS Code encodes it. */
export function pathToUri(path: string): string {
  return URI.file(path).toString();
}

// Which files are sources is stated in fileKinds.ts; re-exported for the handlers in server/src/lsp.

/** The folder a path lies in (`/` for a path at the top). */
export function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}
