import { name, repository, version } from '../../../package.json';
import { CATALOG_RULES, SOURCE_RULES } from '../service/rules';
import { isGoverned } from '../service/governance';
import { DEFAULT_SETTINGS, parseRuleSeverity, type Settings } from '../service/settings';
import { AnalysisCache, cacheFilePath } from '../workspace/analysisCache';
import { concurrencyFrom, type Concurrency } from '../workspace/analysisPool';
import { engineId } from '../workspace/engineId';
import type { WorkspaceHost } from '../workspace/host';
import { flagValue, listValue, parseArguments, stringValue, UsageError } from './args';
import { colorAllowed, EXIT, type CliIo } from './cliIo';
import { countFindings, severityName } from './findings';
import { formatJson } from './formatJson';
import { governanceReport } from './governanceReport';
import { formatSarif } from './formatSarif';
import { formatText, plural } from './formatText';
import { CHECK_HELP } from './help';
import { Progress } from './progress';
import { runCheck } from './runCheck';

const FORMATS = ['text', 'json', 'sarif'] as const;

const OPTIONS = {
  format: { type: 'string', choices: FORMATS },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  catalog: { type: 'string', multiple: true },
  'test-files': { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `error-catalog check`: returns the exit code. */
export async function checkCommand(argv: readonly string[], io: CliIo, host: WorkspaceHost): Promise<number> {
  const args = parseArguments(argv, OPTIONS);
  if (flagValue(args, 'help')) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const format = (stringValue(args, 'format') ?? 'text') as (typeof FORMATS)[number];
  const maxWarnings = parseMaxWarnings(stringValue(args, 'max-warnings'));
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: parseRules(listValue(args, 'rule')) };
  const quiet = flagValue(args, 'quiet');
  const cacheLocation = stringValue(args, 'cache-location');
  const cache =
    flagValue(args, 'cache') || cacheLocation !== undefined
      ? await AnalysisCache.open(await cacheFilePath(io.cwd, cacheLocation), engineId())
      : undefined;
  if (cache?.note) io.stderr.write(`error-catalog check: ${cache.note}\n`);

  const result = await runCheck(
    host,
    {
      cwd: io.cwd,
      paths: args.positionals,
      catalogPatterns: listValue(args, 'catalog'),
      testFiles: listValue(args, 'test-files'),
      settings,
      memo: cache,
      parallel: io.program
        ? { program: io.program, concurrency: parseConcurrency(stringValue(args, 'concurrency')) }
        : undefined,
    },
    new Progress(io.stderr),
  );
  const unsaved = await cache?.save();
  if (unsaved) io.stderr.write(`error-catalog check: ${unsaved}\n`);
  const counts = countFindings(result.findings);
  const reported = quiet
    ? result.findings.filter((finding) => severityName(finding.diagnostic) === 'error')
    : result.findings;

  const governance = governanceReport(result.governance, io.cwd);
  if (format === 'json') io.stdout.write(formatJson(reported, result.filesChecked, governance));
  else if (format === 'sarif') {
    const informationUri = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    io.stdout.write(formatSarif(reported, io.cwd, { name, version, informationUri }, governance));
  } else {
    const color = colorAllowed(io.stdout, io.env, flagValue(args, 'no-color'));
    io.stdout.write(formatText(reported, result.filesChecked, { color }, governance.summary));
  }
  // The machine formats keep stdout for the report: say it where a person reading the log sees it.
  if (format !== 'text' && !isGoverned(result.governance)) {
    io.stderr.write(`error-catalog check: ${governance.summary}\n`);
  }

  const tooManyWarnings = maxWarnings !== undefined && counts.warning > maxWarnings;
  if (tooManyWarnings) {
    const message = `${plural(counts.warning, 'warning')}: more than --max-warnings ${maxWarnings} allows\n`;
    // In json and sarif modes stdout carries nothing but the report.
    (format === 'text' ? io.stdout : io.stderr).write(message);
  }
  return counts.error > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined) return 'auto';
  const concurrency = concurrencyFrom(value);
  if (concurrency === undefined) {
    throw new UsageError(`--concurrency takes a number of threads, auto or off, not '${value}'`);
  }
  return concurrency;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not '${value}'`);
  return Number(value);
}

function parseRules(pairs: readonly string[]): Settings['rules'] {
  const known = [...SOURCE_RULES, ...CATALOG_RULES].map((rule) => rule.id);
  const rules: Settings['rules'] = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const rule = equals < 0 ? pair : pair.slice(0, equals);
    const severity = equals < 0 ? undefined : parseRuleSeverity(pair.slice(equals + 1));
    if (!known.includes(rule)) {
      throw new UsageError(`--rule '${pair}': unknown rule '${rule}' (rules: ${known.join(', ')})`);
    }
    if (!severity) {
      throw new UsageError(`--rule '${pair}': the severity is one of ignore, info, warning, error`);
    }
    rules[rule] = severity;
  }
  return rules;
}
