import { DiagnosticTag } from 'vscode-languageserver-types';
import { entriesDefinedIn } from '../catalogEntries';
import type { CatalogRule } from './rule';

/**
 * A catalog entry nothing in the workspace uses: no envelope sends it, no class is made for it, no
 * alias of it appears. Reported as a hint on the entry, faded, since the API may document codes
 * other services send.
 */
export const unusedCodeRule: CatalogRule = {
  id: 'unused-code',
  description: 'A catalog code that no source file of the workspace uses.',
  defaultSeverity: 'hint',
  check({ uri, catalog, isUsed }) {
    // A status-only catalog documents statuses, which plain responses send without any code.
    if (catalog.statusOnly) return [];
    return entriesDefinedIn(catalog, uri)
      .filter((entry) => entry.source.format !== 'typescript' && !isUsed(entry))
      .map((entry) => ({
        range: entry.source.range,
        message: `'${entry.code}' is not used anywhere in the workspace.`,
        tags: [DiagnosticTag.Unnecessary],
      }));
  },
};
