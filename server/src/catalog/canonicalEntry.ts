import type { CatalogEntry, CatalogFormat, CatalogProblem } from './types';
import type { CatalogNode, CatalogProperty, StringNode } from './catalogNode';
import { NodeValues, unknownFieldProblem } from './nodeValues';
import { makeProblem, ProblemCodes } from './problems';

/** The fields of one entry under `errors`, in the canonical JSON and YAML formats. */
export const ENTRY_FIELDS = [
  'status',
  'title',
  'description',
  'message',
  'aliases',
  'deprecated',
  'docs',
] as const;

const MIN_STATUS = 100;
const MAX_STATUS = 599;

/** Whether a number is an HTTP status a catalog may give a code. */
export function isValidStatus(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_STATUS && value <= MAX_STATUS;
}

/** An entry as read, with the alias nodes kept so collisions can be reported where they are written. */
export interface ReadEntry {
  entry: CatalogEntry;
  aliasNodes: StringNode[];
}

/**
 * Reads `CODE: { status, title, ... }`. The entry is kept even when some of its fields are wrong,
 * because a code with a typo in its description is still a known code.
 */
export function readCanonicalEntry(
  property: CatalogProperty,
  uri: string,
  format: CatalogFormat,
  problems: CatalogProblem[],
): ReadEntry | undefined {
  const values = new NodeValues(problems);
  if (property.key.trim() === '' || /\s/.test(property.key)) {
    const message = `\`${property.key}\` is not a usable error code: a code is a non-empty name without spaces.`;
    problems.push(makeProblem(ProblemCodes.invalidCode, message, property.keyRange));
    return undefined;
  }
  const entry: CatalogEntry = {
    code: property.key,
    statuses: [],
    aliases: [],
    source: { uri, range: property.keyRange, format },
  };
  const aliasNodes: StringNode[] = [];
  const node = property.value;
  if (node?.type !== 'object') {
    values.wrongType(property, 'an object with the entry fields (`status`, `title`, `description`, ...)');
    return { entry, aliasNodes };
  }
  for (const field of node.properties) {
    switch (field.key) {
      case 'status':
        entry.statuses = readStatuses(field, values, problems);
        break;
      case 'title':
        entry.title = values.string(field)?.value;
        break;
      case 'description':
        entry.description = values.string(field)?.value;
        break;
      case 'message':
        entry.message = values.string(field)?.value;
        break;
      case 'docs':
        entry.docs = values.string(field)?.value;
        break;
      case 'aliases':
        aliasNodes.push(...(values.stringList(field) ?? []));
        entry.aliases = aliasNodes.map((alias) => alias.value);
        break;
      case 'deprecated':
        entry.deprecated = readDeprecated(field, values);
        break;
      default:
        problems.push(unknownFieldProblem(field, ENTRY_FIELDS, 'a catalog entry'));
    }
  }
  return { entry, aliasNodes };
}

function readStatuses(field: CatalogProperty, values: NodeValues, problems: CatalogProblem[]): number[] {
  const node = field.value;
  const items: CatalogNode[] | undefined =
    node?.type === 'number' ? [node] : node?.type === 'array' ? node.items : undefined;
  if (!items) {
    values.wrongType(field, 'a status number or an array of them');
    return [];
  }
  const statuses: number[] = [];
  for (const item of items) {
    if (item.type !== 'number') {
      const message = `A status must be a number, not ${item.type === 'string' ? 'a string' : `a value of type ${item.type}`}.`;
      problems.push(makeProblem(ProblemCodes.wrongType, message, item.range));
    } else if (!isValidStatus(item.value)) {
      const message = `${item.value} is not an HTTP status: a status is a whole number from ${MIN_STATUS} to ${MAX_STATUS}.`;
      problems.push(makeProblem(ProblemCodes.statusOutOfRange, message, item.range));
    } else if (!statuses.includes(item.value)) {
      statuses.push(item.value);
    }
  }
  return statuses;
}

/** `true`, or a message naming the replacement; `false` is accepted as "not deprecated". */
function readDeprecated(field: CatalogProperty, values: NodeValues): true | string | undefined {
  const node = field.value;
  if (node?.type === 'boolean') return node.value ? true : undefined;
  if (node?.type === 'string') return node.value;
  return values.wrongType(field, '`true` or a message naming the replacement');
}
