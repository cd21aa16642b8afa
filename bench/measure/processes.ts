import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a measured process cost, seen from outside (wall) and from inside (CPU, peak memory). */
export interface ProcessRun {
  wallMs: number;
  /** User plus system time of the process, all its threads. */
  cpuMs: number;
  maxRssMb: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const CPU_REPORT = pathToFileURL(join(__dirname, 'cpuReport.mjs')).href;

/** Runs a Node script as a whole process, from spawn to exit, and reads its CPU time at exit. */
export function runNode(
  script: string,
  args: string[],
  cwd: string,
  execArgv: string[] = [],
  env: Record<string, string> = {},
): Promise<ProcessRun> {
  const directory = mkdtempSync(join(tmpdir(), 'error-catalog-bench-run-'));
  const report = join(directory, 'cpu.json');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...execArgv, '--import', CPU_REPORT, script, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_CPU_REPORT: report, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      try {
        const usage = JSON.parse(readFileSync(report, 'utf8')) as { cpuMs: number; maxRssKb: number };
        resolve({
          wallMs,
          cpuMs: usage.cpuMs,
          maxRssMb: usage.maxRssKb / 1024,
          exitCode,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
      } catch (error) {
        reject(
          new Error(
            `${script} left no CPU report (exit ${exitCode}): ${String(error)}\n${Buffer.concat(stderr)}`,
          ),
        );
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    });
  });
}
