import { ProblemCodes } from '../catalog/problems';
import { CATALOG_RULES, SOURCE_RULES } from '../service/rules';

/**
 * One sentence per rule, for reports that describe their rules (SARIF's `shortDescription`, which
 * code scanning shows beside each alert). Catalog problems are rules too: a broken catalog is a
 * finding like any other.
 */
const DESCRIPTIONS: Record<string, string> = {
  ...Object.fromEntries([...SOURCE_RULES, ...CATALOG_RULES].map((rule) => [rule.id, rule.description])),
  [ProblemCodes.malformedJson]: 'The catalog file is not valid JSON.',
  [ProblemCodes.malformedYaml]: 'The catalog file is not valid YAML.',
  [ProblemCodes.emptyCatalog]: 'The catalog file defines no error code.',
  [ProblemCodes.binaryContent]: 'The catalog file holds binary content, not text.',
  [ProblemCodes.invalidEncoding]: 'The catalog file is not valid UTF-8.',
  [ProblemCodes.wrongType]: 'A catalog field has a value of the wrong type.',
  [ProblemCodes.unknownField]: 'The catalog has a field the catalog format does not define.',
  [ProblemCodes.missingField]: 'A catalog entry lacks a field it needs.',
  [ProblemCodes.statusOutOfRange]: 'A catalog status is outside the HTTP range 100-599.',
  [ProblemCodes.invalidCode]: 'A catalog code is empty or not a valid code.',
  [ProblemCodes.duplicateCode]: 'The catalog file defines the same code twice.',
  [ProblemCodes.duplicateKey]: 'A catalog object writes the same key twice.',
  [ProblemCodes.duplicateAlias]: 'The catalog gives the same alias to two codes.',
  [ProblemCodes.aliasCollidesWithCode]: 'A catalog alias is also the name of a code.',
  [ProblemCodes.conflictingStatus]: 'Two catalog files give the same code different statuses.',
  [ProblemCodes.missingCell]: 'A row of a catalog table lacks a cell.',
  [ProblemCodes.tableTooLarge]: 'A Markdown table is too wide, or has too long a row, to be read.',
  [ProblemCodes.missingStatus]: 'A catalog entry states no status where one is expected.',
  [ProblemCodes.noCatalogFound]: 'No error catalog was found.',
  'file-too-large': 'The catalog file is too large to read.',
};

/** The description of a rule; a rule this table does not know yet is described by its id. */
export function describeRule(rule: string): string {
  return DESCRIPTIONS[rule] ?? `Error catalog problem: ${rule.split('-').join(' ')}.`;
}
