import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeCatalogJson } from '../catalog/catalogWriter';
import { importCatalog, type ImportResult } from '../catalog/importCatalog';
import { catalogProblemDiagnostics } from '../service/diagnostics';
import { MAX_DOCUMENT_BYTES, readTextWithin, tooLargeReason } from '../workspace/fileLimits';
import type { WorkspaceHost } from '../workspace/host';
import { pathToUri } from '../workspace/paths';
import { flagValue, parseArguments, stringValue, UsageError } from './args';
import { ConfigurationError, EXIT, type CliIo } from './cliIo';
import { displayPath, sortFindings } from './findings';
import { formatFinding, plural } from './formatText';
import { IMPORT_HELP } from './help';

const OPTIONS = {
  out: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A passage longer than this is cut in the report: enough to find it in the document. */
const MAX_PASSAGE_LENGTH = 100;

/**
 * `error-catalog import <doc>`: writes the document's codes as a canonical catalog (to --out, or
 * to stdout) and reports what it found and what it could not place. Returns the exit code: 0 when
 * codes were written, 1 when the document holds none, 2 on a usage error or an --out that exists.
 */
export async function importCommand(
  argv: readonly string[],
  io: CliIo,
  host: WorkspaceHost,
): Promise<number> {
  const args = parseArguments(argv, OPTIONS);
  if (flagValue(args, 'help')) {
    io.stdout.write(IMPORT_HELP);
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) {
    throw new UsageError(
      args.positionals.length === 0 ? 'name the document to import' : 'import takes one document',
    );
  }
  const [document] = args.positionals;
  const out = stringValue(args, 'out');
  const force = flagValue(args, 'force');
  if (out !== undefined && !force && (await host.stat(resolve(io.cwd, out)))) {
    throw new ConfigurationError(`'${out}' exists; add --force to overwrite it`);
  }
  const path = resolve(io.cwd, document);
  const read = await readTextWithin(host, path, MAX_DOCUMENT_BYTES);
  if ('tooLarge' in read) throw new ConfigurationError(`'${document}' ${tooLargeReason(MAX_DOCUMENT_BYTES)}`);
  if ('missing' in read) throw new ConfigurationError(`cannot read '${document}'`);

  const result = importCatalog(read.text, pathToUri(path));
  // With --out the report is the output; without, stdout carries the catalog and the report goes aside.
  const report = out === undefined ? io.stderr : io.stdout;
  report.write(describeImport(pathToUri(path), displayPath(io.cwd, path), result));
  if (result.entries.length === 0) return EXIT.findings;

  const json = writeCatalogJson(result.entries, { kind: result.kind });
  if (out === undefined) {
    io.stdout.write(json);
    return EXIT.ok;
  }
  try {
    // 'wx' fails if the file appeared since the check above: never overwrite without --force.
    await writeFile(resolve(io.cwd, out), json, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it exists' : (error as Error).message;
    throw new ConfigurationError(`cannot write '${out}': ${reason}`);
  }
  report.write(`Wrote ${out}: review it before you use it.\n`);
  return EXIT.ok;
}

/** The report on the document at `uri`: each code found with its statuses and title, the passages left over, the problems. */
function describeImport(uri: string, shownPath: string, result: ImportResult): string {
  const lines = [
    `Found ${plural(result.entries.length, 'code')} in ${shownPath}${result.entries.length > 0 ? ':' : '.'}`,
  ];
  const rows = result.entries.map((entry) => [
    entry.code,
    entry.statuses.length > 0 ? entry.statuses.join(', ') : 'no status',
    entry.title ?? '',
  ]);
  const widths = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
  for (const row of rows) {
    lines.push(`  ${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}`.trimEnd());
  }
  if (result.unplaced.length > 0) {
    lines.push(`Could not place ${plural(result.unplaced.length, 'passage')} under a code:`);
    for (const passage of result.unplaced) lines.push(`  ${shorten(passage)}`);
  }
  const findings = sortFindings(
    catalogProblemDiagnostics(uri, result.problems).map((diagnostic) => ({ path: shownPath, diagnostic })),
  );
  for (const finding of findings) lines.push(formatFinding(finding));
  return lines.join('\n') + '\n';
}

function shorten(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_PASSAGE_LENGTH ? flat : `${flat.slice(0, MAX_PASSAGE_LENGTH - 1)}…`;
}
