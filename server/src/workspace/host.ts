/**
 * File access of the engine. The language server and the CLI use the Node file system; tests use
 * an in-memory workspace, so every layer above runs on the same code.
 */
export interface FileStat {
  size: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface WorkspaceHost {
  /** Reads a file as bytes; undefined when it does not exist or cannot be read. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  stat(path: string): Promise<FileStat | undefined>;
  /** Lists a directory's entries (names only); empty when it cannot be read. */
  readDirectory(path: string): Promise<DirectoryEntry[]>;
}

export interface DirectoryEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}
