import type { StatusSite } from '../../analysis/types';
import { formatStatus } from '../statusText';
import type { SourceRule } from './rule';

export interface StatusMismatchData {
  code: string;
  /** The statuses the catalog gives the code. */
  expected: number[];
  sent: number;
  site: StatusSite;
}

/** The response sends a status the catalog does not give the code (a FORBIDDEN sent as 404). */
export const statusMismatchRule: SourceRule = {
  id: 'status-mismatch',
  defaultSeverity: 'warning',
  check({ model, catalog }) {
    return model.references.flatMap((reference) => {
      const site = reference.status;
      const entry = catalog.lookup(reference.code);
      if (!site || !entry || entry.statuses.length === 0 || entry.statuses.includes(site.value)) return [];
      const expected = entry.statuses.map(formatStatus).join(' or ');
      const data: StatusMismatchData = { code: entry.code, expected: entry.statuses, sent: site.value, site };
      return [
        {
          range: site.range,
          message: `'${entry.code}' is ${expected} in the error catalog, but this response sends ${formatStatus(site.value)}.`,
          data,
        },
      ];
    });
  },
};
