import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { ServiceContext } from './context';
import { makeDiagnostic } from './diagnostics';
import { SOURCE_RULES } from './rules';
import type { Settings } from './settings';
import type { RuleInput } from './rules/rule';
import { routeScopesIn } from './routes/routeScopes';
import { operationsServedBy } from './routes/operationMatch';

type RouteInput = Pick<RuleInput, 'routes' | 'routeDeclarations'>;

/** Runs every enabled rule on a source document. */
export function doValidation(
  document: TextDocument,
  context: ServiceContext,
  settings: Settings,
): Diagnostic[] {
  if (context.isTestFile?.(document.uri)) return [];
  const catalog = context.catalogFor(document.uri);
  return validateModel(
    context.analyze(document),
    catalog,
    settings,
    routeInput(document.uri, context, catalog),
  );
}

/** Runs every enabled rule on a file of the workspace that no editor shows. */
export function validateWorkspaceModel(
  model: SourceModel,
  context: ServiceContext,
  settings: Settings,
): Diagnostic[] {
  const catalog = context.catalogFor(model.uri);
  return validateModel(model, catalog, settings, routeInput(model.uri, context, catalog));
}

/** The routes a document handles and declares, when its catalog holds an OpenAPI document. */
function routeInput(uri: string, context: ServiceContext, catalog: Catalog): RouteInput {
  if (!context.routes || catalog.apiDescriptions().length === 0) return {};
  const routes = context.routes();
  return {
    routes: routeScopesIn(uri, routes, catalog),
    routeDeclarations: routes
      .filter((route) => route.uri === uri)
      .map((route) => ({ route, operations: operationsServedBy(route, catalog, routes) })),
  };
}

/**
 * Runs every enabled rule on an analysed source file: an open document, or a file of the
 * workspace that no editor shows.
 */
export function validateModel(
  model: SourceModel,
  catalog: Catalog,
  settings: Settings,
  routes: RouteInput = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of SOURCE_RULES) {
    const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'ignore') continue;
    for (const finding of rule.check({ model, catalog, ...routes })) {
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
