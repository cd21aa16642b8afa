import type { Diagnostic } from 'vscode-languageserver-types';
import type { CatalogEntry } from '../catalog/types';
import type { ServiceContext } from './context';
import { makeDiagnostic } from './diagnostics';
import { entryUseCount } from './entryUses';
import { CATALOG_RULES } from './rules';
import type { Settings } from './settings';

/** Runs every enabled catalog rule on a catalog file. */
export function doCatalogValidation(uri: string, context: ServiceContext, settings: Settings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const usesOf = (entry: CatalogEntry) => entryUseCount(entry, context);
  for (const rule of CATALOG_RULES) {
    const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'ignore') continue;
    for (const finding of rule.check({ uri, catalog: context.catalogFor(uri), usesOf })) {
      diagnostics.push(makeDiagnostic(rule.id, severity, { ...finding }));
    }
  }
  return diagnostics;
}
