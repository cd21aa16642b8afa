import type { SyncFileView } from './host';
import { MAX_SOURCE_BYTES } from './fileLimits';
import { uriToPath } from './paths';

/**
 * A quoted word: what a test writes a code as (`toBe('FORBIDDEN')`, `{ code: "not_found" }`), at
 * most as long as a code may be (`MAX_CODE_LENGTH`).
 */
const QUOTED_WORD = /(['"`])([^'"`\\\s]{1,128})\1/g;

/**
 * The codes each test file mentions. Tests are not analysed (their envelopes are mocks and
 * assertions, not the API), but a code the API never sends and only a test asserts is worth
 * telling apart from one nobody mentions at all: "used only in tests". The files are read when a
 * count is first asked for (unused-code, `list --unused`), never by a `check` that asks none.
 */
export class TestMentions {
  /** The test files, each with its words once read. */
  private readonly byFile = new Map<string, ReadonlySet<string> | undefined>();
  /** How many test files mention each word; rebuilt when a file changes. */
  private counts: Map<string, number> | undefined;

  constructor(private readonly view: SyncFileView | undefined) {}

  /** A test file was found or changed: its words are read again when next counted. */
  add(uri: string): void {
    this.byFile.set(uri, undefined);
    this.counts = undefined;
  }

  /** Forgets the files that are no longer there (or no longer tests). */
  keepOnly(isKept: (uri: string) => boolean): void {
    for (const uri of [...this.byFile.keys()]) {
      if (isKept(uri)) continue;
      this.byFile.delete(uri);
      this.counts = undefined;
    }
  }

  /** How many test files mention a code. */
  filesMentioning(code: string): number {
    if (!this.counts) {
      this.counts = new Map();
      for (const [uri, read] of this.byFile) {
        const words = read ?? this.read(uri);
        for (const word of words) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
      }
    }
    return this.counts.get(code) ?? 0;
  }

  private read(uri: string): ReadonlySet<string> {
    const words = new Set<string>();
    const text = this.view?.readFile(uriToPath(uri), MAX_SOURCE_BYTES) ?? '';
    for (const match of text.matchAll(QUOTED_WORD)) words.add(match[2]);
    this.byFile.set(uri, words);
    return words;
  }
}
