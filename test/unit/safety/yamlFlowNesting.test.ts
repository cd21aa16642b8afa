import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_FLOW_NESTING } from '../../../server/src/catalog/inputChecks';
import { loadYamlCatalog } from '../../../server/src/catalog/yamlCatalog';

const LOADER = join(import.meta.dirname, '..', '..', '..', 'server', 'src', 'catalog', 'yamlCatalog.ts');

// The yaml parser recurses once per `{` or `[`. Near the end of the stack V8 can fail to compile a
// regular expression and end the whole process ("FATAL ERROR: RegExpCompiler Allocation failed"):
// no exception, nothing to catch. A catalog must never get the parser that deep.
describe('YAML nested absurdly deep on one line', () => {
  it('chaining indicators is refused before parsing, at the first one past the bound', () => {
    // Where the 65th indicator stands: two per `? - `, one per `"a": ` (at 3) and per `a: ` (at 1).
    const offsets = {
      '? - ': 2 * MAX_FLOW_NESTING,
      '"a": ': 5 * MAX_FLOW_NESTING + 3,
      'a: ': 3 * MAX_FLOW_NESTING + 1,
    };
    for (const [unit, offset] of Object.entries(offsets)) {
      const result = loadYamlCatalog(unit.repeat(5000), 'file:///workspace/error-catalog.yaml');
      assert.deepEqual(
        result.problems.map((problem) => [problem.code, problem.range.start.character]),
        [['nesting-too-deep', offset]],
        unit,
      );
    }
  });

  it('are refused before parsing, at the first bracket past the bound', () => {
    const result = loadYamlCatalog('{'.repeat(10_000), 'file:///workspace/error-catalog.yaml');
    assert.deepEqual(
      result.problems.map((problem) => [problem.code, problem.range]),
      [
        [
          'nesting-too-deep',
          {
            start: { line: 0, character: MAX_FLOW_NESTING },
            end: { line: 0, character: MAX_FLOW_NESTING + 1 },
          },
        ],
      ],
    );
    assert.equal(result.parsed, false);
  });

  it('do not end the process when loaded again and again', () => {
    const script = [
      `const { loadYamlCatalog } = require(${JSON.stringify(LOADER)});`,
      `for (const unit of ['{', '? - ', '"a": ', '- ? ', 'a: '])`,
      `  for (const n of [1000, 5000, 5000]) loadYamlCatalog(unit.repeat(n), 'file:///a.yaml');`,
      `process.stdout.write('survived');`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=commonjs', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(
      child.stdout,
      'survived',
      child.stderr.split('\n').find((line) => line.includes('FATAL')),
    );
  });

  it('still load when nested as deep as real catalogs go, brackets in strings and comments aside', () => {
    const text = [
      `# [[[[ not a collection`,
      `errors:`,
      `  FORBIDDEN: { status: [403], title: "Forbidden [{", description: 'it''s [{[{ fine' }`,
      `  GONE: ${'{ a: '.repeat(MAX_FLOW_NESTING - 2)}1${' }'.repeat(MAX_FLOW_NESTING - 2)}`,
      ``,
    ].join('\n');
    const result = loadYamlCatalog(text, 'file:///workspace/error-catalog.yaml');
    assert.deepEqual(
      result.entries.map((entry) => [entry.code, entry.statuses, entry.title]),
      [
        ['FORBIDDEN', [403], 'Forbidden [{'],
        ['GONE', [], undefined],
      ],
    );
  });
});
