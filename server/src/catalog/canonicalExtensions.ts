import type { CarrierExtension, CatalogProblem, EnvelopeExtension } from './types';
import type { CatalogNode, CatalogProperty, ObjectNode } from './catalogNode';
import { NodeValues, unknownFieldProblem } from './nodeValues';
import { makeProblem, ProblemCodes } from './problems';

const ENVELOPE_FIELDS = ['name', 'codePath', 'statusPath', 'messagePath'] as const;
const CARRIER_FIELDS = ['callee', 'statusArgument', 'bodyArgument', 'codeArgument'] as const;

/** Reads the `envelopes` rows: declarative additions to the envelope-style table. */
export function readEnvelopeRows(property: CatalogProperty, problems: CatalogProblem[]): EnvelopeExtension[] {
  return readRows(property, problems, 'an envelope row', (row, values) => {
    let name: string | undefined;
    let codePath: string[] | undefined;
    const envelope: Partial<EnvelopeExtension> = {};
    for (const field of row.properties) {
      if (field.key === 'name') name = values.string(field)?.value;
      else if (field.key === 'codePath') codePath = values.stringList(field)?.map((s) => s.value);
      else if (field.key === 'statusPath')
        envelope.statusPath = values.stringList(field)?.map((s) => s.value);
      else if (field.key === 'messagePath')
        envelope.messagePath = values.stringList(field)?.map((s) => s.value);
      else problems.push(unknownFieldProblem(field, ENVELOPE_FIELDS, 'an envelope row'));
    }
    if (!requireFields(row, { name, codePath }, problems)) return undefined;
    return { ...envelope, name: name!, codePath: codePath! };
  });
}

/** Reads the `carriers` rows: declarative additions to the status-carrier table. */
export function readCarrierRows(property: CatalogProperty, problems: CatalogProblem[]): CarrierExtension[] {
  return readRows(property, problems, 'a carrier row', (row, values) => {
    let callee: string | undefined;
    const carrier: Partial<CarrierExtension> = {};
    for (const field of row.properties) {
      if (field.key === 'callee') callee = values.string(field)?.value;
      else if (field.key === 'statusArgument') carrier.statusArgument = values.index(field);
      else if (field.key === 'bodyArgument') carrier.bodyArgument = values.index(field);
      else if (field.key === 'codeArgument') carrier.codeArgument = values.index(field);
      else problems.push(unknownFieldProblem(field, CARRIER_FIELDS, 'a carrier row'));
    }
    if (!requireFields(row, { callee }, problems)) return undefined;
    return { ...dropUndefined(carrier), callee: callee! };
  });
}

function readRows<T>(
  property: CatalogProperty,
  problems: CatalogProblem[],
  what: string,
  readRow: (row: ObjectNode, values: NodeValues) => T | undefined,
): T[] {
  const values = new NodeValues(problems);
  const node = property.value;
  if (node?.type !== 'array') return values.wrongType(property, `an array of objects, each ${what}`) ?? [];
  const rows: T[] = [];
  for (const item of node.items) {
    if (item.type !== 'object') {
      problems.push(rowTypeProblem(property.key, item, what));
      continue;
    }
    const row = readRow(item, values);
    if (row) rows.push(dropUndefined(row as object) as T);
  }
  return rows;
}

function rowTypeProblem(key: string, item: CatalogNode, what: string): CatalogProblem {
  return makeProblem(
    ProblemCodes.wrongType,
    `Every item of \`${key}\` must be an object: ${what}.`,
    item.range,
  );
}

/** Reports each required field the row lacks (or gave a wrong value); true when all are present. */
function requireFields(
  row: ObjectNode,
  fields: Record<string, unknown>,
  problems: CatalogProblem[],
): boolean {
  let complete = true;
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) continue;
    complete = false;
    if (row.properties.some((p) => p.key === name)) continue; // already reported as a wrong type
    problems.push(makeProblem(ProblemCodes.missingField, `This row needs a \`${name}\` field.`, row.range));
  }
  return complete;
}

/** Fields read as undefined after a wrong-type problem are left out rather than kept as `undefined`. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
