import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../generator/random';

/** The seed of every draw: changing it changes every sample. */
export const SEED = 14;

/** A line a plain text scan takes for a possible raise site. */
export interface Candidate {
  /** Relative to the repository root, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  kind: 'new-error' | 'code' | 'status';
}

const PATTERNS: ReadonlyArray<{ kind: Candidate['kind']; regex: RegExp }> = [
  // `new ForbiddenError(`, `new NotFoundException(`: the class name.
  { kind: 'new-error', regex: /\bnew\s+([A-Z]\w*(?:Error|Exception))\s*\(/ },
  // `code: 'NOT_FOUND'` (or `error:`, `errorCode:`) with "error" on this line or the three above.
  { kind: 'code', regex: /\b(?:code|errorCode|error)\s*:\s*['"`]([A-Za-z][\w.\-/]*)['"`]/ },
  // `res.status(404)`, `reply.code(403)`, `{ status: 404 }`, `statusCode: 401`.
  { kind: 'status', regex: /(?:\.(?:status|code)\(\s*|\bstatus(?:Code)?\s*:\s*)([45]\d\d)\b/ },
];

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', '.git']);

/** Test code, never sampled and counted apart in the findings. */
export function isTestPath(path: string): boolean {
  return /(^|\/)(__tests__|__mocks__|tests?|e2e)\//.test(path) || /\.(test|spec)[.-][^/]*$/.test(path);
}

function isTypeScript(path: string): boolean {
  return /\.(ts|tsx|mts|cts)$/.test(path) && !/\.d\.[mc]?ts$/.test(path);
}

/** TypeScript files under `folder`, relative to `root`, in sorted order. */
function listFiles(root: string, folder: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(join(root, folder), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) files.push(...listFiles(root, path));
    else if (entry.isFile() && isTypeScript(path) && !isTestPath(path)) files.push(path);
  }
  return files;
}

function scanLine(lines: string[], index: number): Omit<Candidate, 'file'> | undefined {
  const text = lines[index];
  if (/^\s*(\/\/|\/\*|\*)/.test(text)) return undefined;
  let best: Omit<Candidate, 'file'> | undefined;
  for (const { kind, regex } of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    if (kind === 'code' && !/error/i.test(lines.slice(Math.max(0, index - 3), index + 1).join('\n')))
      continue;
    const column = match.index + match[0].lastIndexOf(match[1]) + 1;
    if (!best || column < best.column) best = { line: index + 1, column, kind };
  }
  return best;
}

/** Every candidate raise site under the scanned folders, at most one a line, in file and line order. */
export function scanCandidates(root: string, folders: readonly string[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const file of [...new Set(folders.flatMap((folder) => listFiles(root, folder)))].sort()) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let index = 0; index < lines.length; index++) {
      const found = scanLine(lines, index);
      if (found) candidates.push({ file, ...found });
    }
  }
  return candidates;
}

/** The candidates in the order the fixed seed draws them (a Fisher–Yates shuffle). */
export function drawOrder(candidates: readonly Candidate[], seed = SEED): Candidate[] {
  const order = [...candidates];
  const random = new Random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
