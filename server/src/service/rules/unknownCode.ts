import { entryOf } from '../entryOf';
import { prepareCodeIndex } from '../codeIndex';
import type { Settings } from '../settings';
import { suggestCodes } from '../suggestions';
import type { CodeReference, SourceModel } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import type { RuleFinding, SourceRule } from './rule';

export interface UnknownCodeData {
  code: string;
  suggestions: string[];
  status?: number;
}

/** A code in an envelope that no catalog knows: usually a typo, or a code the docs never listed. */
export const unknownCodeRule: SourceRule = {
  id: 'unknown-code',
  description: 'An error envelope holds a code that no error catalog lists.',
  defaultSeverity: 'warning',
  check({ model, catalog }) {
    // Without a catalog of codes there is nothing to compare against.
    if (catalog.statusOnly || catalog.entries().length === 0) return [];
    return [...misspeltDefinitions(model, catalog), ...unknownReferences(model, catalog)];
  },
};

/**
 * Codes the file defines (an enum member, a `createError(...)`) that misspell a documented code:
 * they stay out of the catalog, so the definition is where the typo is reported.
 */
function misspeltDefinitions(model: SourceModel, catalog: Catalog): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const definition of model.definitions) {
    // Read through a constant (`[ErrorCode.X]: 401`), the typo is where the constant is spelt.
    if (definition.via === 'constant') continue;
    const meant = catalog.misspelling(definition.code);
    if (meant === undefined) continue;
    const data: UnknownCodeData = { code: definition.code, suggestions: [meant], status: definition.status };
    findings.push({
      range: definition.range,
      message: `'${definition.code}' is not in the error catalog. Did you mean '${meant}'?`,
      data,
    });
  }
  return findings;
}

/** A code written in an envelope that the catalog does not know: the rule suggests codes for it. */
function isUnknownEnvelopeCode(reference: CodeReference, catalog: Catalog): boolean {
  return reference.kind === 'envelope' && !entryOf(catalog, reference);
}

/**
 * The suggestions this rule makes for a file's unknown codes, made ahead of it with a pause before
 * each: the rule runs in one go, and each unknown code is a search of the catalog (a millisecond or
 * two in one of 50,000 codes), so a file of hundreds would hold every other request back. The rule
 * then finds them remembered (`suggestCodes`).
 */
export async function prepareSuggestions(
  model: SourceModel,
  catalog: Catalog,
  settings: Settings,
  pause: () => Promise<void>,
): Promise<void> {
  const severity = settings.rules[unknownCodeRule.id] ?? unknownCodeRule.defaultSeverity;
  if (severity === 'ignore' || catalog.statusOnly) return;
  const unknown = model.references.filter((reference) => isUnknownEnvelopeCode(reference, catalog));
  if (unknown.length === 0) return;
  await prepareCodeIndex(catalog, pause);
  for (const reference of unknown) {
    await pause();
    suggestCodes(catalog, reference.code, reference.status?.value);
  }
}

/**
 * Codes in envelopes that no catalog knows, and codes read through a name (`ErrorCode.X`) whose
 * value misspells a documented code. Other names may hold codes no catalog lists on purpose.
 */
function unknownReferences(model: SourceModel, catalog: Catalog): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const reference of model.references) {
    const status = reference.status?.value;
    if (isUnknownEnvelopeCode(reference, catalog)) {
      const suggestions = [...suggestCodes(catalog, reference.code, status)];
      findings.push(unknownFinding(reference, suggestions, suggestions, status));
    } else if (reference.kind === 'constant') {
      const meant = catalog.misspelling(reference.code);
      // The range is the name that reads the code: the fix belongs where the code is spelt.
      if (meant !== undefined) findings.push(unknownFinding(reference, [meant], [], status));
    }
  }
  return findings;
}

function unknownFinding(
  reference: CodeReference,
  hinted: readonly string[],
  suggestions: string[],
  status: number | undefined,
): RuleFinding {
  const hint = hinted.length > 0 ? ` Did you mean ${hinted.map((s) => `'${s}'`).join(', ')}?` : '';
  const data: UnknownCodeData = { code: reference.code, suggestions, status };
  return { range: reference.range, message: `'${reference.code}' is not in the error catalog.${hint}`, data };
}
