import { DiagnosticTag } from 'vscode-languageserver-types';
import type { SourceRule } from './rule';

export interface DeprecatedCodeData {
  code: string;
  /** Catalog codes the deprecation notice names, in the order it names them: the replacements. */
  replacements: string[];
}

/** A code the catalog marks deprecated, struck through where it is used. */
export const deprecatedCodeRule: SourceRule = {
  id: 'deprecated-code',
  description: 'A response uses a code the error catalog marks as deprecated.',
  defaultSeverity: 'warning',
  check({ model, catalog }) {
    return model.references.flatMap((reference) => {
      const entry = catalog.lookup(reference.code);
      if (!entry?.deprecated || reference.kind === 'problem') return [];
      const notice = entry.deprecated === true ? '' : ` ${entry.deprecated}`;
      const data: DeprecatedCodeData = {
        code: reference.code,
        replacements:
          entry.deprecated === true
            ? []
            : namedCodes(entry.deprecated, (word) => catalog.lookup(word), entry.code),
      };
      return [
        {
          range: reference.range,
          message: `'${reference.code}' is deprecated in the error catalog.${notice}`,
          tags: [DiagnosticTag.Deprecated],
          data,
        },
      ];
    });
  },
};

/**
 * The catalog codes a deprecation notice names ("Use REQUESTS_EXCEEDED."): its words that are
 * codes of live entries, other than the deprecated one itself.
 */
function namedCodes(
  notice: string,
  lookup: (word: string) => { code: string; deprecated?: true | string } | undefined,
  self: string,
): string[] {
  const found: string[] = [];
  for (const word of notice.split(/[^A-Za-z0-9_.:-]+/)) {
    const candidate = word.replace(/[.:-]+$/, '');
    const entry = candidate ? lookup(candidate) : undefined;
    if (entry && !entry.deprecated && entry.code !== self && !found.includes(entry.code))
      found.push(entry.code);
  }
  return found;
}
