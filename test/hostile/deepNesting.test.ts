import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { flattenDeepNesting, MAX_BRACKET_DEPTH } from '../../server/src/analysis/deepNesting';
import { getLanguageService } from '../../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { MemoryHost } from '../../server/src/workspace/memoryHost';
import { WorkspaceContext } from '../../server/src/workspace/workspaceContext';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { SAMPLE_CATALOG } from '../helpers/workspace';
import { runInMemory } from './runInMemory';

const MISMATCH = `res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;
/** A mismatch, two thousand nested blocks, and the same mismatch again after them. */
const DEEP = MISMATCH + 'function f() ' + '{'.repeat(2000) + '}'.repeat(2000) + '\n' + MISMATCH;
/** Where the block at depth 257 opens: after `function f() ` and 256 braces, on line 2. */
const DEEP_COLUMN = 'function f() '.length + MAX_BRACKET_DEPTH;
/** A member chain 1,200 deep: no brackets, but a tree deeper than the walk goes. */
const CHAIN = MISMATCH + 'const x = a' + '.b'.repeat(1200) + ';\n';

const MISMATCH_MESSAGE = `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`;
const DEEP_MESSAGE = `Not analysed: brackets nested deeper than ${MAX_BRACKET_DEPTH} levels; the codes here were not checked.`;
const CHAIN_MESSAGE =
  'This file could not be analysed: syntax nested deeper than 1000 levels; none of its codes were checked.';

describe('a file nested too deep is a finding, and the rest of it is still checked', () => {
  it('check reports the mismatches around the deep part and the part itself, and fails', async () => {
    const run = await runInMemory(['check', '--no-color', '.'], {
      '/ws/error-catalog.json': SAMPLE_CATALOG,
      '/ws/src/deep.ts': DEEP,
      '/ws/src/chain.ts': CHAIN,
    });
    assert.equal(run.code, 0);
    assert.deepEqual(run.stdout.split('\n').slice(0, 4), [
      `src/chain.ts:2:11  warning  ${CHAIN_MESSAGE}  analysis-failed`,
      `src/deep.ts:1:12  warning  ${MISMATCH_MESSAGE}  status-mismatch`,
      `src/deep.ts:2:${DEEP_COLUMN + 1}  warning  ${DEEP_MESSAGE}  analysis-failed`,
      `src/deep.ts:3:12  warning  ${MISMATCH_MESSAGE}  status-mismatch`,
    ]);
    const asError = await runInMemory(['check', '--rule', 'analysis-failed=error', '.'], {
      '/ws/error-catalog.json': SAMPLE_CATALOG,
      '/ws/src/deep.ts': DEEP,
    });
    assert.equal(asError.code, 1);
  });

  it('the editor gives an open document the same findings, as it is typed deep and back', async () => {
    const host = new MemoryHost({ '/ws/error-catalog.json': SAMPLE_CATALOG });
    const index = new WorkspaceIndex(host, { roots: ['/ws'] });
    await index.initialize();
    const service = getLanguageService(new WorkspaceContext(index));
    const uri = 'file:///ws/src/deep.ts';
    const findings = (version: number, text: string) =>
      service
        .doValidation(TextDocument.create(uri, 'typescript', version, text), DEFAULT_SETTINGS)
        .map((diagnostic) => [
          diagnostic.code,
          diagnostic.range.start.line,
          diagnostic.range.start.character,
        ]);
    const shallow = MISMATCH + 'function f() {}\n' + MISMATCH;
    assert.deepEqual(findings(1, shallow), [
      ['status-mismatch', 0, 11],
      ['status-mismatch', 2, 11],
    ]);
    assert.deepEqual(findings(2, DEEP), [
      ['status-mismatch', 0, 11],
      ['status-mismatch', 2, 11],
      ['analysis-failed', 1, DEEP_COLUMN],
    ]);
    assert.deepEqual(findings(3, shallow), [
      ['status-mismatch', 0, 11],
      ['status-mismatch', 2, 11],
    ]);
    assert.deepEqual(findings(4, CHAIN), [['analysis-failed', 1, 10]]);
    // At the bound, then one closing bracket deleted: what follows it nests one level too deep.
    const atBound = `f${'('.repeat(MAX_BRACKET_DEPTH)})(x${')'.repeat(MAX_BRACKET_DEPTH)};\n`;
    assert.deepEqual(findings(5, atBound), []);
    assert.deepEqual(findings(6, atBound.replace(')(', '(')), [
      ['analysis-failed', 0, 1 + MAX_BRACKET_DEPTH],
    ]);
    assert.deepEqual(findings(7, atBound.replace(')(x', ')(xy')), []);
  });

  it('blanks exactly the too-deep bracket to its match, keeping every offset and line break', () => {
    const text = 'a(' + '('.repeat(MAX_BRACKET_DEPTH) + 'x\ny' + ')'.repeat(MAX_BRACKET_DEPTH) + ')b';
    const flattened = flattenDeepNesting(text)!;
    const start = 1 + MAX_BRACKET_DEPTH;
    assert.deepEqual(flattened.blanked, [{ start, end: text.length - start }]);
    assert.equal(flattened.text.length, text.length);
    assert.equal(
      flattened.text,
      'a' + '('.repeat(MAX_BRACKET_DEPTH) + '  \n  ' + ')'.repeat(MAX_BRACKET_DEPTH) + 'b',
    );
    assert.equal(
      flattenDeepNesting('('.repeat(MAX_BRACKET_DEPTH) + ')'.repeat(MAX_BRACKET_DEPTH)),
      undefined,
    );
    // Unclosed: blanked to the end of the text.
    assert.deepEqual(flattenDeepNesting('['.repeat(MAX_BRACKET_DEPTH + 2))!.blanked, [
      { start: MAX_BRACKET_DEPTH, end: MAX_BRACKET_DEPTH + 2 },
    ]);
  });
});
