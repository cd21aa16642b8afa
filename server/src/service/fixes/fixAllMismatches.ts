import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { comparePositions } from '../positions';
import type { StatusMismatchData } from '../rules/statusMismatch';
import { changeStatusFixes } from './changeStatus';
import type { FixInput } from './fix';

/** The kind of the source action that fixes every status mismatch of a file at once. */
export const FIX_ALL_KIND = 'source.fixAll.errorCatalog';

/**
 * "Fix all status mismatches in file": the preferred status change of every mismatch that has
 * exactly one right answer (a code with one catalog status, a problem body's status). Mismatches
 * whose edits would collide (two codes that want different statuses from one `res.status()`) are
 * left for the author to decide.
 */
export function fixAllMismatches(mismatches: Diagnostic[], input: FixInput): CodeAction[] {
  const proposals: TextEdit[][] = [];
  for (const diagnostic of mismatches) {
    const data = diagnostic.data as StatusMismatchData | undefined;
    if (data?.kind === 'catalog' && data.expected.length !== 1) continue;
    const preferred = changeStatusFixes(diagnostic, input).find((action) => action.isPreferred);
    const edits = preferred?.edit?.changes?.[input.document.uri];
    if (edits) proposals.push(edits);
  }
  const edits = withoutCollisions(proposals);
  if (edits.length === 0) return [];
  return [
    {
      title: 'Fix all status mismatches in file',
      kind: FIX_ALL_KIND,
      edit: { changes: { [input.document.uri]: edits } },
    },
  ];
}

/**
 * Joins each fix's edits, once each: the same edit proposed twice (one status shared by two codes
 * that agree) is kept once, and a fix that overlaps another fix's different edit is dropped with
 * everything that collides with it.
 */
function withoutCollisions(proposals: TextEdit[][]): TextEdit[] {
  const key = (edit: TextEdit) => JSON.stringify(edit);
  const rejected = new Set<number>();
  for (let i = 0; i < proposals.length; i++) {
    for (let j = i + 1; j < proposals.length; j++) {
      if (proposals[i].some((a) => proposals[j].some((b) => key(a) !== key(b) && overlaps(a, b)))) {
        rejected.add(i);
        rejected.add(j);
      }
    }
  }
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  proposals.forEach((proposal, index) => {
    if (rejected.has(index)) return;
    for (const edit of proposal) {
      if (seen.has(key(edit))) continue;
      seen.add(key(edit));
      edits.push(edit);
    }
  });
  return edits;
}

/** Two edits touch the same text. Two insertions at one point do not: both are made, in order. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;
}
