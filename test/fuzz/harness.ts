import fc from 'fast-check';
import { Watchdog } from './watchdog';

/**
 * Cases per target. `npm test` runs the default few hundred; `npm run fuzz` sets 10,000 or more.
 * FUZZ_SEED replays a run that failed (fast-check prints the seed and path).
 */
export const FUZZ_RUNS = positiveInteger('FUZZ_RUNS', 200);
const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const FUZZ_PATH = process.env.FUZZ_PATH;

/** No single input may take more CPU time than this: slow enough for an editor user to notice. */
export const CASE_LIMIT_MS = positiveInteger('FUZZ_CASE_LIMIT_MS', 2000);

/** One thing to fuzz: how its inputs are made and what must hold for each. */
export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** The input as text, for the hang report. */
  describe(input: T): string;
  /** Runs the code under test on one input; throws when a property does not hold. */
  check(input: T): void;
}

/** What a run measured. */
export interface FuzzStats {
  target: string;
  cases: number;
  totalMs: number;
  slowestMs: number;
  /** Length of the input that took longest. */
  slowestLength: number;
}

/**
 * Runs a target's cases: each must pass its checks and finish within CASE_LIMIT_MS of CPU time; a case that
 * never returns is caught by the watchdog, which stops the process and shows the input.
 */
export async function runFuzzTarget<T>(target: FuzzTarget<T>, runs = FUZZ_RUNS): Promise<FuzzStats> {
  const watchdog = new Watchdog(target.name);
  const stats: FuzzStats = { target: target.name, cases: 0, totalMs: 0, slowestMs: 0, slowestLength: 0 };
  try {
    fc.assert(
      fc.property(target.arbitrary, (input) => {
        const text = target.describe(input);
        // CPU time, not wall time: other processes on a busy machine must not fail a case.
        const started = process.cpuUsage();
        watchdog.run(text, () => target.check(input));
        const { user, system } = process.cpuUsage(started);
        const elapsed = (user + system) / 1000;
        stats.cases++;
        stats.totalMs += elapsed;
        if (elapsed > stats.slowestMs) {
          stats.slowestMs = elapsed;
          stats.slowestLength = text.length;
        }
        if (elapsed > CASE_LIMIT_MS) {
          throw new Error(
            `one case took ${Math.round(elapsed)} ms of CPU time, over the ${CASE_LIMIT_MS} ms bound`,
          );
        }
      }),
      {
        numRuns: runs,
        seed: FUZZ_SEED,
        path: FUZZ_PATH,
        endOnFailure: FUZZ_PATH !== undefined,
        // node:test prints no error cause: put the failing check's message in the report itself.
        includeErrorInReport: true,
      },
    );
  } finally {
    await watchdog.stop();
  }
  return stats;
}

/** `json loader: 10000 cases in 4210 ms of CPU time (mean 0.42 ms, slowest 35 ms on 9120 characters)`. */
export function formatStats(stats: FuzzStats): string {
  const mean = stats.cases === 0 ? 0 : stats.totalMs / stats.cases;
  return (
    `${stats.target}: ${stats.cases} cases in ${Math.round(stats.totalMs)} ms of CPU time ` +
    `(mean ${mean.toFixed(2)} ms, slowest ${Math.round(stats.slowestMs)} ms on ${stats.slowestLength} characters)`
  );
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, not '${raw}'`);
  return value;
}
