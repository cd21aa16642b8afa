import type { Range } from 'vscode-languageserver-types';
import type { SourceModel } from '../../analysis/types';
import { comparePositions, rangeWithin } from '../positions';

/** A status a handler sends, where it is written, and the code sent with it, if any. */
export interface SentStatus {
  status: number;
  range: Range;
  code?: string;
}

/**
 * The statuses sent in a stretch of a document: every carrier's status (`res.status(409)`,
 * `reply.code(400)`, `throw new NotFoundException()`), and those of errors whose status another
 * file states (`throw new OrderShippedError()` of an imported class), at the construction.
 */
export function sentStatuses(model: SourceModel, range: Range): SentStatus[] {
  const sent = new Map<string, SentStatus>();
  const add = (entry: SentStatus) => {
    const key = `${entry.range.start.line}:${entry.range.start.character}:${entry.status}`;
    const known = sent.get(key);
    if (!known) sent.set(key, entry);
    else if (!known.code && entry.code) known.code = entry.code;
  };
  const bySite = new Map<string, string>();
  for (const reference of model.references) {
    if (!reference.status || !rangeWithin(range, reference.range)) continue;
    const site = reference.status.range;
    if (rangeWithin(range, site)) bySite.set(`${site.start.line}:${site.start.character}`, reference.code);
    // The status is stated elsewhere (the class's own file): the construction is where it is sent.
    else add({ status: reference.status.value, range: reference.range, code: reference.code });
  }
  for (const site of model.statuses) {
    if (!rangeWithin(range, site.range)) continue;
    add({
      status: site.value,
      range: site.range,
      code: bySite.get(`${site.range.start.line}:${site.range.start.character}`),
    });
  }
  return [...sent.values()].sort((a, b) => comparePositions(a.range.start, b.range.start));
}
