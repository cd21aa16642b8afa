import type { UnknownCodeData } from '../rules/unknownCode';
import { replaceWithActions, type QuickFix } from './fix';

/** "Replace with 'FORBIDDEN'" for each catalog code close to an unknown one. */
export const replaceCodeFixes: QuickFix = (diagnostic, { document }) => {
  const data = diagnostic.data as UnknownCodeData | undefined;
  if (!data || !Array.isArray(data.suggestions)) return [];
  return replaceWithActions(data.suggestions, diagnostic, document.uri);
};
