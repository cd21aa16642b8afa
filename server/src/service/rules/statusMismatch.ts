import { REFERENCE_KINDS } from '../../analysis/referenceKinds';
import type { CodeReference, StatusSite } from '../../analysis/types';
import type { CatalogEntry } from '../../catalog/types';
import { entryOf } from '../entryOf';
import { formatStatus } from '../statusText';
import type { RuleFinding, SourceRule } from './rule';

/** A code sent with a status the catalog does not give it. */
interface CatalogMismatchData {
  kind: 'catalog';
  code: string;
  /** The statuses the catalog gives the code. */
  expected: number[];
  sent: number;
  site: StatusSite;
  /** Where the code is written, for "Use code X"; absent where the code cannot be swapped. */
  codeRange?: CodeReference['range'];
}

/** An RFC 9457 problem body whose `status` is not the status of the response that sends it. */
interface ProblemMismatchData {
  kind: 'problem';
  body: StatusSite;
  response: StatusSite;
}

export type StatusMismatchData = CatalogMismatchData | ProblemMismatchData;

/**
 * The response sends a status the catalog does not give the code (a FORBIDDEN sent as 404); a
 * code-defining call gives its class such a status; or a problem details body states a status
 * other than the response's, which RFC 9457 forbids.
 */
export const statusMismatchRule: SourceRule = {
  id: 'status-mismatch',
  description: 'A response sends a status that the error catalog does not give its code.',
  defaultSeverity: 'warning',
  check({ model, catalog }) {
    const findings: RuleFinding[] = [];
    for (const reference of model.references) {
      const { statusCheck } = REFERENCE_KINDS[reference.kind];
      if (statusCheck === 'body') {
        const finding = problemMismatch(reference);
        if (finding) findings.push(finding);
      } else if (statusCheck === 'catalog' && reference.status) {
        const finding = catalogMismatch(entryOf(catalog, reference), reference.status, reference.range);
        if (finding) findings.push(finding);
      }
    }
    for (const definition of model.definitions) {
      if (!definition.statusSite) continue;
      const finding = catalogMismatch(
        catalog.lookup(definition.code),
        definition.statusSite,
        undefined,
        model.uri,
      );
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function catalogMismatch(
  entry: CatalogEntry | undefined,
  site: StatusSite,
  codeRange: CodeReference['range'] | undefined,
  definingUri?: string,
): RuleFinding | undefined {
  if (!entry || entry.statuses.length === 0 || entry.statuses.includes(site.value)) return undefined;
  // A code the catalog takes from this very definition cannot disagree with it.
  if (definingUri !== undefined && entry.source.uri === definingUri) return undefined;
  const expected = entry.statuses.map(formatStatus).join(' or ');
  const data: CatalogMismatchData = {
    kind: 'catalog',
    code: entry.code,
    expected: entry.statuses,
    sent: site.value,
    site,
  };
  if (codeRange) data.codeRange = codeRange;
  const sends = definingUri === undefined ? 'this response sends' : 'this definition gives it';
  return {
    range: site.range,
    message: `'${entry.code}' is ${expected} in the error catalog, but ${sends} ${formatStatus(site.value)}.`,
    data,
  };
}

function problemMismatch(reference: CodeReference): RuleFinding | undefined {
  const { bodyStatus: body, status: response } = reference;
  if (!body || !response || response === body || response.value === body.value) return undefined;
  const data: ProblemMismatchData = { kind: 'problem', body, response };
  return {
    range: body.range,
    message:
      `This problem details body says status ${formatStatus(body.value)}, but the response sends ` +
      `${formatStatus(response.value)}: RFC 9457 requires them to be the same.`,
    data,
  };
}
