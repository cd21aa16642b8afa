import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureWorkspace, type WorkspaceManifest } from './generator/workspace';
import { runCheck } from './measure/check';
import {
  measureKeystrokes,
  measureRequests,
  measureRequestsWhileIndexing,
  openBigDocument,
  startIndexed,
  type KeystrokeFigures,
  type RequestFigures,
} from './measure/languageServer';
import { runPeer, writePeerConfig } from './measure/peer';
import { runNode } from './measure/processes';
import { median } from './measure/stats';

export interface BenchOptions {
  /** Workspace sizes, in source files. */
  sizes: number[];
  /** Runs of the read floor, the check and the index per size; their medians are reported. */
  repeat: number;
  /** Runs of ESLint per size (the slowest figure by far). */
  peerRepeat: number;
  edits: number;
  requests: number;
  /** Where workspaces are generated and kept between runs. */
  cacheRoot: string;
  /** The built bundles to measure (cli.js, server.js). */
  dist: string;
  seed?: number;
  log(line: string): void;
}

/** A figure measured as a whole process: wall-clock and CPU time. */
export interface Timed {
  wallMs: number;
  cpuMs: number;
}

export interface SizeResult {
  manifest: WorkspaceManifest;
  /** One-minute load average before and after this size's measurements. */
  load: [number, number];
  readFloor: Timed & { inProcessMs: number };
  check: Timed & { findings: number; peakRssMb: number };
  /** `check --cache` after a run that filled the cache, nothing changed since. */
  warmCheck: Timed & { findings: number };
  peer: Timed & { findings: number };
  index: Timed & { peakRssMb: number };
  keystrokes: KeystrokeFigures;
  idle: RequestFigures;
  indexing: RequestFigures & { indexWallMs: number };
}

const READ_FLOOR = resolve(__dirname, 'measure/readFloor.mjs');

/** Measures every figure on every size, the repeated runs interleaved so load hits them alike. */
export async function runSuite(options: BenchOptions): Promise<SizeResult[]> {
  mkdirSync(options.cacheRoot, { recursive: true });
  writePeerConfig(options.cacheRoot);
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const { root, manifest, generated } = ensureWorkspace(options.cacheRoot, size, options.seed);
    options.log(
      `${size} files: ${generated ? 'generated' : 'cached'} ${root} (load ${loadavg()[0].toFixed(1)})`,
    );
    results.push(await measureSize(root, manifest, options));
  }
  return results;
}

async function measureSize(
  root: string,
  manifest: WorkspaceManifest,
  options: BenchOptions,
): Promise<SizeResult> {
  const load: [number, number] = [loadavg()[0], 0];
  const reads: Array<Timed & { inProcessMs: number }> = [];
  const checks: Array<Timed & { findings: number; peakRssMb: number }> = [];
  const warmChecks: Array<Timed & { findings: number }> = [];
  const cacheFile = join(options.cacheRoot, `check-cache-${manifest.sourceFiles}.json`);
  rmSync(cacheFile, { force: true });
  const peers: Array<Timed & { findings: number }> = [];
  const indexes: Array<Timed & { peakRssMb: number }> = [];
  let keystrokes: KeystrokeFigures | undefined;
  let idle: RequestFigures | undefined;
  for (let run = 0; run < options.repeat; run++) {
    const read = await runNode(READ_FLOOR, [root], root);
    reads.push({
      wallMs: read.wallMs,
      cpuMs: read.cpuMs,
      inProcessMs: (JSON.parse(read.stdout) as { ms: number }).ms,
    });
    const check = await runCheck(options.dist, root);
    checks.push({
      wallMs: check.wallMs,
      cpuMs: check.cpuMs,
      findings: check.findings,
      peakRssMb: check.maxRssMb,
    });
    // The first run fills the cache; the others, and a run after it, find every file in it.
    if (run === 0) await runCheck(options.dist, root, [], cacheFile);
    const warm = await runCheck(options.dist, root, [], cacheFile);
    warmChecks.push({ wallMs: warm.wallMs, cpuMs: warm.cpuMs, findings: warm.findings });
    if (run < options.peerRepeat) {
      const peer = await runPeer(options.cacheRoot, root);
      peers.push({ wallMs: peer.wallMs, cpuMs: peer.cpuMs, findings: peer.findings });
    }
    const server = await startIndexed(options.dist, root);
    indexes.push(server.figures);
    options.log(
      `  run ${run + 1}: read ${read.wallMs.toFixed(0)} ms, check ${check.wallMs.toFixed(0)} ms` +
        `, warm ${warm.wallMs.toFixed(0)} ms` +
        `${peers[run] ? `, eslint ${peers[run].wallMs.toFixed(0)} ms` : ''}, index ${server.figures.wallMs.toFixed(0)} ms` +
        ` (${server.figures.peakRssMb.toFixed(0)} MB), load ${loadavg()[0].toFixed(1)}`,
    );
    try {
      if (run === 0) {
        const document = await openBigDocument(server.client, root, manifest.bigDocument);
        keystrokes = await measureKeystrokes(server.client, document.uri, document.text, options.edits);
        idle = await measureRequests(server.client, document.uri, document.text, options.requests);
      }
    } finally {
      await server.client.stop();
    }
  }
  const indexing = await measureRequestsWhileIndexing(
    options.dist,
    root,
    manifest.bigDocument,
    options.requests,
  );
  load[1] = loadavg()[0];
  const mid = <T extends Timed>(runs: T[]): T => {
    // The run of median wall time, so its CPU time and findings belong to the same run.
    const wall = median(runs.map((r) => r.wallMs));
    return runs.find((r) => r.wallMs === wall)!;
  };
  return {
    manifest,
    load,
    readFloor: mid(reads),
    check: { ...mid(checks), peakRssMb: Math.max(...checks.map((r) => r.peakRssMb)) },
    warmCheck: mid(warmChecks),
    peer: mid(peers),
    index: { ...mid(indexes), peakRssMb: Math.max(...indexes.map((r) => r.peakRssMb)) },
    keystrokes: keystrokes!,
    idle: idle!,
    indexing,
  };
}

/** The default cache folder, outside the repository. */
export function defaultCacheRoot(tmp: string): string {
  return join(tmp, 'error-catalog-bench');
}
