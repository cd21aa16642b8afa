import ignore, { type Ignore } from 'ignore';
import { MAX_IGNORE_FILE_BYTES, readTextWithin } from './fileLimits';
import type { DirectoryEntry, FileStat, SyncFileView, WorkspaceHost } from './host';

/**
 * A workspace host that hides what git ignores: every directory listing leaves out the entries
 * that the `.gitignore` files above them (and the repository's `.git/info/exclude`) match, with
 * git's precedence (a deeper file's rules, and later rules, win). Filtering the listings rather
 * than the walk means every walker built on the host, the catalog index included, honours
 * .gitignore without knowing about it.
 */
/** A bound on the verdicts remembered: one per file asked about. */
const MAX_VERDICTS = 10_000;

export class GitignoreHost implements WorkspaceHost {
  private readonly rules = new Map<string, Promise<Ignore | undefined>>();
  private readonly verdicts = new Map<string, Promise<boolean>>();

  /**
   * @param tops the folders where rule lookup starts: each repository's top (the folder holding
   * `.git`), or a checked folder outside any repository. Listings outside every top are not filtered.
   */
  constructor(
    private readonly inner: WorkspaceHost,
    private readonly tops: readonly string[],
  ) {}

  /** Module resolution reads what an import names, ignored or not, as TypeScript would. */
  get sync(): SyncFileView | undefined {
    return this.inner.sync;
  }

  readFile(path: string): Promise<Uint8Array | undefined> {
    return this.inner.readFile(path);
  }

  stat(path: string): Promise<FileStat | undefined> {
    return this.inner.stat(path);
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    const entries = await this.inner.readDirectory(path);
    const top = this.topOf(path);
    if (top === undefined) return entries;
    const chain: Array<{ folder: string; rules: Ignore }> = [];
    for (const folder of foldersFrom(top, path)) {
      const rules = await this.rulesOf(folder, folder === top);
      if (rules) chain.push({ folder, rules });
    }
    if (chain.length === 0) return entries;
    return entries.filter((entry) => !isIgnored(chain, joinPath(path, entry.name), entry.isDirectory));
  }

  /**
   * Whether git ignores a file: the file itself or a folder above it is matched, as a listing
   * from its top down would leave it out (a file created after the walk is known by its path).
   */
  isIgnored(path: string, isDirectory = false): Promise<boolean> {
    // Asked on every pull of an open document's diagnostics; the rules, once read, do not change.
    const key = `${isDirectory ? 'd' : 'f'}${path}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      if (this.verdicts.size >= MAX_VERDICTS) this.verdicts.clear();
      verdict = this.decide(path, isDirectory);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  private async decide(path: string, isDirectory: boolean): Promise<boolean> {
    const top = this.topOf(path);
    if (top === undefined || path === top) return false;
    const folders = foldersFrom(top, parentOf(path) ?? top);
    const chain: Array<{ folder: string; rules: Ignore }> = [];
    for (let i = 0; i < folders.length; i++) {
      const rules = await this.rulesOf(folders[i], i === 0);
      if (rules) chain.push({ folder: folders[i], rules });
      // The entry of this folder on the way down: the next folder, or the file itself.
      const entry = i + 1 < folders.length ? folders[i + 1] : path;
      if (chain.length > 0 && isIgnored(chain, entry, entry !== path || isDirectory)) return true;
    }
    return false;
  }

  /** The outermost top that contains the folder, so rules from the repository's top apply. */
  private topOf(path: string): string | undefined {
    let found: string | undefined;
    for (const top of this.tops) {
      if (isWithin(top, path) && (found === undefined || top.length < found.length)) found = top;
    }
    return found;
  }

  private rulesOf(folder: string, isTop: boolean): Promise<Ignore | undefined> {
    let rules = this.rules.get(folder);
    if (!rules) {
      rules = this.loadRules(folder, isTop);
      this.rules.set(folder, rules);
    }
    return rules;
  }

  private async loadRules(folder: string, isTop: boolean): Promise<Ignore | undefined> {
    const sources = [joinPath(folder, '.gitignore')];
    if (isTop) sources.unshift(joinPath(folder, '.git/info/exclude'));
    const texts: string[] = [];
    for (const source of sources) {
      const read = await readTextWithin(this.inner, source, MAX_IGNORE_FILE_BYTES);
      if ('text' in read) texts.push(read.text);
    }
    return texts.length > 0 ? ignore().add(texts.join('\n')) : undefined;
  }
}

/**
 * Finds where .gitignore rules start for a folder: the nearest folder at or above it that holds
 * `.git` (a repository's top), or the folder itself when it lies in no repository or in a part
 * of one that the repository ignores.
 */
export async function findIgnoreTop(host: WorkspaceHost, folder: string): Promise<string> {
  for (let current = folder; ;) {
    if (await host.stat(joinPath(current, '.git'))) {
      // A folder the repository ignores (a scratch copy under `.e2e/`) was named on purpose: its
      // own .gitignore files apply, not the rule that hides it.
      if (current !== folder && (await new GitignoreHost(host, [current]).isIgnored(folder, true))) {
        return folder;
      }
      return current;
    }
    const parent = parentOf(current);
    if (parent === undefined) return folder;
    current = parent;
  }
}

function isIgnored(
  chain: Array<{ folder: string; rules: Ignore }>,
  path: string,
  isDirectory: boolean,
): boolean {
  let ignored = false;
  for (const { folder, rules } of chain) {
    const relative = path.slice(folder.length === 1 ? 1 : folder.length + 1) + (isDirectory ? '/' : '');
    try {
      const result = rules.test(relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    } catch {
      // A name `ignore` refuses as a path (none a directory listing yields) is simply kept.
    }
  }
  return ignored;
}

/** The folders from `top` down to `folder`, both included. */
function foldersFrom(top: string, folder: string): string[] {
  const folders = [top];
  if (folder === top) return folders;
  const rest = folder.slice(top.length === 1 ? 1 : top.length + 1).split('/');
  let current = top;
  for (const name of rest) {
    current = joinPath(current, name);
    folders.push(current);
  }
  return folders;
}

function isWithin(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : folder + '/');
}

function joinPath(folder: string, name: string): string {
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}

function parentOf(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  if (slash < 0 || path === '/') return undefined;
  return slash === 0 ? '/' : path.slice(0, slash);
}
