import type { TextDocument } from 'vscode-languageserver-textdocument';
import { statusConstantName } from '../../analysis/statusNames';
import type { SourceModel } from '../../analysis/types';
import { isIdentifierCharacter } from './cursorToken';

/** What a source model says about how its file writes errors: one vote per use. */
type Votes = (model: SourceModel) => Iterable<string>;

/** The carriers and styles a file uses: each status site's carrier and each code's style. */
export const carrierVotes: Votes = (model) => [
  ...model.statuses.map((site) => site.carrier),
  ...model.references.map((reference) => reference.style),
];

/** The envelope styles of the bodies a file writes. */
export const envelopeVotes: Votes = (model) =>
  model.references.filter((reference) => reference.kind === 'envelope').map((reference) => reference.style);

/**
 * Of `candidates`, the one the sources use most: the document's own uses decide, and only when it
 * has none does the workspace. Ties go to the earlier candidate.
 */
export function mostUsed(
  scopes: ReadonlyArray<readonly SourceModel[]>,
  candidates: readonly string[],
  votes: Votes,
): string | undefined {
  for (const models of scopes) {
    const counts = new Map<string, number>();
    for (const model of models) {
      for (const vote of votes(model)) {
        if (candidates.includes(vote)) counts.set(vote, (counts.get(vote) ?? 0) + 1);
      }
    }
    let best: string | undefined;
    for (const candidate of candidates) {
      if ((counts.get(candidate) ?? 0) > (best === undefined ? 0 : counts.get(best)!)) best = candidate;
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

/** The candidates ordered by use in the sources, most used first; unused ones keep their order. */
export function byUse(
  scopes: ReadonlyArray<readonly SourceModel[]>,
  candidates: readonly string[],
  votes: Votes,
): string[] {
  const counts = new Map<string, number>();
  for (const models of scopes) {
    for (const model of models) {
      for (const vote of votes(model)) counts.set(vote, (counts.get(vote) ?? 0) + 1);
    }
  }
  return candidates
    .map((candidate, index) => ({ candidate, index, count: counts.get(candidate) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map(({ candidate }) => candidate);
}

/**
 * How the document writes a status: `HttpStatus.FORBIDDEN` when it names its statuses through a
 * status namespace (the one it uses most), else the number.
 */
export function statusWriter(document: TextDocument, model: SourceModel): (status: number) => string {
  const namespaces = new Map<string, { count: number; pascal: boolean }>();
  const text = document.getText();
  for (const site of model.statuses) {
    if (site.form !== 'member') continue;
    const start = document.offsetAt(site.range.start);
    const namespace = identifierBefore(text, start - 1);
    if (!namespace || text[start - 1] !== '.') continue;
    const member = document.getText(site.range);
    const seen = namespaces.get(namespace) ?? { count: 0, pascal: member !== member.toUpperCase() };
    seen.count++;
    namespaces.set(namespace, seen);
  }
  const [namespace, usage] = [...namespaces].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
  return (status) => {
    const name = usage && statusConstantName(status, usage.pascal ? 'pascal' : 'snake');
    return namespace && name ? `${namespace}.${name}` : String(status);
  };
}

/** The identifier that ends just before `end` (exclusive of a `.` at `end`). */
function identifierBefore(text: string, end: number): string | undefined {
  let start = end;
  while (start > 0 && isIdentifierCharacter(text[start - 1])) start--;
  return start < end ? text.slice(start, end) : undefined;
}
