import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { importCommand } from '../../../server/src/cli/importCommand';
import { Progress } from '../../../server/src/cli/progress';
import { runCheck } from '../../../server/src/cli/runCheck';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { nodeHost } from '../../../server/src/workspace/nodeHost';
import { WorkspaceContext } from '../../../server/src/workspace/workspaceContext';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';

const REPO = join(import.meta.dirname, '..', '..', '..');

/** Modules that run code: a workspace file reaching one of them would be executed. */
const CODE_RUNNING_MODULES = ['vm', 'child_process', 'worker_threads', 'module', 'repl', 'inspector'];

/**
 * The places that load the program's own code, each read and kept to what it is for. None takes
 * a path or a text from a workspace, a catalog, a setting or a message: the bundle is the file
 * beside the launcher, and a worker runs the program the process was started with.
 */
const OWN_CODE_SITES = [
  // V8's code cache: the launcher compiles the bundle beside it with the bytecode of its last start.
  "server/src/node/codeCache.ts import 'node:module'",
  "server/src/node/codeCache.ts import 'node:vm'",
  "server/src/node/codeCache.ts import 'node:worker_threads'",
  'server/src/node/codeCache.ts createRequire()',
  // Analysis workers: the CLI and the server start themselves on worker threads, to serve analyses;
  // a thread started so serves them instead of running the program.
  "server/src/node/analysisWorker.ts import 'node:worker_threads'",
  "server/src/workspace/analysisPool.ts import 'node:worker_threads'",
];

/** A site without its line number: `file what`. */
const withoutLine = (site: string) => site.replace(/:\d+ /, ' ');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

/** Every way a TypeScript file can load or run code that is not a static import of a package. */
function codeLoadingSites(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(REPO, path)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) found.push(`${where(node)} import()`);
      if (ts.isIdentifier(callee) && ['require', 'eval'].includes(callee.text)) {
        found.push(`${where(node)} ${callee.text}()`);
      }
      if (ts.isPropertyAccessExpression(callee) && ['dlopen', 'createRequire'].includes(callee.name.text)) {
        found.push(`${where(node)} ${callee.name.text}()`);
      }
    }
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      ['Function', 'RegExp'].includes(node.expression.text)
    ) {
      // A RegExp built from text would let a catalog or a setting supply a pattern that never ends.
      found.push(`${where(node)} ${node.expression.text}()`);
    }
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      CODE_RUNNING_MODULES.includes(node.moduleSpecifier.text.replace(/^node:/, ''))
    ) {
      found.push(`${where(node)} import '${node.moduleSpecifier.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('workspace code is never run', () => {
  it('no module of the extension, the server or the CLI loads code or builds a pattern at run time', () => {
    const files = [...sourceFiles(join(REPO, 'server/src')), ...sourceFiles(join(REPO, 'client/src'))];
    assert.ok(files.length > 50, 'the scan found the sources');
    const sites = files.flatMap(codeLoadingSites);
    assert.deepEqual(
      sites.filter((site) => !OWN_CODE_SITES.includes(withoutLine(site))),
      [],
    );
    // Each reviewed site is still there: a list of places that are gone would allow new ones.
    assert.deepEqual(
      OWN_CODE_SITES.filter((site) => !sites.some((found) => withoutLine(found) === site)),
      [],
    );
  });

  it('the scan itself finds each way of loading code', () => {
    const folder = mkdtempSync(join(tmpdir(), 'error-catalog-scan-'));
    try {
      const path = join(folder, 'loads.ts');
      writeFileSync(
        path,
        [
          `import vm from 'node:vm';`,
          `const a = require(name);`,
          `const b = await import(name);`,
          `eval(text);`,
          `new Function(text);`,
          `module.createRequire(x);`,
          `new RegExp(pattern);`,
        ].join('\n'),
      );
      assert.deepEqual(
        codeLoadingSites(path).map((site) => site.slice(site.indexOf(' ') + 1)),
        [`import 'node:vm'`, 'require()', 'import()', 'eval()', 'Function()', 'createRequire()', 'RegExp()'],
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('indexing, checking and importing a workspace full of scripts runs none of them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'error-catalog-scripts-'));
    const marker = join(folder, 'EXECUTED');
    // Each script leaves a marker if anything ever runs it.
    const script = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, __filename);\nmodule.exports = { errors: {} };\n`;
    try {
      mkdirSync(join(folder, 'src'));
      for (const name of [
        'error-catalog.js',
        'api.errors.js',
        'error-catalog.cjs',
        'src/errors.js',
        'src/app.ts',
      ]) {
        writeFileSync(join(folder, name), script);
      }
      writeFileSync(
        join(folder, 'error-catalog.json'),
        JSON.stringify({
          include: ['error-catalog.js', '*.errors.js'],
          errors: { FORBIDDEN: { status: 403 } },
        }),
      );
      writeFileSync(
        join(folder, 'package.json'),
        JSON.stringify({ main: 'error-catalog.js', scripts: { test: 'x' } }),
      );

      const index = new WorkspaceIndex(nodeHost, { roots: [folder], catalogFiles: ['**/*.js', '**/*.json'] });
      await index.initialize();
      const sources = new WorkspaceContext(index).indexSources(nodeHost, [folder]);
      await sources.initialize();
      const settings = { ...DEFAULT_SETTINGS, catalogFiles: ['**/*.js'] };
      const options = { cwd: folder, paths: ['.'], catalogPatterns: [], settings };
      await runCheck(nodeHost, options, new Progress({ write: () => true }));
      const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: folder, env: {} };
      await importCommand(['error-catalog.js'], io, nodeHost).catch(() => undefined);

      assert.equal(existsSync(marker), false, 'a workspace script was run');
      // The scripts do leave the marker when run, so its absence means none was.
      spawnSync(process.execPath, [join(folder, 'error-catalog.js')]);
      assert.equal(existsSync(marker), true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
