import { DiagnosticTag } from 'vscode-languageserver-types';
import { REFERENCE_KINDS } from '../../analysis/referenceKinds';
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
      if (!entry?.deprecated || REFERENCE_KINDS[reference.kind].codeIsStatus) return [];
      const notice = entry.deprecated === true ? undefined : entry.deprecated.trim();
      const data: DeprecatedCodeData = {
        code: reference.code,
        replacements: notice ? namedCodes(notice, (word) => catalog.lookup(word), entry.code) : [],
      };
      return [
        {
          range: reference.range,
          message: deprecationMessage(reference.code, notice, data.replacements),
          tags: [DiagnosticTag.Deprecated],
          data,
        },
      ];
    });
  },
};

/** Words that only link replacement codes in a notice ("Use A or B instead."), nothing more. */
const LINKING_WORDS = new Set([
  'use',
  'or',
  'and',
  'instead',
  'see',
  'replaced',
  'by',
  'with',
  'in',
  'favor',
  'favour',
  'of',
]);

/**
 * Says what to do: "use 'A' or 'B' instead" when the notice names live codes, the notice's own
 * words where it says more than that, and the notice alone where it names no code.
 */
function deprecationMessage(code: string, notice: string | undefined, replacements: string[]): string {
  const head = `'${code}' is deprecated in the error catalog`;
  if (replacements.length === 0) return notice ? `${head}: ${notice}` : `${head}.`;
  const advice = `${head}: use ${replacements.map((r) => `'${r}'`).join(' or ')} instead.`;
  const otherWords = (notice ?? '')
    .split(/[^A-Za-z0-9_.:-]+/)
    .map((word) => word.replace(/[.:-]+$/, ''))
    .filter((word) => word !== '' && !replacements.includes(word) && !LINKING_WORDS.has(word.toLowerCase()));
  return otherWords.length === 0 ? advice : `${advice} (${notice})`;
}

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
