import picomatch from 'picomatch';

/**
 * Where tests, mocks and fixtures live, relative to a workspace folder: their envelopes are
 * assertions and mocks, not what the API sends, so they are no findings and define no codes.
 */
const DEFAULT_TEST_FILES: readonly string[] = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/*.test-d.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/test/**',
  '**/tests/**',
  '**/fixtures/**',
];

/** Tells test files by their path below the workspace folder that holds them. */
export class TestFiles {
  private matches: (path: string) => boolean;

  constructor(
    private readonly roots: readonly string[],
    globs: readonly string[] = DEFAULT_TEST_FILES,
  ) {
    this.matches = picomatch([...globs], { dot: true });
  }

  /** Replaces the globs (the `errorCatalog.testFiles` setting, the CLI's `--test-files`). */
  setGlobs(globs: readonly string[]): void {
    this.matches = picomatch([...globs], { dot: true });
  }

  /** Whether the file at `path` is a test, a mock or a fixture of the folder it lies in. */
  isTestFile(path: string): boolean {
    const root = this.roots
      .filter((candidate) => path.startsWith(`${candidate}/`))
      .sort((a, b) => b.length - a.length)[0];
    if (root === undefined) return false;
    return this.matches(path.slice(root.length + 1));
  }
}
