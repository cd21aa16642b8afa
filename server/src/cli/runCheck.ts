import type { Settings } from '../service/settings';
import { governanceOf, type Governance } from '../service/governance';
import { getLanguageService } from '../service/languageService';
import { CATALOG_RULES } from '../service/rules';
import { skippedDiagnostic } from '../workspace/fileLimits';
import type { WorkspaceHost } from '../workspace/host';
import { pathToUri, uriToPath } from '../workspace/paths';
import { displayPath, type Finding } from './findings';
import type { Progress } from './progress';
import { openWorkspace, type WorkspaceRunOptions } from './workspaceRun';

interface CheckResult {
  findings: Finding[];
  /** Files checked: the source files the paths name and the catalog files that bear on them. */
  filesChecked: number;
  /** The catalog files, codes defined in source and standards that governed the checked files. */
  governance: Governance;
}

/**
 * Loads the catalogs that govern the paths and validates every source file under them, exactly
 * as the language server validates an open document.
 */
export async function runCheck(
  host: WorkspaceHost,
  options: WorkspaceRunOptions & { settings: Settings },
  progress: Progress,
): Promise<CheckResult> {
  const run = await openWorkspace(host, options, progress);
  // The editor's engine: the same facade answers for open documents, closed files and this run.
  const service = getLanguageService(run.context);
  const findings = [...run.catalogFindings];
  for (const path of run.sources) {
    const skipped = run.skipped.get(path);
    if (skipped !== undefined) {
      findings.push({ path: displayPath(options.cwd, path), diagnostic: skippedDiagnostic(skipped) });
      continue;
    }
    // A file the prefilter ruled out holds no reference, so no rule can report on it. The rules
    // read the model the index made: the file is not read or parsed again.
    const uri = pathToUri(path);
    const model = run.context.model(uri);
    if (!model) continue;
    const shown = displayPath(options.cwd, path);
    for (const diagnostic of service.doModelValidation(model, options.settings)) {
      findings.push({ path: shown, diagnostic });
    }
  }
  // The catalog rules judge the workspace as a whole (unused-code): run when asked for by --rule.
  if (CATALOG_RULES.some((rule) => options.settings.rules[rule.id] !== undefined)) {
    const asked = { ...options.settings, rules: onlyAsked(options.settings) };
    for (const file of run.catalogs.files) {
      const shown = displayPath(options.cwd, uriToPath(file.uri));
      for (const diagnostic of service.doCatalogValidation(file.uri, asked))
        findings.push({ path: shown, diagnostic });
    }
  }
  const catalogFiles = run.catalogs.files.length;
  const governing = run.sources.map((path) => run.catalogs.catalogFor(pathToUri(path)));
  // Paths that hold no source still name the catalogs that would govern them.
  for (const file of run.catalogs.files) governing.push(run.catalogs.catalogFor(file.uri));
  return {
    findings,
    filesChecked: run.sources.length + catalogFiles,
    governance: governanceOf(governing),
  };
}

/** The catalog rules the command line names, and no other: a hint by default is not a CI finding. */
function onlyAsked(settings: Settings): Settings['rules'] {
  const rules = { ...settings.rules };
  for (const rule of CATALOG_RULES) rules[rule.id] ??= 'ignore';
  return rules;
}
