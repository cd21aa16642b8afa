import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * The entry the extension host calls with `--extensionTestsPath`: runs every compiled
 * `*.test.js` next to this file and rejects when one fails, which makes the host exit non-zero.
 */
export async function run(): Promise<void> {
  copyReportTo(process.env.ERROR_CATALOG_E2E_REPORT);
  // No colours: the output is read from a file or a forwarded console, not a terminal.
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 60_000 });
  const files = testFiles(__dirname);
  if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
  for (const file of files) mocha.addFile(file);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
}

/**
 * In a browser workbench the extension host's console reaches the runner only through the
 * workbench's log, mixed with everything else: the web runner names a file to receive the
 * reporter's lines as well.
 */
function copyReportTo(file: string | undefined): void {
  if (!file) return;
  const consoleLog = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
    appendFileSync(file, `${format(...data)}\n`);
    consoleLog(...data);
  };
}

/** Sorted, so suites run in the same order everywhere (activation first). */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => join(dir, file));
}
