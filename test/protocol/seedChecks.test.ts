import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  Location,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { writeCatalogJson } from '../../server/src/catalog/catalogWriter';
import { importCatalog } from '../../server/src/catalog/importCatalog';
import { applyTextEdits } from '../helpers/edits';
import { FixtureWorkspace } from '../helpers/fixtureWorkspace';
import { TestClient } from '../helpers/lspClient';

/** A fixture workspace with a seed document as its catalog, and a server on it. */
function seedWorkspace(name: string, setup: (ws: FixtureWorkspace) => void) {
  const state = {} as { ws: FixtureWorkspace; client: TestClient };
  before(async () => {
    state.ws = new FixtureWorkspace(name);
    setup(state.ws);
    state.client = await TestClient.start({
      folders: [state.ws.root],
      textDocument: { codeAction: { disabledSupport: true } },
    });
  });
  after(async () => {
    await state.client.stop();
    state.ws.dispose();
  });
  return state;
}

async function openAndPull(
  state: { ws: FixtureWorkspace; client: TestClient },
  path: string,
  text?: string,
  version = 1,
) {
  const { ws, client } = state;
  if (version === 1) await client.open(ws.uri(path), text ?? ws.text(path));
  else await client.change(ws.uri(path), version, text!);
  return (await client.diagnostics(ws.uri(path))) as Diagnostic[];
}

const summary = (d: Diagnostic) => ({ range: d.range, code: d.code, message: d.message });

function codeActions(
  state: { ws: FixtureWorkspace; client: TestClient },
  path: string,
  diagnostic: Diagnostic,
) {
  return state.client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: state.ws.uri(path) },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
}

describe('seed 000 (Directus, a Markdown table of codes)', () => {
  const state = seedWorkspace('seed-checks/directus', (ws) =>
    ws.addSeed('000_c897f8747c97e938.txt', 'docs/errors.md'),
  );
  const path = 'src/items.ts';

  test('diagnostics, the fixes of a mismatch, and go to definition into the table', async () => {
    const { ws, client } = state;
    const diagnostics = await openAndPull(state, path);
    assert.deepEqual(diagnostics.map(summary), [
      {
        range: ws.rangeOf(path, 'INVALID_TOKN'),
        code: 'unknown-code',
        message: `'INVALID_TOKN' is not in the error catalog. Did you mean 'INVALID_TOKEN', 'INVALID_OTP', 'INVALID_IP'?`,
      },
      {
        range: ws.rangeOf(path, '404'),
        code: 'status-mismatch',
        message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
      },
    ]);
    const fixes = await codeActions(state, path, diagnostics[1]);
    assert.deepEqual(
      fixes.map((a) => a.title),
      ['Change status to 403 Forbidden', 'Use code ROUTE_NOT_FOUND (404)'],
    );
    const fixed = applyTextEdits(ws.text(path), fixes[0].edit!.changes![ws.uri(path)]);
    assert.deepEqual(
      (await openAndPull(state, path, fixed, 2)).map((d) => d.code),
      ['unknown-code'],
    );
    // Markdown documentation is not written to: adding a code is explained, not offered.
    const add = (await codeActions(state, path, diagnostics[0])).find((a) => a.title.startsWith('Add'));
    assert.deepEqual(add?.disabled, {
      reason: 'No JSON or YAML catalog governs this file; documentation in Markdown is not edited.',
    });
    const definition = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: ws.uri(path) },
      position: ws.positionOf(path, `FORBIDDEN'`),
    });
    assert.deepEqual(definition, [
      { uri: ws.uri('docs/errors.md'), range: ws.rangeOf('docs/errors.md', 'FORBIDDEN') },
    ]);
  });

  test('rename rewrites the table cell and the code span in the prose, and renaming back restores the bytes', async () => {
    const { ws, client } = state;
    const before = [ws.bytes('docs/errors.md'), ws.bytes(path)];
    await client.change(ws.uri(path), 3, ws.text(path));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: ws.uri(path) },
      position: ws.positionOf(path, `FORBIDDEN'`),
      newName: 'NOT_ALLOWED',
    });
    assert.deepEqual(edit.changes![ws.uri('docs/errors.md')], [
      { range: ws.rangeOf('docs/errors.md', 'FORBIDDEN', 0), newText: 'NOT_ALLOWED' },
      { range: ws.rangeOf('docs/errors.md', 'FORBIDDEN', 1), newText: 'NOT_ALLOWED' },
    ]);
    ws.apply(edit);
    await client.change(ws.uri(path), 4, ws.text(path));
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: ws.uri('docs/errors.md'), type: 2 }],
    });
    const back = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: ws.uri(path) },
      position: ws.positionOf(path, `NOT_ALLOWED'`),
      newName: 'FORBIDDEN',
    });
    ws.apply(back);
    assert.deepEqual([ws.bytes('docs/errors.md'), ws.bytes(path)], before);
  });

  test('the outline of the Markdown catalog lists its 14 codes', async () => {
    const { ws, client } = state;
    await client.open(ws.uri('docs/errors.md'), ws.text('docs/errors.md'), 'markdown');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: ws.uri('docs/errors.md') },
    });
    assert.equal(symbols.length, 14);
    assert.deepEqual(symbols[1], {
      name: 'FORBIDDEN',
      kind: 14,
      range: ws.rangeOf('docs/errors.md', 'FORBIDDEN'),
      selectionRange: ws.rangeOf('docs/errors.md', 'FORBIDDEN'),
      detail: '403 Forbidden',
    });
  });
});

describe('seed 001 (AuthPI, one heading per code)', () => {
  const state = seedWorkspace('seed-checks/authpi', (ws) =>
    ws.addSeed('001_6a86f3b93586615f.txt', 'docs/errors.md'),
  );
  const path = 'src/token.ts';

  test('a code of a two-code heading: mismatch, fix, and definition on the heading', async () => {
    const { ws, client } = state;
    const diagnostics = await openAndPull(state, path);
    assert.deepEqual(diagnostics.map(summary), [
      {
        range: ws.rangeOf(path, '401'),
        code: 'status-mismatch',
        message: `'insufficient_scope' is 403 Forbidden in the error catalog, but this response sends 401 Unauthorized.`,
      },
    ]);
    const [change] = await codeActions(state, path, diagnostics[0]);
    assert.equal(change.title, 'Change status to 403 Forbidden');
    assert.deepEqual(
      await openAndPull(state, path, applyTextEdits(ws.text(path), change.edit!.changes![ws.uri(path)]), 2),
      [],
    );
    const definition = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: ws.uri(path) },
      position: ws.positionOf(path, 'insufficient_scope'),
    });
    assert.deepEqual(definition, [
      { uri: ws.uri('docs/errors.md'), range: ws.rangeOf('docs/errors.md', 'insufficient_scope') },
    ]);
  });
});

describe('seed 002 (Contentful, one code in several rows)', () => {
  const state = seedWorkspace('seed-checks/contentful', (ws) =>
    ws.addSeed('002_bdf9d04d4576e5c3.txt', 'docs/errors.md'),
  );
  const path = 'src/spaces.ts';

  test('a multi-status code accepts each status, offers each in its fixes, and references both rows', async () => {
    const { ws, client } = state;
    const diagnostics = await openAndPull(state, path);
    assert.deepEqual(diagnostics.map(summary), [
      {
        range: ws.rangeOf(path, '500'),
        code: 'status-mismatch',
        message: `'AccessDeniedError' is 403 Forbidden or 502 Bad Gateway in the error catalog, but this response sends 500 Internal Server Error.`,
      },
    ]);
    assert.deepEqual(
      (await codeActions(state, path, diagnostics[0])).map((a) => a.title),
      ['Change status to 403 Forbidden', 'Change status to 502 Bad Gateway', 'Use code ServerError (500)'],
    );
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: ws.uri(path) },
      position: ws.positionOf(path, 'AccessDeniedError'),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(references, [
      { uri: ws.uri('docs/errors.md'), range: ws.rangeOf('docs/errors.md', 'AccessDeniedError', 0) },
      { uri: ws.uri('docs/errors.md'), range: ws.rangeOf('docs/errors.md', 'AccessDeniedError', 1) },
      { uri: ws.uri(path), range: ws.rangeOf(path, 'AccessDeniedError', 0) },
      { uri: ws.uri(path), range: ws.rangeOf(path, 'AccessDeniedError', 1) },
    ]);
  });
});

describe('seed 003 (free text, imported into a JSON catalog)', () => {
  const state = seedWorkspace('seed-checks/generic', (ws) => {
    const seed = readFileSync(resolve(__dirname, '../fixtures/seeds/003_d34427d61813f196.txt'), 'utf8');
    ws.write('error-catalog.json', writeCatalogJson(importCatalog(seed, 'file:///seed-003.txt').entries));
  });
  const path = 'src/wallet.ts';

  test('a code without a status is never a mismatch; an unknown code is added to the imported catalog', async () => {
    const { ws, client } = state;
    const diagnostics = await openAndPull(state, path);
    assert.deepEqual(diagnostics.map(summary), [
      {
        range: ws.rangeOf(path, 'WALLET_FROZEN'),
        code: 'unknown-code',
        message: `'WALLET_FROZEN' is not in the error catalog.`,
      },
      {
        range: ws.rangeOf(path, '404'),
        code: 'status-mismatch',
        message: `'PERMISSION_DENIED' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
      },
    ]);
    const [add] = await codeActions(state, path, diagnostics[0]);
    assert.equal(add.title, `Add 'WALLET_FROZEN' to the catalog`);
    const before = ws.text('error-catalog.json');
    ws.apply(add.edit!);
    const added = JSON.parse(ws.text('error-catalog.json')) as { errors: Record<string, unknown> };
    assert.deepEqual(added.errors.WALLET_FROZEN, { status: 423, title: 'Wallet frozen' });
    assert.equal(
      ws.text('error-catalog.json').length - before.length,
      add.edit!.changes![ws.uri('error-catalog.json')][0].newText.length,
    );
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: ws.uri('error-catalog.json'), type: 2 }],
    });
    assert.deepEqual(
      (await client.diagnostics(ws.uri(path))).map((d) => d.code),
      ['status-mismatch'],
    );
  });
});

describe('seed 004 (status-only: the statuses are the catalog)', () => {
  const state = seedWorkspace('seed-checks/statuses', (ws) =>
    ws.addSeed('004_501920efdafcaf5d.txt', 'docs/errors.md'),
  );
  const path = 'src/app.ts';

  test('an undocumented status, a problem body at odds with its response, and no rename of statuses', async () => {
    const { ws, client } = state;
    const diagnostics = await openAndPull(state, path);
    const undocumented = `418 I'm a Teapot is not one of the statuses the API's error catalog documents.`;
    assert.deepEqual(diagnostics.map(summary), [
      {
        range: ws.rangeOf(path, '429'),
        code: 'status-mismatch',
        message:
          'This problem details body says status 429 Too Many Requests, but the response sends 503 Service Unavailable: RFC 9457 requires them to be the same.',
      },
      { range: ws.rangeOf(path, '418', 0), code: 'undocumented-status', message: undocumented },
      { range: ws.rangeOf(path, '418', 1), code: 'undocumented-status', message: undocumented },
    ]);
    await assert.rejects(
      client.request('textDocument/prepareRename', {
        textDocument: { uri: ws.uri(path) },
        position: ws.positionOf(path, '429'),
      }),
      { message: `'429' is an HTTP status, not an error code: statuses are not renamed.` },
    );
  });
});
