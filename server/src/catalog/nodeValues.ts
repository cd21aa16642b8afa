import type { CatalogProblem } from './types';
import { type CatalogNode, type CatalogProperty, describeNodeType, type StringNode } from './catalogNode';
import { makeProblem, ProblemCodes } from './problems';

/**
 * Typed reads of canonical catalog values. Each returns undefined and records a `wrong-type`
 * problem on the value when it does not have the expected shape, so one bad field never hides the
 * rest of the catalog.
 */
export class NodeValues {
  constructor(private readonly problems: CatalogProblem[]) {}

  wrongType(property: CatalogProperty, expected: string): undefined {
    const range = property.value?.range ?? property.keyRange;
    const found = describeNodeType(property.value);
    this.problems.push(
      makeProblem(ProblemCodes.wrongType, `\`${property.key}\` must be ${expected}, not ${found}.`, range),
    );
    return undefined;
  }

  string(property: CatalogProperty): StringNode | undefined {
    return property.value?.type === 'string' ? property.value : this.wrongType(property, 'a string');
  }

  /** An array whose items are all strings; a non-string item is reported and skipped. */
  stringList(property: CatalogProperty): StringNode[] | undefined {
    const node = property.value;
    if (node?.type !== 'array') return this.wrongType(property, 'an array of strings');
    return this.stringItems(property.key, node.items);
  }

  /** A single string or an array of strings (`envelope`). */
  stringOrList(property: CatalogProperty): StringNode[] | undefined {
    const node = property.value;
    if (node?.type === 'string') return [node];
    if (node?.type !== 'array') return this.wrongType(property, 'a string or an array of strings');
    return this.stringItems(property.key, node.items);
  }

  /** A whole number that is at least zero (argument indexes). */
  index(property: CatalogProperty): number | undefined {
    const node = property.value;
    if (node?.type === 'number' && Number.isInteger(node.value) && node.value >= 0) return node.value;
    return this.wrongType(property, 'a whole number from 0');
  }

  private stringItems(key: string, items: CatalogNode[]): StringNode[] {
    const strings: StringNode[] = [];
    for (const item of items) {
      if (item.type === 'string') strings.push(item);
      else this.problems.push(this.itemProblem(key, item));
    }
    return strings;
  }

  private itemProblem(key: string, item: CatalogNode): CatalogProblem {
    const message = `Every item of \`${key}\` must be a string, not ${describeNodeType(item)}.`;
    return makeProblem(ProblemCodes.wrongType, message, item.range);
  }
}

/** Reports a property the schema does not define; `where` names its parent ("a catalog entry"). */
export function unknownFieldProblem(property: CatalogProperty, known: readonly string[], where: string) {
  const list = known.map((name) => `\`${name}\``).join(', ');
  return makeProblem(
    ProblemCodes.unknownField,
    `Unknown field \`${property.key}\` in ${where}; the known fields are ${list}.`,
    property.keyRange,
    'warning',
  );
}
