import { DiagnosticTag } from 'vscode-languageserver-types';
import { entriesDefinedIn } from '../catalogEntries';
import type { CatalogRule, RuleFinding } from './rule';

/**
 * A catalog entry nothing in the workspace uses: no envelope sends it, no class is made for it, no
 * alias of it appears; "used only in tests" when only test files mention it. Reported as a hint on
 * the entry, faded, since the API may document codes other services send.
 */
export const unusedCodeRule: CatalogRule = {
  id: 'unused-code',
  description: 'A catalog code that no source file of the workspace uses.',
  defaultSeverity: 'hint',
  *check({ uri, catalog, usesOf }): Iterable<RuleFinding> {
    // A status-only catalog documents statuses, which plain responses send without any code.
    if (catalog.statusOnly) return;
    for (const entry of entriesDefinedIn(catalog, uri)) {
      if (entry.source.format === 'typescript') continue;
      const uses = usesOf(entry);
      if (uses.api > 0) continue;
      // A code only tests assert is still one the API never sends: said apart, it is easier to act on.
      const where =
        uses.testFiles > 0
          ? `is used only in tests (${uses.testFiles} test file${uses.testFiles === 1 ? '' : 's'})`
          : 'is not used anywhere in the workspace';
      yield {
        range: entry.source.range,
        message: `'${entry.code}' ${where}.`,
        tags: [DiagnosticTag.Unnecessary],
      };
    }
  },
};
