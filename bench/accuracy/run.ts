/**
 * `npm run accuracy`: the accuracy benchmark of docs/accuracy.md. For each pinned real repository:
 * recall of the hover over a labelled random sample of raise sites, the findings of `check` on the
 * unplanted tree (judged by a reviewed list), and whether each planted bug is reported.
 *
 * Options: --repo NAME  --mirrors DIR (default /work/.mirror)  --work DIR (default $TMPDIR/error-catalog-accuracy)
 *          --seeds DIR (the seed pages)  --json FILE (write the results)  --verbose (every finding and hover)
 *          --write-docs (put the table into docs/accuracy.md)
 *
 * Exits 0 whatever the figures (it is a benchmark, not a gate); 1 when the setup fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPlant, findExpected, findingCode, runCli, type CliFinding } from './check';
import { loadPlants, loadReviews, loadSample, reviewKey, type Sample } from './data';
import { copyTree, SetupError } from './mirror';
import { measureRecall, type SiteResult } from './recall';
import type { RepoSpec } from './repos';
import { drawOrder, isTestPath, scanCandidates } from './scan';
import { BENCH, locateMirrors, parseOptions, preparePristine, PROJECT, type Options } from './setup';

interface RepoResult {
  repo: string;
  commit: string;
  files: number;
  candidates: number;
  drawn: number;
  dropped: number;
  sampled: number;
  hits: number;
  /** Misses whose status hover lists the code among the catalog codes of the status. */
  listed: number;
  findings: number;
  inTests: number;
  real: number;
  false: number;
  unreviewed: number;
  plantedFound: number;
  plantedTotal: number;
  driftFound: number;
  driftTotal: number;
  checkSeconds: number;
  seconds: number;
  missed: Array<{ file: string; line: number; column: number; code: string; status: number; hover: string }>;
  unreviewedFindings: CliFinding[];
  plantsMissed: string[];
}

/** The sample must still be the seeded draw over the current scan: stale labels fail loudly. */
function checkSample(spec: RepoSpec, sample: Sample, root: string): number {
  const candidates = scanCandidates(root, spec.scan);
  const order = drawOrder(candidates, sample.seed);
  const entries = [...sample.sites, ...sample.dropped];
  const draws = entries.map((entry) => entry.draw).sort((a, b) => a - b);
  if (
    sample.commit !== spec.commit ||
    draws.some((draw, index) => draw !== index) ||
    draws.length !== sample.drawn
  ) {
    throw new SetupError(
      `samples/${spec.name}.json: draws must be 0..${sample.drawn - 1}, each once, at ${spec.commit}`,
    );
  }
  for (const entry of entries) {
    if (order[entry.draw]?.file !== entry.file) {
      throw new SetupError(
        `samples/${spec.name}.json: draw ${entry.draw} is ${order[entry.draw]?.file}, not ${entry.file}`,
      );
    }
  }
  for (const site of sample.sites) {
    if (isTestPath(site.file)) throw new SetupError(`samples/${spec.name}.json: ${site.file} is a test file`);
  }
  return candidates.length;
}

async function measure(spec: RepoSpec, gitDir: string, options: Options, cli: string): Promise<RepoResult> {
  const started = process.hrtime.bigint();
  const root = preparePristine(spec, gitDir, options);
  const sample = loadSample(BENCH, spec.name);
  const plants = loadPlants(BENCH, spec.name);
  const reviews = new Map(
    loadReviews(BENCH, spec.name).map((review) => [
      reviewKey(review.file, review.line, review.rule, review.code),
      review,
    ]),
  );
  const candidates = checkSample(spec, sample, root);

  const pristine = runCli(cli, root);
  const sites: SiteResult[] = await measureRecall(root, sample.sites);

  // Each bug is planted alone, in a copy, and the file put back before the next one.
  const plantedRoot = join(options.work, spec.name, 'planted');
  copyTree(root, plantedRoot);
  const planted = plants.filter((plant) => !plant.real);
  const plantsMissed: string[] = [];
  for (const plant of planted) {
    const restore = applyPlant(plantedRoot, plant);
    const found = findExpected(plant.expect, runCli(cli, plantedRoot).findings, pristine.findings);
    restore();
    if (!found)
      plantsMissed.push(`${plant.expect.file}:${plant.expect.line} ${plant.expect.rule}: ${plant.note}`);
  }
  const drift = plants.filter((plant) => plant.real);
  const driftMissed = drift
    .filter((plant) => !findExpected(plant.expect, pristine.findings))
    .map(
      (plant) => `${plant.expect.file}:${plant.expect.line} ${plant.expect.rule} (real drift): ${plant.note}`,
    );

  const sourceFindings = pristine.findings.filter((finding) => !isTestPath(finding.path));
  const verdicts = sourceFindings.map(
    (finding) =>
      reviews.get(reviewKey(finding.path, finding.line, finding.rule, findingCode(finding)))?.verdict,
  );
  const result: RepoResult = {
    repo: spec.name,
    commit: spec.commit,
    files: pristine.files,
    candidates,
    drawn: sample.drawn,
    dropped: sample.dropped.length,
    sampled: sites.length,
    hits: sites.filter((site) => site.hit).length,
    listed: sites.filter((site) => site.listed).length,
    findings: pristine.findings.length,
    inTests: pristine.findings.length - sourceFindings.length,
    real: verdicts.filter((verdict) => verdict === 'real').length,
    false: verdicts.filter((verdict) => verdict === 'false').length,
    unreviewed: verdicts.filter((verdict) => verdict === undefined).length,
    plantedFound: planted.length - plantsMissed.length,
    plantedTotal: planted.length,
    driftFound: drift.length - driftMissed.length,
    driftTotal: drift.length,
    checkSeconds: pristine.seconds,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    missed: sites
      .filter((site) => !site.hit)
      .map(({ site, hover }) => ({ ...site, hover: hover ?? '(no hover)' })),
    unreviewedFindings: sourceFindings.filter((_, index) => verdicts[index] === undefined),
    plantsMissed: [...plantsMissed, ...driftMissed],
  };
  if (options.values.verbose) {
    for (const { site, hit, hover } of sites) {
      console.log(
        `  ${hit ? 'hit ' : 'MISS'} ${site.file}:${site.line}:${site.column} ${site.code} ${site.status}: ${hover ?? '(no hover)'}`,
      );
    }
    for (const finding of pristine.findings) {
      console.log(
        `  finding ${finding.path}:${finding.line}:${finding.column} ${finding.rule} ${finding.message}`,
      );
    }
  }
  return result;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;

/** The Markdown table of docs/accuracy.md. */
export function table(results: readonly RepoResult[]): string {
  const header = [
    'Repository',
    'Files',
    'Sampled sites (drawn/dropped)',
    'Recall',
    'Findings',
    'In tests',
    'Reviewed real/false/unreviewed',
    'Precision',
    'Planted found',
    'Known drift found',
    'Check s',
    'Total s',
  ];
  const rows = results.map((r) => [
    r.repo,
    String(r.files),
    `${r.sampled} (${r.drawn}/${r.dropped})`,
    `${percent(r.hits, r.sampled)} (${r.hits}/${r.sampled})`,
    String(r.findings),
    String(r.inTests),
    `${r.real}/${r.false}/${r.unreviewed}`,
    percent(r.real, r.real + r.false),
    `${r.plantedFound}/${r.plantedTotal}`,
    r.driftTotal === 0 ? '-' : `${r.driftFound}/${r.driftTotal}`,
    r.checkSeconds.toFixed(1),
    r.seconds.toFixed(1),
  ]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions({
    json: { type: 'string' },
    verbose: { type: 'boolean' },
    'write-docs': { type: 'boolean' },
  });
  const cli = join(PROJECT, 'dist/cli.js');
  if (!existsSync(cli)) throw new SetupError(`${cli} is missing: run npm run build first`);
  const gitDirs = locateMirrors(options);
  const results: RepoResult[] = [];
  for (const spec of options.repos) {
    console.log(`${spec.name}: ${spec.repo}@${spec.commit.slice(0, 12)}`);
    const result = await measure(spec, gitDirs.get(spec.name)!, options, cli);
    results.push(result);
    for (const miss of result.missed) {
      console.log(
        `  missed ${miss.file}:${miss.line}:${miss.column} ${miss.code} ${miss.status}  hover: ${miss.hover.split('\n')[0]}`,
      );
    }
    for (const finding of result.unreviewedFindings) {
      console.log(`  unreviewed ${finding.path}:${finding.line} ${finding.rule} ${finding.message}`);
    }
    for (const plant of result.plantsMissed) console.log(`  not reported ${plant}`);
    if (result.listed > 0) {
      console.log(
        `  ${result.listed} missed sites have a status hover that lists the code among its status's codes`,
      );
    }
  }
  console.log(`\n${table(results)}\n`);
  console.log(
    'Recall: hovers naming the code and status of a labelled site. Precision: real / (real + false) among reviewed findings outside tests.',
  );
  if (options.values.json)
    writeFileSync(String(options.values.json), JSON.stringify(results, null, 2) + '\n');
  if (options.values['write-docs']) writeDocs(results);
}

/** The commit of this project, and whether the engine had changes not committed yet. */
function engineVersion(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'server', 'esbuild.mjs') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted engine changes' : ''}`;
  } catch {
    return 'an unknown commit';
  }
}

/** Replaces the results section of docs/accuracy.md with this run's table. */
function writeDocs(results: readonly RepoResult[]): void {
  const docs = join(PROJECT, 'docs/accuracy.md');
  const [start, end] = ['<!-- results:start -->', '<!-- results:end -->'];
  const text = readFileSync(docs, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new SetupError(`${docs} has no ${start} ... ${end} section`);
  const listed = results
    .filter((r) => r.listed > 0)
    .map((r) => `${r.repo} ${r.listed}`)
    .join(', ');
  const section = [
    `Measured ${new Date().toISOString().slice(0, 10)} with the engine at ${engineVersion()}, Node ${process.version}.`,
    '',
    table(results),
    ...(listed
      ? [
          '',
          `Missed sites whose status hover lists the code among its status's codes (not counted): ${listed}.`,
        ]
      : []),
  ].join('\n');
  writeFileSync(docs, `${text.slice(0, from + start.length)}\n${section}\n${text.slice(to)}`);
  console.log(`wrote ${docs}`);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof SetupError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
  process.exitCode = 1;
});
