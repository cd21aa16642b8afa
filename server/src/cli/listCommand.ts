import { entryUseCount } from '../service/entryUses';
import type { WorkspaceHost } from '../workspace/host';
import { flagValue, listValue, parseArguments, stringValue } from './args';
import { EXIT, type CliIo } from './cliIo';
import { listCodes } from './catalogListing';
import { formatListJson, formatListMarkdown, formatListText, type ListView } from './formatList';
import { LIST_HELP } from './help';
import { Progress } from './progress';
import { openWorkspace } from './workspaceRun';

const FORMATS = ['text', 'json', 'markdown'] as const;

const OPTIONS = {
  format: { type: 'string', choices: FORMATS },
  unused: { type: 'boolean' },
  'by-status': { type: 'boolean' },
  catalog: { type: 'string', multiple: true },
  'test-files': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `error-catalog list`: the merged catalog, the audit view. Returns the exit code. */
export async function listCommand(argv: readonly string[], io: CliIo, host: WorkspaceHost): Promise<number> {
  const args = parseArguments(argv, OPTIONS);
  if (flagValue(args, 'help')) {
    io.stdout.write(LIST_HELP);
    return EXIT.ok;
  }
  const run = await openWorkspace(
    host,
    {
      cwd: io.cwd,
      paths: args.positionals,
      catalogPatterns: listValue(args, 'catalog'),
      testFiles: listValue(args, 'test-files'),
      parallel: io.program ? { program: io.program, concurrency: 'auto' } : undefined,
    },
    new Progress(io.stderr),
  );
  const rows = listCodes(run, io.cwd);
  const view: ListView = { codes: rows.map((row) => row.listed), byStatus: flagValue(args, 'by-status') };
  if (flagValue(args, 'unused')) {
    // The editor's count of uses (unused-code, the code lens): the whole workspace, tests apart.
    for (const row of rows) {
      const uses = entryUseCount(row.entry, run.context);
      row.listed.uses = uses.api;
      row.listed.testFiles = uses.testFiles;
    }
    view.codes = rows.filter((row) => row.listed.uses === 0).map((row) => row.listed);
    view.unusedOf = rows.length;
  }
  const format = stringValue(args, 'format') ?? 'text';
  const output =
    format === 'json'
      ? formatListJson(view)
      : format === 'markdown'
        ? formatListMarkdown(view)
        : formatListText(view);
  io.stdout.write(output);
  return EXIT.ok;
}
