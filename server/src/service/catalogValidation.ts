import type { Diagnostic } from 'vscode-languageserver-types';
import type { CatalogEntry } from '../catalog/types';
import type { ServiceContext } from './context';
import { makeDiagnostic } from './diagnostics';
import { entryUseCount } from './entryUses';
import { CATALOG_RULES } from './rules';
import type { Settings } from './settings';

/** Runs every enabled catalog rule on a catalog file; its diagnostics one at a time, as they are found. */
export function* doCatalogValidation(
  uri: string,
  context: ServiceContext,
  settings: Settings,
): Iterable<Diagnostic> {
  const usesOf = (entry: CatalogEntry) => entryUseCount(entry, context);
  for (const rule of CATALOG_RULES) {
    const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'ignore') continue;
    for (const finding of rule.check({ uri, catalog: context.catalogFor(uri), usesOf })) {
      yield makeDiagnostic(rule.id, severity, { ...finding });
    }
  }
}
