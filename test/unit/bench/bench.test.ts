import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CODES } from '../../../bench/generator/catalog';
import { generateWorkspace } from '../../../bench/generator/workspace';
import { markdownTable } from '../../../bench/report';
import { runSuite } from '../../../bench/suite';

const DIST = resolve(__dirname, '../../../dist');

/** A digest of every file below a folder, paths and contents. */
function digest(root: string): string {
  const hash = createHash('sha256');
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  visit(root);
  return hash.digest('hex');
}

test('the generator writes the same workspace from the same seed, with its catalog of 300 codes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'error-catalog-bench-test-'));
  try {
    const first = generateWorkspace(join(folder, 'a'), 20);
    const second = generateWorkspace(join(folder, 'b'), 20);
    assert.equal(digest(join(folder, 'a')), digest(join(folder, 'b')));
    assert.deepEqual(first, second);
    assert.equal(first.sourceFiles, 20);
    const catalog = JSON.parse(readFileSync(join(folder, 'a', 'error-catalog.json'), 'utf8'));
    assert.equal(Object.keys(catalog.errors).length, 300);
    assert.equal(CODES.length, 300);
    const big = readFileSync(join(folder, 'a', first.bigDocument), 'utf8');
    assert.ok(big.split('\n').length >= 2990, 'the big document has 3,000 lines');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the benchmark runs every figure on a 20-file workspace', { timeout: 300_000 }, async () => {
  assert.ok(existsSync(join(DIST, 'cli.js')), 'build the bundles first (npm run build)');
  const cacheRoot = mkdtempSync(join(tmpdir(), 'error-catalog-bench-test-'));
  try {
    const [result] = await runSuite({
      sizes: [20],
      repeat: 1,
      peerRepeat: 1,
      edits: 4,
      requests: 4,
      cacheRoot,
      dist: DIST,
      log: () => undefined,
    });
    const planted = result.manifest.planted.unknownCodes + result.manifest.planted.statusMismatches;
    assert.equal(result.check.findings, planted);
    assert.equal(result.warmCheck.findings, planted);
    assert.ok(result.peer.findings > 0, 'ESLint reports code properties');
    assert.equal(result.keystrokes.count, 4);
    assert.equal(result.keystrokes.expectedChanges, 4);
    assert.equal(result.idle.hover.count, 4);
    assert.equal(result.idle.hoversAnswered, 4);
    assert.equal(result.idle.completionsComplete, 4);
    for (const figure of [result.readFloor, result.check, result.warmCheck, result.peer, result.index]) {
      assert.ok(Number.isFinite(figure.wallMs) && Number.isFinite(figure.cpuMs));
    }
    const table = markdownTable([result]);
    for (const row of [
      '(1) read floor',
      '(2) check',
      '(2w) check --cache, warm',
      '(2) peak RSS, MB',
      '(3) ESLint peer',
      '(4) server index',
      '(5) keystroke',
      '(6) hover idle',
    ])
      assert.ok(table.includes(row), row);
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
});

test('the real repositories table puts each cold check over its read floor beside the 4x target', async () => {
  const { realRepositoryTable } = await import('../../../bench/realRepositories');
  assert.equal(
    realRepositoryTable([
      { name: 'small', files: 562, readMs: 150, checkMs: 450, findings: 1 },
      { name: 'large', files: 3567, readMs: 250, checkMs: 3000, findings: 0 },
    ]),
    [
      '| repository | source files | read floor, process ms | check, process ms | check / read | target | verdict |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| small | 562 | 150 | 450 | 3.0x | <= 4x | met |',
      '| large | 3567 | 250 | 3000 | 12.0x | <= 4x | missed (3.0x off) |',
    ].join('\n'),
  );
});
