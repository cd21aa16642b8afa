import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { ServiceContext } from './context';
import { makeDiagnostic } from './diagnostics';
import { SOURCE_RULES } from './rules';
import type { Settings } from './settings';

/** Runs every enabled rule on a source document. */
export function doValidation(
  document: TextDocument,
  context: ServiceContext,
  settings: Settings,
): Diagnostic[] {
  if (context.isTestFile?.(document.uri)) return [];
  return validateModel(context.analyze(document), context.catalogFor(document.uri), settings);
}

/**
 * Runs every enabled rule on an analysed source file: an open document, or a file of the
 * workspace that no editor shows.
 */
export function validateModel(model: SourceModel, catalog: Catalog, settings: Settings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of SOURCE_RULES) {
    const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'ignore') continue;
    for (const finding of rule.check({ model, catalog })) {
      diagnostics.push(
        makeDiagnostic(rule.id, severity, {
          range: finding.range,
          message: finding.message,
          tags: finding.tags,
          data: finding.data,
        }),
      );
    }
  }
  return diagnostics;
}
