import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCheck } from './measure/check';
import { runNode } from './measure/processes';
import { median } from './measure/stats';

const READ_FLOOR = resolve(__dirname, 'measure/readFloor.mjs');

/** Cold check over the read floor on a real repository: each the median of alternated runs. */
export interface RealRepositoryResult {
  name: string;
  files: number;
  readMs: number;
  checkMs: number;
  findings: number;
}

/** The bound the cold check is held to, as a multiple of the read floor. */
const CHECK_OVER_READ = 4;

/**
 * The repositories the accuracy benchmark extracts (`<work>/<name>/pristine`, its catalog copied
 * in): a read floor and a cold `check`, alternated `repeat` times, as whole processes.
 */
export async function measureRealRepositories(
  work: string,
  dist: string,
  repeat: number,
  log: (line: string) => void,
): Promise<RealRepositoryResult[]> {
  if (!existsSync(work)) return [];
  const results: RealRepositoryResult[] = [];
  for (const name of readdirSync(work).sort()) {
    const root = join(work, name, 'pristine');
    if (!existsSync(root)) continue;
    const reads: number[] = [];
    const checks: number[] = [];
    let files = 0;
    let findings = 0;
    for (let run = 0; run < repeat; run++) {
      const read = await runNode(READ_FLOOR, [root], root);
      reads.push(read.wallMs);
      files = (JSON.parse(read.stdout) as { files: number }).files;
      const check = await runCheck(dist, root);
      checks.push(check.wallMs);
      findings = check.findings;
    }
    const result = { name, files, readMs: median(reads), checkMs: median(checks), findings };
    log(
      `${name}: ${files} files, read ${result.readMs.toFixed(0)} ms, check ${result.checkMs.toFixed(0)} ms`,
    );
    results.push(result);
  }
  return results;
}

/** The table of the real repositories, each ratio beside its target. */
export function realRepositoryTable(results: readonly RealRepositoryResult[]): string {
  const rows = results.map((result) => {
    const ratio = result.checkMs / result.readMs;
    const verdict =
      ratio <= CHECK_OVER_READ ? 'met' : `missed (${(ratio / CHECK_OVER_READ).toFixed(1)}x off)`;
    return `| ${result.name} | ${result.files} | ${result.readMs.toFixed(0)} | ${result.checkMs.toFixed(0)} | ${ratio.toFixed(1)}x | <= ${CHECK_OVER_READ}x | ${verdict} |`;
  });
  return [
    '| repository | source files | read floor, process ms | check, process ms | check / read | target | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
