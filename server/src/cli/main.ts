import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import { DEFAULT_SETTINGS, parseRuleSeverity, type Settings } from '../service/settings';
import { nodeHost } from '../workspace/nodeHost';
import { severityName } from './findings';
import { formatText } from './formatText';
import { runCheck } from './runCheck';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes: 0 clean or warnings only, 1 a finding at error severity, 2 usage or configuration error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const HELP = `Usage: error-catalog <command> [options]

Commands:
  check [paths...]   Check the sources under the paths (default: .) against their error catalog

Options:
  -h, --help         Show help
  -v, --version      Show the version
`;

const CHECK_HELP = `Usage: error-catalog check [paths...] [options]

Checks every TypeScript and JavaScript file under the paths against the error catalog found there.

Options:
  --rule <rule=severity>  Set a rule's severity (ignore, info, warning, error); repeatable
  --catalog <glob>        Catalog files to use instead of discovery; repeatable
  --no-color              Print without colours (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help              Show this help
`;

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (command === 'check') return check(rest, io);
  io.stderr.write(`error-catalog: unknown command '${command}'\n\n${HELP}`);
  return EXIT.usage;
}

async function check(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        rule: { type: 'string', multiple: true },
        catalog: { type: 'string', multiple: true },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`error-catalog check: ${(error as Error).message}\n\n${CHECK_HELP}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: {}, catalogFiles: parsed.values.catalog ?? [] };
  for (const pair of parsed.values.rule ?? []) {
    const [rule, value = ''] = pair.split('=');
    const severity = parseRuleSeverity(value);
    if (!rule || !severity) {
      io.stderr.write(
        `error-catalog check: --rule takes rule=severity (ignore, info, warning, error), not '${pair}'\n`,
      );
      return EXIT.usage;
    }
    settings.rules[rule] = severity;
  }
  const paths = parsed.positionals.length > 0 ? parsed.positionals : ['.'];
  const color = !parsed.values['no-color'] && io.env.NO_COLOR === undefined && io.stdout.isTTY === true;
  let exitCode: number = EXIT.ok;
  for (const path of paths) {
    const root = resolve(io.cwd, path);
    const stat = await nodeHost.stat(root);
    if (!stat?.isDirectory) {
      io.stderr.write(`error-catalog check: '${path}' is not a folder\n`);
      return EXIT.usage;
    }
    const result = await runCheck(nodeHost, root, settings, io.cwd);
    io.stdout.write(formatText(result.findings, result.filesChecked, { color }));
    if (result.findings.some((finding) => severityName(finding.diagnostic) === 'error'))
      exitCode = EXIT.findings;
  }
  return exitCode;
}
