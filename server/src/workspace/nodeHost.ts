import { promises as fs } from 'node:fs';
import type { DirectoryEntry, FileStat, WorkspaceHost } from './host';

/** The workspace host over the real file system, used by the language server and the CLI. */
export const nodeHost: WorkspaceHost = {
  async readFile(path) {
    try {
      return await fs.readFile(path);
    } catch {
      return undefined;
    }
  },
  async stat(path): Promise<FileStat | undefined> {
    try {
      const s = await fs.stat(path);
      return { size: s.size, isFile: s.isFile(), isDirectory: s.isDirectory() };
    } catch {
      return undefined;
    }
  },
  async readDirectory(path): Promise<DirectoryEntry[]> {
    try {
      const entries = await fs.readdir(path, { withFileTypes: true });
      return entries.map((e) => ({
        name: e.name,
        isFile: e.isFile(),
        isDirectory: e.isDirectory(),
        isSymbolicLink: e.isSymbolicLink(),
      }));
    } catch {
      return [];
    }
  },
};
