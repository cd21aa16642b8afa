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

/** Extensions of the documents the analyser reads. */
export const SOURCE_EXTENSIONS: readonly string[] = [
  '.ts',
  '.tsx',
  '.js',
  '.jsx',
  '.mts',
  '.cts',
  '.mjs',
  '.cjs',
];

export function isSourcePath(path: string): boolean {
  if (path.endsWith('.d.ts')) return false;
  return SOURCE_EXTENSIONS.some((extension) => path.endsWith(extension));
}

/** The folder a path lies in (`/` for a path at the top). */
export function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}
