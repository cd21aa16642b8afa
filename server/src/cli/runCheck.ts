import { getLanguageService } from '../service/languageService';
import type { Settings } from '../service/settings';
import type { WorkspaceHost } from '../workspace/host';
import { uriToPath } from '../workspace/paths';
import { displayPath, type Finding } from './findings';
import type { Progress } from './progress';
import { scanSources } from './sources';
import { openWorkspace, type WorkspaceRunOptions } from './workspaceRun';

export interface CheckResult {
  findings: Finding[];
  /** Files checked: source files and catalog files. */
  filesChecked: number;
  catalogFiles: number;
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
  const run = await openWorkspace(host, options);
  const service = getLanguageService(run.context);
  const findings = [...run.catalogFindings];
  await scanSources(
    run.host,
    run.sources,
    {
      context: run.context,
      visit(document) {
        const path = displayPath(options.cwd, uriToPath(document.uri));
        for (const diagnostic of service.doValidation(document, options.settings)) {
          findings.push({ path, diagnostic });
        }
      },
    },
    progress,
  );
  const catalogFiles = run.catalogs.files.length;
  return { findings, filesChecked: run.sources.length + catalogFiles, catalogFiles };
}
