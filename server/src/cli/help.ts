import { CATALOG_RULES, SOURCE_RULES } from '../service/rules';

const EXIT_CODES = `Exit codes:
  0  no finding at error severity
  1  a finding at error severity, or more warnings than --max-warnings
  2  a usage or configuration error (unknown option, unreadable catalog, missing path)
`;

export const TOOL_HELP = `Usage: error-catalog <command> [options]

Checks the error codes and HTTP statuses of a TypeScript or JavaScript API against its error catalog.

Commands:
  check [paths...]   Report unknown codes, status mismatches and catalog problems
  list [paths...]    Print the merged catalog: codes, statuses, titles and where each is defined
  import <doc>       Turn an error-code document into a canonical error-catalog.json

Options:
  -h, --help         Show help; 'error-catalog <command> --help' shows a command's
  -v, --version      Show the version

${EXIT_CODES}`;

export const CHECK_HELP = `Usage: error-catalog check [paths...] [options]

Checks the TypeScript and JavaScript files under the paths (default: the current folder; a path may
name one file) against the error catalogs that govern them, as the editor would: each file uses the
catalog nearest above it first. Files that git ignores are skipped, and so are node_modules, dist,
build, out and coverage.

Options:
  --format <format>       text (default), json or sarif (SARIF 2.1.0, for code scanning)
  --max-warnings <n>      Exit 1 when there are more than n warnings
  --rule <rule=severity>  Set a rule's severity: ignore, info, warning or error; repeatable
  --catalog <file>        Use this catalog file (a path or a glob) instead of finding them; repeatable
  --test-files <glob>     Files that are tests, mocks or fixtures: no findings, no codes defined
                          (default: *.test.*, *.spec.*, __tests__/, __mocks__/, test/, tests/,
                          fixtures/); repeatable
  --quiet                 Report errors only
  --cache                 Keep each file's analysis, and reuse it while the file, the catalog's
                          envelope and carrier rows and the version are the same
  --cache-location <path> The cache file, or a folder for it
                          (default: node_modules/.cache/error-catalog/; implies --cache)
  --concurrency <n>       Threads that parse and analyse files: a number, auto (one per core, once
                          the workspace is large enough to gain from it; the default) or off
  --no-color              Print without colour (colour is used only on a terminal, and never with NO_COLOR)
  -h, --help              Show this help

Rules: ${SOURCE_RULES.map((rule) => `${rule.id} (default: ${rule.defaultSeverity})`).join(', ')}
Catalog rules, run when --rule names them: ${CATALOG_RULES.map((rule) => rule.id).join(', ')}

${EXIT_CODES}`;

export const LIST_HELP = `Usage: error-catalog list [paths...] [options]

Prints the merged error catalog that governs the paths (default: the current folder): each code, its
statuses, its title and the file and line that define it.

Options:
  --format <format>  text (default), json or markdown (a table to paste into documentation)
  --unused           List only the codes that no source file under the paths uses
  --by-status        Group the codes by HTTP status
  --catalog <file>   Use this catalog file (a path or a glob) instead of finding them; repeatable
  --test-files <glob>
                     Files that are tests, mocks or fixtures, whose codes join no catalog; repeatable
  -h, --help         Show this help

Exit codes: 0 listed, 2 a usage or configuration error.
`;

export const IMPORT_HELP = `Usage: error-catalog import <doc> [options]

Reads an error-code document (free text, or any Markdown catalog the tool reads) and writes the codes,
statuses and descriptions it finds as a canonical error catalog, for you to review. It reports what it
found and what it could not place; a status the document does not state is left out, never guessed.

Options:
  --out <file>  Write the catalog to this file (default: print it on stdout, the report on stderr)
  --force       Overwrite --out if it exists
  -h, --help    Show this help

Exit codes: 0 written, 2 a usage error, an unreadable document or an --out that exists.
`;
