import type { CatalogEntry } from '../catalog/types';
import { codesUsedBy } from '../service/codeUses';
import type { WorkspaceHost } from '../workspace/host';
import { pathToUri } from '../workspace/paths';
import { flagValue, listValue, parseArguments, stringValue } from './args';
import { EXIT, type CliIo } from './cliIo';
import { listCodes } from './catalogListing';
import { formatListJson, formatListMarkdown, formatListText, type ListView } from './formatList';
import { LIST_HELP } from './help';
import { Progress } from './progress';
import { openWorkspace, type WorkspaceRun } from './workspaceRun';

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
    },
    new Progress(io.stderr),
  );
  const rows = listCodes(run, io.cwd);
  const view: ListView = { codes: rows.map((row) => row.listed), byStatus: flagValue(args, 'by-status') };
  if (flagValue(args, 'unused')) {
    const uses = countUses(run);
    for (const row of rows) row.listed.uses = uses.get(row.entry) ?? 0;
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

/** How often each catalog entry is used in the sources, as unused-code counts uses, by the entry in force. */
function countUses(run: WorkspaceRun): Map<CatalogEntry, number> {
  const uses = new Map<CatalogEntry, number>();
  for (const uri of run.sources.map((path) => pathToUri(path))) {
    const catalog = run.catalogs.catalogFor(uri);
    const model = run.context.model(uri);
    for (const code of model ? codesUsedBy(model) : []) {
      const entry = catalog.lookup(code);
      if (entry) uses.set(entry, (uses.get(entry) ?? 0) + 1);
    }
  }
  return uses;
}
