import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import type { CompletionItem } from 'vscode-languageserver-types';
import { DEBUG_MEMORY_REQUEST, type DebugMemory } from '../../server/src/lsp/debug';
import { pathToUri } from '../../server/src/workspace/paths';
import { sorted } from '../helpers/completions';
import { TestClient } from '../helpers/lspClient';
import { parseMarkers } from '../helpers/markers';

// One long session against the built server, fed what editors and workspaces really produce at
// their worst. Every step must be answered; afterwards the server must still answer a hover
// correctly and give back the memory the session took.

/** How much more heap the server may hold after the session than before it, after a full GC. */
const HEAP_GROWTH_BOUND = 8 * 1024 * 1024;

const EXAMPLE = resolve(__dirname, '../../examples/api');
const FILE_CHANGE = { created: 1, changed: 2, deleted: 3 } as const;

interface Hover {
  contents: { kind: string; value: string };
  range: unknown;
}

let workspace: string;
let client: TestClient;
let baseline: DebugMemory;
const opened: string[] = [];

const at = (...parts: string[]) => join(workspace, ...parts);
const uriOf = (...parts: string[]) => pathToUri(at(...parts));

async function open(uri: string, text: string, languageId = 'typescript'): Promise<void> {
  opened.push(uri);
  await client.open(uri, text, languageId);
}

function hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
  return client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
}

/** The first line of the hover on a code, or null when there is none. */
async function hoverTitle(
  uri: string,
  position: { line: number; character: number },
): Promise<string | null> {
  return (await hover(uri, position))?.contents.value.split('\n\n')[0] ?? null;
}

function memory(): Promise<DebugMemory> {
  return client.request<DebugMemory>(DEBUG_MEMORY_REQUEST, null);
}

/** A route with one status mismatch (FORBIDDEN sent as 404); `$$CURSOR$$` sits in the code. */
const ROUTE = [
  `export function handler(res: any) {`,
  `  res.status([[404]]).json({ error: { code: 'FORB$$CURSOR$$IDDEN' } });`,
  `}`,
  ``,
].join('\n');

before(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'error-catalog-hostile-'));
  cpSync(EXAMPLE, workspace, { recursive: true });
  // Symbolic link loops: the folder itself, and a folder that contains a link to its parent.
  symlinkSync(workspace, at('loop'));
  mkdirSync(at('deep/a'), { recursive: true });
  symlinkSync(at('deep'), at('deep/a/up'));
  // A binary file named .ts, with NUL bytes and every other byte value.
  writeFileSync(at('src/binary.ts'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  // Invalid UTF-8 in a source and in a catalog of its own package.
  writeFileSync(
    at('src/latin1.ts'),
    Buffer.concat([
      Buffer.from(`// caf`),
      Buffer.from([0xe9, 0xff, 0xfe]),
      Buffer.from(`\nthrow { error: { code: 'FORBIDDEN' } };\n`),
    ]),
  );
  mkdirSync(at('packages/legacy'), { recursive: true });
  writeFileSync(
    at('packages/legacy/error-catalog.json'),
    Buffer.concat([
      Buffer.from(`{ "errors": { "LEGACY_ERROR": { "status": 410, "description": "caf`),
      Buffer.from([0xe9, 0xc3]),
      Buffer.from(`" } } }\n`),
    ]),
  );
  // A 20 MB minified bundle on disk.
  writeFileSync(at('src/vendor.min.js'), minifiedBundle(20 * 1024 * 1024));
  client = await TestClient.start({
    folders: [workspace],
    nodeOptions: ['--expose-gc'],
    env: { ERROR_CATALOG_DEBUG: '1' },
  });
  // Indexing ends although the walk meets two link loops, a binary file and a 20 MB bundle.
  await client.indexed();
  const route = parseMarkers(ROUTE);
  await open(uriOf('src/routes/warmup.ts'), route.text);
  assert.equal(
    await hoverTitle(uriOf('src/routes/warmup.ts'), route.cursorPosition()),
    '**FORBIDDEN** · 403 Forbidden',
  );
  baseline = await memory();
});

after(async () => {
  await client?.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** Minified JavaScript of about `bytes` bytes, on one line, with error bodies all along it. */
function minifiedBundle(bytes: number): string {
  const chunk = `function a(r){return r.status(404).json({error:{code:"FORBIDDEN"}})}var b=[1,2,3].map(function(x){return x*2});`;
  return chunk.repeat(Math.ceil(bytes / chunk.length));
}

describe('a hostile session', () => {
  it('answers positions past the end of a document with nothing, not an error', async () => {
    const uri = uriOf('src/routes/short.ts');
    await open(uri, `res.status(403).json({ error: { code: 'FORBIDDEN' } });\n`);
    const far = [
      { line: 1_000_000, character: 0 },
      { line: 0, character: 1_000_000 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      { line: 1, character: 5 },
    ];
    for (const position of far) {
      assert.equal(await hover(uri, position), null);
      const completion = await client.request<{ items: unknown[] } | unknown[] | null>(
        'textDocument/completion',
        {
          textDocument: { uri },
          position,
        },
      );
      assert.deepEqual(Array.isArray(completion) ? completion : (completion?.items ?? []), []);
    }
    const range = { start: { line: 900, character: 0 }, end: { line: 1000, character: 10 } };
    assert.deepEqual(
      await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range,
        context: { diagnostics: [] },
      }),
      [],
    );
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range }), []);
  });

  it('answers requests about unknown URIs with nothing', async () => {
    for (const uri of [
      'file:///nowhere/at/all.ts',
      'untitled:Untitled-1',
      'not a uri',
      uriOf('src/missing.ts'),
    ]) {
      assert.equal(await hover(uri, { line: 0, character: 0 }), null);
      assert.deepEqual(await client.diagnostics(uri), []);
    }
    await client.notify('textDocument/didClose', { textDocument: { uri: 'file:///nowhere/at/all.ts' } });
  });

  it('ignores a change to a document it was never told was opened', async () => {
    const uri = uriOf('src/routes/late.ts');
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: 'x' },
      ],
    });
    assert.equal(await hover(uri, { line: 0, character: 0 }), null);
    const route = parseMarkers(ROUTE);
    await open(uri, route.text);
    assert.equal(await hoverTitle(uri, route.cursorPosition()), '**FORBIDDEN** · 403 Forbidden');
  });

  it('answers every request cancelled mid-flight, with its result or as cancelled', async () => {
    const route = parseMarkers(ROUTE);
    const uri = uriOf('src/routes/cancelled.ts');
    await open(uri, route.text);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const source = new CancellationTokenSource();
        const method = i % 2 === 0 ? 'textDocument/hover' : 'textDocument/diagnostic';
        const params =
          method === 'textDocument/hover'
            ? { textDocument: { uri }, position: route.cursorPosition() }
            : { textDocument: { uri } };
        const answer = client.connection.sendRequest(method, params, source.token);
        if (i % 4 < 2) source.cancel();
        try {
          await answer;
          return 'answered';
        } catch (error) {
          assert.ok(error instanceof ResponseError, String(error));
          assert.equal(error.code, LSPErrorCodes.RequestCancelled);
          return 'cancelled';
        }
      }),
    );
    // A cancelled request may still be answered if the cancellation came too late; others always are.
    assert.deepEqual(
      outcomes.filter((_, i) => i % 4 >= 2),
      Array.from({ length: 20 }, () => 'answered'),
    );
    assert.equal(await hoverTitle(uri, route.cursorPosition()), '**FORBIDDEN** · 403 Forbidden');
  });

  it('keeps up with 1,000 rapid edits and answers on the last text', async () => {
    const route = parseMarkers(ROUTE);
    const uri = uriOf('src/routes/typed.ts');
    await open(uri, `//\n${route.text}`);
    for (let version = 2; version <= 1001; version++) {
      void client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'x' },
        ],
      });
    }
    const cursor = route.cursorPosition();
    assert.equal(
      await hoverTitle(uri, { line: cursor.line + 1, character: cursor.character }),
      '**FORBIDDEN** · 403 Forbidden',
    );
    const [status] = route.ranges();
    const shifted = {
      start: { line: status.start.line + 1, character: status.start.character },
      end: { line: status.end.line + 1, character: status.end.character },
    };
    assert.deepEqual(
      (await client.diagnostics(uri)).map((d) => [d.code, d.range]),
      [['status-mismatch', shifted]],
    );
  });

  it('skips a 20 MB minified file, on disk and opened, and says so', async () => {
    const uri = uriOf('src/vendor.min.js');
    assert.ok(
      client.logs.some((line) => line.includes(`${at('src/vendor.min.js')} skipped: file larger than 2 MB`)),
      'the index logs the skipped bundle',
    );
    await open(uri, minifiedBundle(20 * 1024 * 1024), 'javascript');
    assert.deepEqual(
      (await client.diagnostics(uri)).map((d) => [d.code, d.message, d.severity]),
      [['file-too-large', 'Skipped: file larger than 2 MB.', 3]],
    );
    assert.equal(await hover(uri, { line: 0, character: 70 }), null);
  });

  it('reads a binary file named .ts as text and finds nothing in it', async () => {
    const uri = uriOf('src/binary.ts');
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await open(uri, new TextDecoder().decode(bytes));
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.equal(await hover(uri, { line: 0, character: 3 }), null);
  });

  it('reads a source and a catalog that are not valid UTF-8', async () => {
    const catalog = uriOf('packages/legacy/error-catalog.json');
    assert.deepEqual(
      (await client.diagnostics(catalog)).map((d) => [d.code, d.severity]),
      // The workspace is fully indexed and nothing uses the code yet: it is also unused (a hint).
      [
        ['invalid-encoding', 2],
        ['unused-code', 4],
      ],
    );
    const source = uriOf('packages/legacy/src/gone.ts');
    await open(source, `throw { error: { code: 'LEGACY_ERROR' } };\n`);
    assert.equal(await hoverTitle(source, { line: 0, character: 26 }), '**LEGACY_ERROR** · 410 Gone');
  });

  it('follows a catalog file deleted and re-created on disk', async () => {
    const route = parseMarkers(ROUTE);
    const uri = uriOf('src/routes/watched.ts');
    await open(uri, route.text);
    const catalog = at('error-catalog.json');
    const original = readFileSync(catalog, 'utf8');
    rmSync(catalog);
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToUri(catalog), type: FILE_CHANGE.deleted }],
    });
    assert.equal(await hoverTitle(uri, route.cursorPosition()), null);
    writeFileSync(catalog, original.replace('"status": 403', '"status": 401'));
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToUri(catalog), type: FILE_CHANGE.created }],
    });
    assert.equal(await hoverTitle(uri, route.cursorPosition()), '**FORBIDDEN** · 401 Unauthorized');
    writeFileSync(catalog, original);
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToUri(catalog), type: FILE_CHANGE.changed }],
    });
    assert.equal(await hoverTitle(uri, route.cursorPosition()), '**FORBIDDEN** · 403 Forbidden');
  });

  it('takes a catalog of 50,000 codes, answers from it, and lets it go', async () => {
    const catalog = at('packages/big/error-catalog.json');
    mkdirSync(at('packages/big/src'), { recursive: true });
    const errors = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, i) => [
        `CODE_${i}`,
        { status: 400 + (i % 100), description: `Error ${i}.` },
      ]),
    );
    writeFileSync(catalog, JSON.stringify({ errors }, null, 2));
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToUri(catalog), type: FILE_CHANGE.created }],
    });
    const uri = uriOf('packages/big/src/api.ts');
    const source = parseMarkers(
      [
        `res.status(499).json({ error: { code: 'CODE_49$$CURSOR$$999' } });`,
        `res.status(400).json({ error: { code: '[[CODE_5000O]]' } });`,
        ``,
      ].join('\n'),
    );
    await open(uri, source.text);
    assert.equal(await hoverTitle(uri, source.cursorPosition()), '**CODE_49999** · 499');
    // The nearest codes by edit distance, among 50,000: those with the status sent come first.
    assert.deepEqual(
      (await client.diagnostics(uri)).map((d) => [d.code, d.range, d.message]),
      [
        [
          'unknown-code',
          source.ranges()[0],
          `'CODE_5000O' is not in the error catalog. Did you mean 'CODE_5000', 'CODE_1000', 'CODE_10000'?`,
        ],
      ],
    );
    // Not 50,000 items: the codes that start with what is typed (`CODE_49`), in the order of their
    // codes, bounded, and marked incomplete so the editor asks again as the user types.
    const completion = await client.request<{ isIncomplete: boolean; items: CompletionItem[] }>(
      'textDocument/completion',
      { textDocument: { uri }, position: source.cursorPosition() },
    );
    assert.equal(completion.isIncomplete, true);
    assert.equal(completion.items.length, 500);
    assert.deepEqual(
      sorted(completion.items)
        .slice(0, 4)
        .map((item) => item.label),
      ['CODE_49', 'CODE_490', 'CODE_4900', 'CODE_49000'],
    );
    rmSync(catalog);
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToUri(catalog), type: FILE_CHANGE.deleted }],
    });
    assert.equal(await hoverTitle(uri, source.cursorPosition()), null);
  });

  it('survives a YAML catalog nested past what its parser can bear, loaded again and again', async () => {
    const catalog = at('packages/deep/error-catalog.yaml');
    mkdirSync(at('packages/deep'), { recursive: true });
    for (const [unit, type] of [
      ['{', FILE_CHANGE.created],
      ['? - ', FILE_CHANGE.changed],
      ['"a": ', FILE_CHANGE.changed],
    ] as const) {
      writeFileSync(catalog, unit.repeat(5_000));
      await client.notify('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToUri(catalog), type }],
      });
      assert.deepEqual(
        (await client.diagnostics(pathToUri(catalog))).map((d) => d.code),
        ['nesting-too-deep'],
      );
    }
    assert.equal(client.running, true);
  });

  it('still answers a hover correctly, logged no failure, and gave back its memory', async () => {
    const uri = pathToUri(resolve(workspace, 'src/routes/users.ts'));
    const text = readFileSync(at('src/routes/users.ts'), 'utf8');
    await open(uri, text);
    const offset = text.indexOf(`'FORBIDDEN'`) + 3;
    const lines = text.slice(0, offset).split('\n');
    const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const answer = await hover(uri, position);
    assert.deepEqual(answer?.contents.value.split('\n\n').slice(0, 3), [
      '**FORBIDDEN** · 403 Forbidden',
      '*Forbidden*',
      'You are not allowed to do the current action.',
    ]);
    assert.equal(client.running, true);
    assert.deepEqual(
      client.logs.filter((line) => /uncaught|unhandled rejection| failed: /.test(line)),
      [],
    );
    for (const document of opened)
      await client.notify('textDocument/didClose', { textDocument: { uri: document } });
    const end = await memory();
    assert.equal(end.collected, true);
    const growth = end.heapUsed - baseline.heapUsed;
    // Shown with the test's output, for the record of what a session costs.
    console.log(
      `heap after GC: ${mb(baseline.heapUsed)} before the session, ${mb(end.heapUsed)} after ` +
        `(growth ${mb(growth)}, bound ${mb(HEAP_GROWTH_BOUND)}); rss ${mb(baseline.rss)} -> ${mb(end.rss)}`,
    );
    assert.ok(growth <= HEAP_GROWTH_BOUND, `the heap grew by ${mb(growth)}`);
  });
});

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
