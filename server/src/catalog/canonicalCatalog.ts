import type { CatalogFormat, CatalogLoadResult, CatalogProblem } from './types';
import type { CatalogNode, CatalogProperty, StringNode } from './catalogNode';
import { readCanonicalEntry, type ReadEntry } from './canonicalEntry';
import { readCarrierRows, readEnvelopeRows } from './canonicalExtensions';
import { NodeValues, unknownFieldProblem } from './nodeValues';
import { makeProblem, ProblemCodes } from './problems';
import { knownStandards } from './standards';

/** The top-level fields of the canonical format. `$schema` lets editors validate the file. */
export const CATALOG_FIELDS = [
  '$schema',
  'kind',
  'errors',
  'envelope',
  'include',
  'standards',
  'envelopes',
  'carriers',
] as const;

/** What a canonical document holds, everything but `parsed` (which the parsing loader decides). */
type CanonicalContent = Omit<CatalogLoadResult, 'parsed'>;

/**
 * Validates and reads a canonical catalog (JSON or YAML, already parsed into nodes). Every problem
 * carries the range of the offending key or value.
 */
export function readCanonicalCatalog(
  root: CatalogNode,
  uri: string,
  format: CatalogFormat,
): CanonicalContent {
  const problems: CatalogProblem[] = [];
  const content: CanonicalContent = { entries: [], problems, kind: 'codes' };
  if (root.type !== 'object') {
    const message = 'A catalog is an object whose `errors` field maps each error code to its entry.';
    problems.push(makeProblem(ProblemCodes.wrongType, message, root.range));
    return content;
  }
  const values = new NodeValues(problems);
  for (const property of root.properties) {
    switch (property.key) {
      case '$schema':
        values.string(property);
        break;
      case 'kind':
        content.kind = readKind(property, values) ?? 'codes';
        break;
      case 'errors':
        content.entries = readErrors(property, uri, format, problems).map((read) => read.entry);
        break;
      case 'envelope':
        content.envelope = values.stringOrList(property)?.map((s) => s.value);
        break;
      case 'include':
        content.include = values.stringList(property)?.map((s) => s.value);
        break;
      case 'standards':
        content.standards = knownStandards(
          (values.stringList(property) ?? []).map((node) => ({ name: node.value, range: node.contentRange })),
          problems,
        );
        break;
      case 'envelopes':
        content.envelopes = readEnvelopeRows(property, problems);
        break;
      case 'carriers':
        content.carriers = readCarrierRows(property, problems);
        break;
      default:
        problems.push(unknownFieldProblem(property, CATALOG_FIELDS, 'the catalog'));
    }
  }
  for (const key of ['envelope', 'include', 'standards', 'envelopes', 'carriers'] as const) {
    if (content[key] === undefined) delete content[key];
  }
  return content;
}

/** `statuses` marks a status-only catalog, whose codes are the statuses themselves (`"404"`). */
function readKind(property: CatalogProperty, values: NodeValues): CanonicalContent['kind'] | undefined {
  const value = property.value;
  if (value?.type === 'string' && (value.value === 'codes' || value.value === 'statuses')) return value.value;
  return values.wrongType(property, '`"codes"` or `"statuses"`');
}

function readErrors(
  property: CatalogProperty,
  uri: string,
  format: CatalogFormat,
  problems: CatalogProblem[],
): ReadEntry[] {
  const node = property.value;
  if (node?.type !== 'object') {
    new NodeValues(problems).wrongType(property, 'an object mapping each error code to its entry');
    return [];
  }
  const read: ReadEntry[] = [];
  const seen = new Map<string, CatalogProperty>();
  for (const entryProperty of node.properties) {
    const first = seen.get(entryProperty.key);
    if (first) {
      const message = `\`${entryProperty.key}\` is already defined on line ${first.keyRange.start.line + 1}; this second definition is ignored.`;
      problems.push(makeProblem(ProblemCodes.duplicateCode, message, entryProperty.keyRange));
      continue;
    }
    seen.set(entryProperty.key, entryProperty);
    const entry = readCanonicalEntry(entryProperty, uri, format, problems);
    if (entry) read.push(entry);
  }
  problems.push(...findAliasProblems(read));
  return read;
}

/** An alias must name one code only: not a code itself, and not another code's alias too. */
function findAliasProblems(read: ReadEntry[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const codes = new Set(read.map((r) => r.entry.code));
  const aliasOwners = new Map<string, string>();
  for (const { entry, aliasNodes } of read) {
    for (const alias of aliasNodes) {
      const owner = aliasOwners.get(alias.value);
      if (codes.has(alias.value)) {
        problems.push(
          aliasProblem(alias, `The alias \`${alias.value}\` of ${entry.code} is also an error code.`),
        );
      } else if (owner !== undefined && owner !== entry.code) {
        const message = `The alias \`${alias.value}\` of ${entry.code} is already an alias of ${owner}.`;
        problems.push(makeProblem(ProblemCodes.duplicateAlias, message, alias.contentRange));
      } else {
        aliasOwners.set(alias.value, entry.code);
      }
    }
  }
  return problems;
}

function aliasProblem(alias: StringNode, message: string): CatalogProblem {
  return makeProblem(ProblemCodes.aliasCollidesWithCode, message, alias.contentRange);
}
