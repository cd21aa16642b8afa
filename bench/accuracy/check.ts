import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Expectation, Plant } from './data';
import { SetupError } from './mirror';

/** One finding of `check --format json`. */
export interface CliFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  severity: string;
  rule: string;
  message: string;
}

export interface CheckRun {
  findings: CliFinding[];
  /** Files the CLI checked (sources and catalog files). */
  files: number;
  seconds: number;
}

/** `node dist/cli.js check --format json` in `root`. */
export function runCli(cli: string, root: string): CheckRun {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json'], {
    cwd: root,
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    throw new SetupError(`check in ${root} exited ${result.status}: ${result.stderr}`);
  }
  const report = JSON.parse(result.stdout) as { findings: CliFinding[]; summary: { files: number } };
  return { findings: report.findings, files: report.summary.files, seconds };
}

/** The code a finding is about: the first quoted word of its message. */
export function findingCode(finding: CliFinding): string {
  return /'([^']+)'/.exec(finding.message)?.[1] ?? '';
}

/**
 * Writes one planted bug into the tree at `root` (`find` must occur exactly once in its file) and
 * returns what puts the file back.
 */
export function applyPlant(root: string, plant: Plant): () => void {
  const path = join(root, plant.file!);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(plant.find!);
  if (at < 0 || text.indexOf(plant.find!, at + 1) >= 0) {
    throw new SetupError(
      `planted bug "${plant.note}": ${JSON.stringify(plant.find)} is not unique in ${plant.file}`,
    );
  }
  writeFileSync(path, text.slice(0, at) + plant.replace + text.slice(at + plant.find!.length));
  return () => writeFileSync(path, text);
}

function sameFinding(a: CliFinding, b: CliFinding): boolean {
  return a.path === b.path && a.line === b.line && a.rule === b.rule && a.message === b.message;
}

/** The finding that reports `expect`, not already reported on the unplanted tree (`baseline`). */
export function findExpected(
  expect: Expectation,
  findings: readonly CliFinding[],
  baseline: readonly CliFinding[] = [],
): CliFinding | undefined {
  const places = [expect, ...(expect.also ?? [])];
  return findings.find(
    (finding) =>
      finding.rule === expect.rule &&
      places.some(
        (place) =>
          finding.path === place.file &&
          finding.line >= place.line &&
          finding.line <= (place.endLine ?? place.line),
      ) &&
      !baseline.some((known) => sameFinding(known, finding)),
  );
}
