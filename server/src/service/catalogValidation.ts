import type { Diagnostic } from 'vscode-languageserver-types';
import type { CatalogEntry } from '../catalog/types';
import type { ServiceContext } from './context';
import { makeDiagnostic } from './diagnostics';
import { codesUsedBy } from './codeUses';
import { CATALOG_RULES } from './rules';
import type { Settings } from './settings';

/** Runs every enabled catalog rule on a catalog file. */
export function doCatalogValidation(uri: string, context: ServiceContext, settings: Settings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let isUsed: ((entry: CatalogEntry) => boolean) | undefined;
  for (const rule of CATALOG_RULES) {
    const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'ignore') continue;
    isUsed ??= usedEntries(context);
    for (const finding of rule.check({ uri, catalog: context.catalogFor(uri), isUsed })) {
      diagnostics.push(makeDiagnostic(rule.id, severity, { ...finding }));
    }
  }
  return diagnostics;
}

/**
 * Which catalog entries the workspace's sources use: each code written in source marks every
 * definition of it in the catalog governing that file, so an entry a package overrides still
 * counts as used where the package uses it.
 */
export function usedEntries(context: ServiceContext): (entry: CatalogEntry) => boolean {
  const used = new Set<string>();
  for (const model of context.workspaceModels()) {
    const catalog = context.catalogFor(model.uri);
    for (const code of new Set(codesUsedBy(model))) {
      const entry = catalog.lookup(code);
      if (entry) for (const definition of catalog.definitions(entry.code)) used.add(entryKey(definition));
    }
  }
  return (entry) => used.has(entryKey(entry));
}

function entryKey(entry: CatalogEntry): string {
  const { start } = entry.source.range;
  return `${entry.source.uri}#${start.line}:${start.character}#${entry.code}`;
}
