import type { DeprecatedCodeData } from '../rules/deprecatedCode';
import { replaceWithActions, type QuickFix } from './fix';

/** "Replace with 'REQUESTS_EXCEEDED'" for each live code a deprecation notice names. */
export const replaceDeprecatedFixes: QuickFix = (diagnostic, { document }) => {
  const data = diagnostic.data as DeprecatedCodeData | undefined;
  if (!data || !Array.isArray(data.replacements)) return [];
  return replaceWithActions(data.replacements, diagnostic, document.uri);
};
