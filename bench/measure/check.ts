import { join } from 'node:path';
import { runNode, type ProcessRun } from './processes';

/** `error-catalog check` cold on a workspace, as a whole process, with the findings it printed. */
export async function runCheck(
  dist: string,
  workspace: string,
  execArgv: string[] = [],
): Promise<ProcessRun & { findings: number }> {
  const run = await runNode(join(dist, 'cli.js'), ['check', '.'], workspace, execArgv);
  const summary = /^(\d+) problems? \(/m.exec(run.stdout);
  if (!summary || (run.exitCode !== 0 && run.exitCode !== 1)) {
    throw new Error(
      `error-catalog check failed (exit ${run.exitCode}): ${run.stderr || run.stdout.slice(-2000)}`,
    );
  }
  return { ...run, findings: Number(summary[1]) };
}
