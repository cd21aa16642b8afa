/**
 * File access of the engine. The language server and the CLI use the Node file system; tests use
 * an in-memory workspace, so every layer above runs on the same code.
 */
export interface FileStat {
  size: number;
  isFile: boolean;
  isDirectory: boolean;
}

/**
 * Synchronous reads for module resolution, which TypeScript's resolver asks for one candidate at a
 * time while a request is being answered. Only files below a size bound are read.
 */
export interface SyncFileView {
  fileExists(path: string): boolean;
  directoryExists(path: string): boolean;
  /** The text of a file; undefined when it does not exist, cannot be read or is too large. */
  readFile(path: string, maxBytes: number): string | undefined;
}

export interface WorkspaceHost {
  /** Synchronous reads, where the host can offer them; without, imports resolve among indexed files only. */
  readonly sync?: SyncFileView;
  /** Reads a file as bytes; undefined when it does not exist or cannot be read. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  stat(path: string): Promise<FileStat | undefined>;
  /** Lists a directory's entries (names only); empty when it cannot be read. */
  readDirectory(path: string): Promise<DirectoryEntry[]>;
  /**
   * The path with every symbolic link in it resolved, or undefined when it does not exist. A host
   * without links (an in-memory workspace) need not offer it.
   */
  realPath?(path: string): string | undefined;
}

export interface DirectoryEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}
