import type { DirectoryEntry, FileStat, SyncFileView, WorkspaceHost } from './host';

/**
 * An in-memory workspace: absolute POSIX paths mapped to file contents. Directories exist
 * implicitly wherever a file lies below them.
 */
export class MemoryHost implements WorkspaceHost {
  private readonly files = new Map<string, Uint8Array>();

  readonly sync: SyncFileView = {
    fileExists: (path) => this.files.has(path),
    directoryExists: (path) => {
      const prefix = path.endsWith('/') ? path : path + '/';
      for (const key of this.files.keys()) if (key.startsWith(prefix)) return true;
      return false;
    },
    readFile: (path, maxBytes) => {
      const bytes = this.files.get(path);
      return bytes && bytes.byteLength <= maxBytes ? new TextDecoder('utf-8').decode(bytes) : undefined;
    },
  };

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  async readFile(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const file = this.files.get(path);
    if (file) return { size: file.byteLength, isFile: true, isDirectory: false };
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const key of this.files.keys()) {
      if (key.startsWith(prefix)) return { size: 0, isFile: false, isDirectory: true };
    }
    return undefined;
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    const prefix = path.endsWith('/') ? path : path + '/';
    const entries = new Map<string, DirectoryEntry>();
    for (const key of this.files.keys()) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      if (!entries.has(name)) {
        entries.set(name, { name, isFile: slash < 0, isDirectory: slash >= 0, isSymbolicLink: false });
      }
    }
    return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
