import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const WORKSPACES = join(ROOT, 'test/fixtures/workspaces');

const CLI_FIXTURES = join(ROOT, 'test/fixtures/cli');

/**
 * Every workspace the project ships: the example API, the fixture workspaces of the tests and
 * those of the CLI's tests (but the one whose catalog does not parse, where `check` stops, and the
 * one that holds a text document to import).
 */
const FOLDERS = [
  join(ROOT, 'examples/api'),
  ...['clean', 'warnings', 'errors', 'monorepo'].map((name) => join(CLI_FIXTURES, name)),
  join(WORKSPACES, 'features'),
  join(WORKSPACES, 'shop'),
  ...readdirSync(join(WORKSPACES, 'seed-checks')).map((name) => join(WORKSPACES, 'seed-checks', name)),
];

/** The workspaces whose sources hold findings on purpose. */
const PLANTED = new Set([
  join(ROOT, 'examples/api'),
  join(WORKSPACES, 'shop'),
  ...['warnings', 'errors', 'monorepo'].map((name) => join(CLI_FIXTURES, name)),
]);

const SOURCE = /\.(ts|tsx|js|jsx|mts|cts|mjs|cjs)$/;

function sourceFiles(root: string, folder = root): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(root, path);
    return SOURCE.test(name) ? [relative(root, path)] : [];
  });
}

/** A finding as the three paths give it: rule, 1-based start and end, message. */
type Finding = [
  rule: string,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  message: string,
];

interface LspDiagnostic {
  code?: unknown;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const fromLsp = (d: LspDiagnostic): Finding => [
  String(d.code),
  d.range.start.line + 1,
  d.range.start.character + 1,
  d.range.end.line + 1,
  d.range.end.character + 1,
  d.message,
];

const sorted = (findings: Finding[]) =>
  [...findings].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

for (const folder of FOLDERS) {
  test(`open documents, closed files and check agree file by file in ${relative(ROOT, folder)}`, async () => {
    const ws = new FixtureWorkspace();
    cpSync(folder, ws.root, { recursive: true });
    const files = sourceFiles(ws.root).sort();
    assert.ok(files.length > 0);
    const client = await TestClient.start({ folders: [ws.root] });
    try {
      await client.indexed();
      const report = await client.request<{ items: Array<{ uri: string; items?: LspDiagnostic[] }> }>(
        'workspace/diagnostic',
        { previousResultIds: [] },
      );
      const closed = new Map(
        report.items.map((item) => [ws.pathOf(item.uri), (item.items ?? []).map(fromLsp)]),
      );

      const run = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], {
        cwd: ws.root,
        encoding: 'utf8',
      });
      const checked = new Map<string, Finding[]>();
      for (const f of JSON.parse(run.stdout).findings as Array<Record<string, string & number>>) {
        const list = checked.get(f.path) ?? [];
        list.push([f.rule, f.line, f.column, f.endLine, f.endColumn, f.message]);
        checked.set(f.path, list);
      }

      let total = 0;
      for (const path of files) {
        await client.open(ws.uri(path), ws.text(path));
        const open = ((await client.diagnostics(ws.uri(path))) as LspDiagnostic[]).map(fromLsp);
        total += open.length;
        assert.deepEqual(
          sorted(closed.get(path) ?? []),
          sorted(open),
          `${path}: closed file vs open document`,
        );
        assert.deepEqual(sorted(checked.get(path) ?? []), sorted(open), `${path}: check vs open document`);
      }
      // The example and the feature workspaces plant findings: the agreement is not one of silence.
      if (PLANTED.has(folder)) assert.ok(total > 0, 'no finding to compare');
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
}
