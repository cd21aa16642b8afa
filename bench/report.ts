import { cpus, totalmem } from 'node:os';
import type { SizeResult, Timed } from './suite';

/** One row of the table: a figure per size, its growth from the smallest to the largest size, its target. */
interface Row {
  figure: string;
  cells: string[];
  growth: string;
  target: string;
  verdict: string;
}

const ms = (value: number) =>
  Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : 'n/a';
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value >= 10 ? 0 : 1)}x` : 'n/a');
const sizeName = (files: number) =>
  files >= 1000 && files % 1000 === 0 ? `${files / 1000}k` : String(files);

/** Whether each size meets a bound, and by how much the worst one misses or clears it. */
function judge(values: number[], bound: number, atMost: boolean): string {
  const failing = values.filter((v) => !(atMost ? v <= bound : v >= bound));
  if (values.some((v) => !Number.isFinite(v))) return 'n/a';
  if (failing.length === 0) return 'met';
  const worst = atMost ? Math.max(...failing) : Math.min(...failing);
  return `missed (${ratio(atMost ? worst / bound : bound / worst)} off)`;
}

/** Peak memory bounds by workspace size (files): 200 MB at 10k, 600 MB at 50k. */
const RSS_BOUNDS: ReadonlyArray<[files: number, mb: number]> = [
  [10_000, 200],
  [50_000, 600],
];

/** Whether the sizes with a memory bound stay under it; when one does not, by how much the worst misses. */
function judgeRss(results: SizeResult[], rss: (r: SizeResult) => number): string {
  // Each size against its own bound, as a share of it: the worst share is judged against 1.
  const shares = RSS_BOUNDS.flatMap(([files, mb]) => {
    const result = results.find((r) => r.manifest.sourceFiles === files);
    return result ? [rss(result) / mb] : [];
  });
  if (shares.length === 0) return 'n/a (no 10k or 50k run)';
  return judge(shares, 1, true);
}

/**
 * How a figure grows from 10k to 50k files against the files themselves: at most 1x is linear.
 * Undefined without both sizes.
 */
function scaleGrowth(results: SizeResult[], value: (r: SizeResult) => number): number | undefined {
  const at = (files: number) => results.find((r) => r.manifest.sourceFiles === files);
  const [small, large] = [at(10_000), at(50_000)];
  if (!small || !large) return undefined;
  return value(large) / value(small) / (large.manifest.sourceFiles / small.manifest.sourceFiles);
}

/** The rows of the results table, each figure beside its target. */
export function resultRows(results: SizeResult[]): Row[] {
  const first = results[0];
  const last = results[results.length - 1];
  const growth = (value: (r: SizeResult) => number) =>
    results.length > 1 ? ratio(value(last) / value(first)) : '';
  const row = (
    figure: string,
    value: (r: SizeResult) => number,
    format: (v: number) => string,
    target = '',
    verdict = '',
    showGrowth = false,
  ): Row => ({
    figure,
    cells: results.map((r) => format(value(r))),
    growth: showGrowth ? growth(value) : '',
    target,
    verdict,
  });
  const both = (figure: string, wall: (r: SizeResult) => number, cpu: (r: SizeResult) => number): Row => ({
    figure,
    cells: results.map((r) => `${ms(wall(r))} (cpu ${ms(cpu(r))})`),
    growth: growth(wall),
    target: '',
    verdict: '',
  });
  const checkOverRead = (r: SizeResult) => r.check.wallMs / r.readFloor.wallMs;
  const warmOverRead = (r: SizeResult) => r.warmCheck.wallMs / r.readFloor.wallMs;
  const peerOverCheck = (r: SizeResult) => r.peer.wallMs / r.check.wallMs;
  const indexOverCheck = (r: SizeResult) => r.index.wallMs / r.check.wallMs;
  const filesGrowth = last.manifest.sourceFiles / first.manifest.sourceFiles;
  const indexGrowth = last.index.wallMs / first.index.wallMs;
  const all = (value: (r: SizeResult) => number) => results.map(value);
  /** Growth from 10k to 50k files over the growth of the files: one cell, the target linear. */
  const scaleRow = (figure: string, value: (r: SizeResult) => number): Row => {
    const growthPerFile = scaleGrowth(results, value);
    return {
      figure,
      cells: results.map((_, i) =>
        i === results.length - 1 && growthPerFile !== undefined ? ratio(growthPerFile) : '',
      ),
      growth: '',
      target: '<= 1x (linear)',
      verdict: growthPerFile === undefined ? 'n/a (no 10k and 50k runs)' : judge([growthPerFile], 1, true),
    };
  };
  const distribution = (
    figure: string,
    d: (r: SizeResult) => { median: number; p95: number; count: number },
  ) => ({
    figure,
    cells: results.map((r) => `${ms(d(r).median)} / ${ms(d(r).p95)} (n=${d(r).count})`),
    growth: '',
  });
  /** A process's peak memory against its bounds, and how its time and memory grow from 10k to 50k. */
  const memoryAndScale = (name: string, figures: (r: SizeResult) => Timed & { peakRssMb: number }): Row[] => [
    row(
      `${name} peak RSS, MB`,
      (r) => figures(r).peakRssMb,
      (v) => v.toFixed(0),
      '<= 200 at 10k, <= 600 at 50k',
      judgeRss(results, (r) => figures(r).peakRssMb),
      true,
    ),
    scaleRow(`${name} time, 10k -> 50k, per file`, (r) => figures(r).wallMs),
    scaleRow(`${name} peak RSS, 10k -> 50k, per file`, (r) => figures(r).peakRssMb),
  ];
  return [
    {
      figure: 'source files / MB',
      cells: results.map((r) => `${r.manifest.sourceFiles} / ${(r.manifest.sourceBytes / 1e6).toFixed(1)}`),
      growth: growth((r) => r.manifest.sourceBytes),
      target: '',
      verdict: '',
    },
    {
      figure: '(1) read floor, process ms (in-process)',
      cells: results.map((r) => `${ms(r.readFloor.wallMs)} (${ms(r.readFloor.inProcessMs)})`),
      growth: growth((r) => r.readFloor.wallMs),
      target: '1x',
      verdict: '',
    },
    both(
      '(2) check, process ms',
      (r) => r.check.wallMs,
      (r) => r.check.cpuMs,
    ),
    row('(2) / (1), wall', checkOverRead, ratio, '<= 4x', judge(all(checkOverRead), 4, true)),
    row('(2) / (1), cpu', (r) => r.check.cpuMs / r.readFloor.cpuMs, ratio),
    ...memoryAndScale('(2)', (r) => r.check),
    both(
      '(2w) check --cache, warm, process ms',
      (r) => r.warmCheck.wallMs,
      (r) => r.warmCheck.cpuMs,
    ),
    row('(2w) / (1), wall', warmOverRead, ratio, '<= 1.5x', judge(all(warmOverRead), 1.5, true)),
    both(
      '(3) ESLint peer, process ms',
      (r) => r.peer.wallMs,
      (r) => r.peer.cpuMs,
    ),
    row('(3) / (2), wall', peerOverCheck, ratio, '>= 30x', judge(all(peerOverCheck), 30, false)),
    row('(3) / (2), cpu', (r) => r.peer.cpuMs / r.check.cpuMs, ratio),
    both(
      '(4) server index, ms',
      (r) => r.index.wallMs,
      (r) => r.index.cpuMs,
    ),
    row('(4) / (2), wall', indexOverCheck, ratio, '<= 1.5x', judge(all(indexOverCheck), 1.5, true)),
    row(
      '(4) growth vs files',
      () => indexGrowth / filesGrowth,
      ratio,
      '<= 1x (linear)',
      judge([indexGrowth / filesGrowth], 1, true),
    ),
    ...memoryAndScale('(4)', (r) => r.index),
    {
      ...distribution('(5) keystroke ms, median / p95', (r) => r.keystrokes),
      target: '<= 5 / <= 15',
      verdict: `${judge(
        all((r) => r.keystrokes.median),
        5,
        true,
      )} / ${judge(
        all((r) => r.keystrokes.p95),
        15,
        true,
      )}`,
    },
    {
      ...distribution('(6) hover idle ms, median / p95', (r) => r.idle.hover),
      target: 'median <= 2',
      verdict: judge(
        all((r) => r.idle.hover.median),
        2,
        true,
      ),
    },
    {
      ...distribution('(6) completion idle ms, median / p95', (r) => r.idle.completion),
      target: 'median <= 2',
      verdict: judge(
        all((r) => r.idle.completion.median),
        2,
        true,
      ),
    },
    {
      ...distribution('(6) hover while indexing, median / p95', (r) => r.indexing.hover),
      target: 'p95 <= 50',
      verdict: judge(
        all((r) => r.indexing.hover.p95),
        50,
        true,
      ),
    },
    {
      ...distribution('(6) completion while indexing, median / p95', (r) => r.indexing.completion),
      target: 'p95 <= 50',
      verdict: judge(
        all((r) => r.indexing.completion.p95),
        50,
        true,
      ),
    },
  ];
}

/** The table as Markdown: readable in a terminal and in docs/performance.md alike. */
export function markdownTable(results: SizeResult[]): string {
  const header = [
    'figure',
    ...results.map((r) => sizeName(r.manifest.sourceFiles)),
    'growth',
    'target',
    'verdict',
  ];
  const rows = resultRows(results).map((r) => [r.figure, ...r.cells, r.growth, r.target, r.verdict]);
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

/** Sanity of the workload: what each tool found, against what the generator planted. */
export function workloadNotes(results: SizeResult[]): string[] {
  return results.map((r) => {
    const planted = r.manifest.planted.unknownCodes + r.manifest.planted.statusMismatches;
    return (
      `${sizeName(r.manifest.sourceFiles)}: ${r.manifest.sourceLines} lines; check found ${r.check.findings} ` +
      `(planted ${planted}), warm check ${r.warmCheck.findings}; ESLint found ${r.peer.findings} code properties; ` +
      `keystrokes changed the diagnostics as expected ${r.keystrokes.expectedChanges}/${r.keystrokes.count} times; ` +
      `hovers answered ${r.idle.hoversAnswered}/${r.idle.hover.count}; ` +
      `load ${r.load[0].toFixed(1)} -> ${r.load[1].toFixed(1)}`
    );
  });
}

/** Machine, Node version and date: what a reader needs to compare figures. */
export function environment(): string {
  const cpu = cpus();
  return (
    `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform} ${process.arch}, ` +
    `${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`
  );
}
