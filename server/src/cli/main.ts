import { version } from '../../../package.json';
import type { WorkspaceHost } from '../workspace/host';
import { nodeHost } from '../workspace/nodeHost';
import { UsageError } from './args';
import { checkCommand } from './checkCommand';
import { ConfigurationError, EXIT, type CliIo } from './cliIo';
import { formatFinding } from './formatText';
import { TOOL_HELP } from './help';
import { importCommand } from './importCommand';
import { listCommand } from './listCommand';
import { UnreadableCatalogError } from './workspaceRun';

type Command = (argv: readonly string[], io: CliIo, host: WorkspaceHost) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  list: listCommand,
  import: importCommand,
};

/** Runs the CLI and returns its exit code. Files are read through `host` (the disk by default). */
export async function main(
  argv: readonly string[],
  io: CliIo,
  host: WorkspaceHost = nodeHost,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help') {
    io.stdout.write(TOOL_HELP);
    return EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    // `error-catalog help check` is `error-catalog check --help`.
    return rest.length > 0 ? main([rest[0], '--help'], io, host) : main(['--help'], io, host);
  }
  if (first === undefined) {
    io.stderr.write(TOOL_HELP);
    return EXIT.usage;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    const what = first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`;
    io.stderr.write(`error-catalog: ${what}\nRun 'error-catalog --help' for the commands.\n`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io, host);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `error-catalog ${first}: ${error.message}\nRun 'error-catalog ${first} --help' for usage.\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof ConfigurationError) {
      io.stderr.write(`error-catalog ${first}: ${error.message}\n`);
      if (error instanceof UnreadableCatalogError) {
        for (const finding of error.findings) io.stderr.write(`${formatFinding(finding)}\n`);
      }
      return EXIT.usage;
    }
    throw error;
  }
}
