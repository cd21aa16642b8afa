import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Progress } from '../../../server/src/cli/progress';
import { runCheck } from '../../../server/src/cli/runCheck';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { ConfigurationError } from '../../../server/src/cli/cliIo';
import { importCommand } from '../../../server/src/cli/importCommand';
import {
  MAX_CATALOG_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_SOURCE_BYTES,
  readTextWithin,
} from '../../../server/src/workspace/fileLimits';
import { MemoryHost } from '../../../server/src/workspace/memoryHost';
import { WorkspaceContext } from '../../../server/src/workspace/workspaceContext';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';
import { SAMPLE_CATALOG } from '../../helpers/workspace';

/** A memory host that records which files were read. */
class RecordingHost extends MemoryHost {
  readonly reads: string[] = [];
  override async readFile(path: string): Promise<Uint8Array | undefined> {
    this.reads.push(path);
    return super.readFile(path);
  }
}

const SOURCE = `res.status(404).json({ error: { code: 'FORBIDDEN' } });\n`;
/** A minified bundle just over the bound: one line, a code reference at its very start. */
const BUNDLE = SOURCE.trimEnd() + ' '.repeat(MAX_SOURCE_BYTES);

describe('file size bounds', () => {
  it('the CLI reports a source file over the bound as skipped and never reads it', async () => {
    const host = new RecordingHost({
      '/ws/error-catalog.json': SAMPLE_CATALOG,
      '/ws/src/app.ts': SOURCE,
      '/ws/dist-like/vendor.min.js': BUNDLE,
    });
    const options = { cwd: '/ws', paths: ['.'], catalogPatterns: [], settings: DEFAULT_SETTINGS };
    const result = await runCheck(host, options, new Progress({ write: () => true }));
    assert.deepEqual(
      result.findings.map(({ path, diagnostic }) => [
        path,
        diagnostic.code,
        diagnostic.severity,
        diagnostic.message,
      ]),
      [
        ['dist-like/vendor.min.js', 'file-too-large', 3, 'Skipped: file larger than 2 MB.'],
        [
          'src/app.ts',
          'status-mismatch',
          2,
          `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
        ],
      ],
    );
    assert.ok(!host.reads.includes('/ws/dist-like/vendor.min.js'), 'the bundle was read');
  });

  it('the source index skips a file over the bound, says why, and never reads it', async () => {
    const host = new RecordingHost({ '/ws/error-catalog.json': SAMPLE_CATALOG, '/ws/vendor.min.js': BUNDLE });
    const index = new WorkspaceIndex(host, { roots: ['/ws'] });
    await index.initialize();
    const skipped: string[] = [];
    const sources = new WorkspaceContext(index).indexSources(host, ['/ws'], (path, reason) =>
      skipped.push(`${path} skipped: ${reason}`),
    );
    await sources.initialize();
    assert.deepEqual(skipped, ['/ws/vendor.min.js skipped: file larger than 2 MB']);
    assert.deepEqual(host.reads, ['/ws/error-catalog.json']);
    assert.equal(sources.model('file:///ws/vendor.min.js'), undefined);
  });

  it('an open document over the bound is not analysed until it shrinks, and is told once', async () => {
    const host = new MemoryHost({ '/ws/error-catalog.json': SAMPLE_CATALOG });
    const index = new WorkspaceIndex(host, { roots: ['/ws'] });
    await index.initialize();
    const context = new WorkspaceContext(index);
    const skipped: string[] = [];
    context.indexSources(host, ['/ws'], (path, reason) => skipped.push(`${path}: ${reason}`));
    const uri = 'file:///ws/src/vendor.js';
    const huge = TextDocument.create(uri, 'javascript', 1, BUNDLE);
    assert.equal(context.isTooLarge(huge), true);
    assert.deepEqual(context.analyze(huge).references, []);
    assert.deepEqual(context.analyze(TextDocument.create(uri, 'javascript', 2, BUNDLE + ' ')).references, []);
    assert.deepEqual(skipped, ['/ws/src/vendor.js: file larger than 2 MB']);
    const small = TextDocument.create(uri, 'javascript', 3, SOURCE);
    assert.deepEqual(
      context.analyze(small).references.map((reference) => reference.code),
      ['FORBIDDEN'],
    );
  });

  it('an open catalog document over the bound is reported and its entries are not used', async () => {
    const host = new MemoryHost({ '/ws/error-catalog.json': SAMPLE_CATALOG });
    const index = new WorkspaceIndex(host, { roots: ['/ws'] });
    await index.initialize();
    const uri = 'file:///ws/error-catalog.json';
    const padded = SAMPLE_CATALOG + ' '.repeat(MAX_CATALOG_BYTES);
    await index.updateCatalogFile(uri, padded);
    assert.deepEqual(
      index.catalogProblems(uri).map((problem) => [problem.code, problem.message]),
      [['file-too-large', 'Skipped: file larger than 16 MB.']],
    );
    assert.equal(index.catalogFor('file:///ws/src/a.ts').lookup('FORBIDDEN'), undefined);
  });
});

describe('bounded reads', () => {
  /** A host whose stat reports a size smaller than the file turns out to be, as a growing file would. */
  class GrowingHost extends MemoryHost {
    override async stat(path: string) {
      const stat = await super.stat(path);
      return stat && { ...stat, size: 1 };
    }
  }

  it('read a file within the bound, and refuse one over it before or after the read', async () => {
    const host = new MemoryHost({ '/ws/small.md': 'hello', '/ws/big.md': new Uint8Array(11) });
    assert.deepEqual(await readTextWithin(host, '/ws/small.md', 10), { text: 'hello' });
    assert.deepEqual(await readTextWithin(host, '/ws/big.md', 10), { tooLarge: true });
    assert.deepEqual(await readTextWithin(host, '/ws/none.md', 10), { missing: true });
    assert.deepEqual(await readTextWithin(host, '/ws', 10), { missing: true });
    assert.deepEqual(
      await readTextWithin(new GrowingHost({ '/ws/big.md': new Uint8Array(11) }), '/ws/big.md', 10),
      {
        tooLarge: true,
      },
    );
  });

  it('the import command refuses a document over the bound without reading it', async () => {
    const host = new RecordingHost({ '/ws/errors.md': new Uint8Array(MAX_DOCUMENT_BYTES + 1) });
    const output: string[] = [];
    const stream = { write: (text: string) => output.push(text) > 0 };
    const io = { stdout: stream, stderr: stream, cwd: '/ws', env: {} };
    await assert.rejects(
      importCommand(['errors.md'], io, host),
      (error: Error) =>
        error instanceof ConfigurationError && error.message === `'errors.md' file larger than 16 MB`,
    );
    assert.deepEqual(host.reads, []);
  });
});
