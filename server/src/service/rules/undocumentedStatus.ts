import type { StatusSite } from '../../analysis/types';
import { formatStatus } from '../statusText';
import type { SourceRule } from './rule';

interface UndocumentedStatusData {
  status: number;
  site: StatusSite;
  /** The error statuses the catalog lists, for a fix that picks one. */
  documented: number[];
}

/** Statuses below this are not errors: a status-only error catalog has no reason to list them. */
const FIRST_ERROR_STATUS = 400;

/**
 * With a status-only catalog (the API documents its statuses, not codes), a response that sends an
 * error status the documentation does not list.
 */
export const undocumentedStatusRule: SourceRule = {
  id: 'undocumented-status',
  description: 'A response sends a status that the status-only error catalog does not list.',
  defaultSeverity: 'warning',
  check({ model, catalog }) {
    if (!catalog.statusOnly) return [];
    const documented = catalog.statuses();
    return model.statuses
      .filter((site) => site.value >= FIRST_ERROR_STATUS && !documented.includes(site.value))
      .map((site) => {
        const data: UndocumentedStatusData = { status: site.value, site, documented };
        return {
          range: site.range,
          message: `${formatStatus(site.value)} is not one of the statuses the API's error catalog documents.`,
          data,
        };
      });
  },
};
