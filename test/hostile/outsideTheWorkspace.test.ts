import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzeSource } from '../../server/src/analysis/analyzeSource';
import type { WorkspaceHost } from '../../server/src/workspace/host';
import { nodeHost } from '../../server/src/workspace/nodeHost';
import { pathToUri, uriToPath } from '../../server/src/workspace/paths';
import { SourceIndex } from '../../server/src/workspace/sourceIndex';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

const top = realpathSync(mkdtempSync(join(tmpdir(), 'error-catalog-outside-')));
after(() => rmSync(top, { recursive: true, force: true }));

const ws = join(top, 'ws');
const outside = join(top, 'outside');
const catalog = (code: string) => JSON.stringify({ errors: { [code]: { status: 403 } } });
const source = (code: string) => `res.status(403).json({ error: { code: '${code}' } });\n`;

mkdirSync(join(ws, 'pkg'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(ws, 'error-catalog.json'), catalog('FORBIDDEN'));
writeFileSync(join(outside, 'error-catalog.json'), catalog('LEAKED'));
writeFileSync(join(outside, 'secret.ts'), source('LEAKED'));
// A linked catalog file, a linked folder: what the start-up walk never enters.
symlinkSync(join(outside, 'error-catalog.json'), join(ws, 'pkg', 'error-catalog.json'));
symlinkSync(outside, join(ws, 'linked'));

/** The real file system, with a record of every path read or looked at. */
function recordingHost(): WorkspaceHost & { touched: string[] } {
  const touched: string[] = [];
  return {
    touched,
    sync: nodeHost.sync,
    realPath: (path) => nodeHost.realPath!(path),
    readFile: (path) => (touched.push(path), nodeHost.readFile(path)),
    stat: (path) => (touched.push(path), nodeHost.stat(path)),
    readDirectory: (path) => nodeHost.readDirectory(path),
  };
}

/** The source index of `ws`, its start-up walk done. */
async function indexedSources(host: WorkspaceHost): Promise<SourceIndex> {
  const sources = new SourceIndex(host, {
    roots: [ws],
    analyze: (uri, text) => analyzeSource({ uri, version: 0, text }),
  });
  await sources.initialize();
  return sources;
}

/** URIs a watcher or a client may name for files that live outside `ws`. */
const OUTSIDE_URIS = [
  pathToUri(join(ws, 'pkg', 'error-catalog.json')),
  pathToUri(join(ws, 'linked', 'error-catalog.json')),
  `${pathToUri(ws)}/../outside/error-catalog.json`,
  `${pathToUri(ws)}/%2e%2e/outside/error-catalog.json`,
];

describe('nothing outside the workspace is read after a watcher event', () => {
  it('a URI with `..` names the path it leads to', () => {
    assert.equal(uriToPath('file:///ws/../outside/x.json'), '/outside/x.json');
    assert.equal(uriToPath('file:///ws/a/./b/../c.ts'), '/ws/a/c.ts');
  });

  it('catalog events for a linked file, a linked folder or a `..` path load nothing', async () => {
    const host = recordingHost();
    const index = new WorkspaceIndex(host, { roots: [ws] });
    await index.initialize();
    for (const uri of OUTSIDE_URIS) await index.updateCatalogFile(uri);
    assert.deepEqual(index.catalogUris(), [pathToUri(join(ws, 'error-catalog.json'))]);
    assert.equal(index.catalogFor(pathToUri(join(ws, 'pkg', 'a.ts'))).lookup('LEAKED'), undefined);
    assert.deepEqual(
      host.touched.filter(
        (path) => !path.startsWith(ws + '/') || path.includes('/pkg/') || path.includes('/linked/'),
      ),
      [],
    );
  });

  it('source events for a linked folder or a `..` path index nothing', async () => {
    const host = recordingHost();
    const sources = await indexedSources(host);
    const linked = pathToUri(join(ws, 'linked', 'secret.ts'));
    const dotted = `${pathToUri(ws)}/../outside/secret.ts`;
    await sources.updateFromDisk(linked);
    await sources.updateFromDisk(dotted);
    assert.equal(sources.model(linked), undefined);
    assert.equal(sources.model(dotted), undefined);
    assert.deepEqual([...sources.knownPaths()], []);
    assert.deepEqual(host.touched, []);
  });

  it('a file inside, reached without a link, is still read on its event', async () => {
    const host = recordingHost();
    const sources = await indexedSources(host);
    const inside = join(ws, 'app.ts');
    writeFileSync(inside, source('FORBIDDEN'));
    await sources.updateFromDisk(pathToUri(inside));
    assert.deepEqual(
      sources.model(pathToUri(inside))?.references.map((reference) => reference.code),
      ['FORBIDDEN'],
    );
    rmSync(inside);
  });
});
