import { entryOf } from '../entryOf';
import { suggestCodes } from '../suggestions';
import type { SourceRule } from './rule';

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
    return model.references
      .filter((reference) => reference.kind === 'envelope' && !entryOf(catalog, reference))
      .map((reference) => {
        const status = reference.status?.value;
        const suggestions = [...suggestCodes(catalog, reference.code, status)];
        const hint =
          suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '';
        const data: UnknownCodeData = { code: reference.code, suggestions, status };
        return {
          range: reference.range,
          message: `'${reference.code}' is not in the error catalog.${hint}`,
          data,
        };
      });
  },
};
