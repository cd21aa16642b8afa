import { join } from 'node:path';
import { runNode, type ProcessRun } from './processes';

/**
 * `error-catalog check` on a workspace, as a whole process, with the findings it printed: cold, or
 * with `--cache-location <file>` when `cacheFile` is given.
 */
export async function runCheck(
  dist: string,
  workspace: string,
  execArgv: string[] = [],
  cacheFile?: string,
): Promise<ProcessRun & { findings: number }> {
  const cache = cacheFile ? ['--cache-location', cacheFile] : [];
  const run = await runNode(join(dist, 'cli.js'), ['check', '.', ...cache], workspace, execArgv);
  const summary = /^(\d+) problems? \(/m.exec(run.stdout);
  if (!summary || (run.exitCode !== 0 && run.exitCode !== 1)) {
    throw new Error(
      `error-catalog check failed (exit ${run.exitCode}): ${run.stderr || run.stdout.slice(-2000)}`,
    );
  }
  return { ...run, findings: Number(summary[1]) };
}
