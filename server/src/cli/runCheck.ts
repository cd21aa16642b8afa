import type { Settings } from '../service/settings';
import { getLanguageService } from '../service/languageService';
import { MAX_SOURCE_BYTES, tooLargeDiagnostic } from '../workspace/fileLimits';
import type { WorkspaceHost } from '../workspace/host';
import { pathToUri } from '../workspace/paths';
import { displayPath, type Finding } from './findings';
import type { Progress } from './progress';
import { openWorkspace, type WorkspaceRunOptions } from './workspaceRun';

export interface CheckResult {
  findings: Finding[];
  /** Files checked: the source files the paths name and the catalog files that bear on them. */
  filesChecked: number;
  /** False when no catalog file and no code defined in source governs any checked file. */
  hasCatalog: boolean;
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
    if (run.tooLarge.has(path)) {
      findings.push({
        path: displayPath(options.cwd, path),
        diagnostic: tooLargeDiagnostic(MAX_SOURCE_BYTES),
      });
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
  const catalogFiles = run.catalogs.files.length;
  const hasCatalog =
    catalogFiles > 0 ||
    run.sources.some((path) => run.catalogs.catalogFor(pathToUri(path)).entries().length > 0);
  return { findings, filesChecked: run.sources.length + catalogFiles, hasCatalog };
}
