import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeLens,
  CompletionList,
  Hover,
  InlayHint,
  Position,
  SemanticTokens,
} from 'vscode-languageserver-types';
import { pathToUri } from '../../server/src/workspace/paths';
import { applyCompletion, itemLabelled, sorted } from '../helpers/completions';
import { parseMarkers, type MarkedText } from '../helpers/markers';
import { TestClient } from '../helpers/lspClient';

const WORKSPACE = resolve(__dirname, '../fixtures/workspaces/features');
const uriOf = (path: string) => pathToUri(resolve(WORKSPACE, path));
const CATALOG_URI = uriOf('error-catalog.json');
const USERS_URI = uriOf('src/routes/users.ts');
const PROJECTS_URI = uriOf('src/routes/projects.ts');

/** What the client answers for `errorCatalog`; a test changes it and tells the server. */
const settings: Record<string, unknown> = { semanticTokens: { enable: true } };
let client: TestClient;
let scratchCount = 0;

before(async () => {
  client = await TestClient.start({ folders: [WORKSPACE], settings });
  await client.indexed();
});

after(async () => {
  await client.stop();
});

function read(path: string): string {
  return readFileSync(resolve(WORKSPACE, path), 'utf8');
}

/** The position of the `occurrence`-th `needle` in `text`, `shift` characters into it. */
function positionIn(text: string, needle: string, shift = 0, occurrence = 1): Position {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not found`);
  return TextDocument.create('file:///x', 'typescript', 1, text).positionAt(offset + shift);
}

/** Opens a new unsaved document of the workspace with the fixture's text. */
async function openScratch(marked: string): Promise<MarkedText> {
  const uri = uriOf(`src/routes/scratch${scratchCount++}.ts`);
  const fixture = parseMarkers(marked, uri);
  await client.open(uri, fixture.text);
  return fixture;
}

async function complete(fixture: MarkedText, triggerCharacter?: string): Promise<CompletionList> {
  return client.request<CompletionList>('textDocument/completion', {
    textDocument: { uri: fixture.document.uri },
    position: fixture.cursorPosition(),
    context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
  });
}

test('initialize announces inlay hints, resolvable code lenses and semantic tokens with their legend', () => {
  const capabilities = client.initializeResult!.capabilities;
  assert.deepEqual(capabilities.inlayHintProvider, { resolveProvider: false });
  assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: true });
  assert.deepEqual(capabilities.semanticTokensProvider, {
    legend: { tokenTypes: ['errorCode'], tokenModifiers: ['known', 'unknown', 'deprecated'] },
    full: true,
    range: false,
  });
});

test('hover on a code counts its uses in every file of the workspace, open or not', async () => {
  const text = read('src/routes/users.ts');
  await client.open(USERS_URI, text);
  const position = positionIn(text, `'FORBIDDEN'`, 3);
  const hover = await client.request<Hover>('textDocument/hover', {
    textDocument: { uri: USERS_URI },
    position,
  });
  assert.deepEqual(hover, {
    contents: {
      kind: 'markdown',
      value: [
        '**FORBIDDEN** · 403 Forbidden',
        '*Forbidden*',
        'You are not allowed to do the current action.',
        `Defined in [error-catalog.json:4](<${CATALOG_URI}#L4>)`,
        'Used in 2 places',
      ].join('\n\n'),
    },
    range: { start: positionIn(text, `FORBIDDEN'`), end: positionIn(text, `FORBIDDEN'`, 'FORBIDDEN'.length) },
  });
});

test('hover on a status in a carrier gives its reason and the catalog codes sent with it', async () => {
  const text = read('src/routes/projects.ts');
  await client.open(PROJECTS_URI, text);
  const start = positionIn(text, '503');
  const hover = await client.request<Hover>('textDocument/hover', {
    textDocument: { uri: PROJECTS_URI },
    position: start,
  });
  assert.deepEqual(hover, {
    contents: {
      kind: 'markdown',
      value: '**503 Service Unavailable**\n\nCatalog codes with this status: `SERVICE_UNAVAILABLE`',
    },
    range: { start, end: { line: start.line, character: start.character + 3 } },
  });
});

test('completion replaces a half-typed code string, closing quote included', async () => {
  const fixture = await openScratch(
    `export function f(res) {\n  return res.status(404).json({ error: { code: [['RO$$CURSOR$$]] } });\n}\n`,
  );
  const items = sorted((await complete(fixture)).items);
  assert.deepEqual(items[0].textEdit, { range: fixture.ranges()[0], newText: `'ROUTE_NOT_FOUND'` });
  assert.equal(
    applyCompletion(fixture.document, items[0]),
    `export function f(res) {\n  return res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND' } });\n}\n`,
  );
});

test('after typing `code: ` the items write a quoted code', async () => {
  const fixture = await openScratch(`throw { error: { code: $$CURSOR$$ } };\n`);
  const list = await complete(fixture, ' ');
  assert.deepEqual(
    list.items.map((item) => item.label),
    ['FORBIDDEN', 'INVALID_TOKEN', 'ROUTE_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'LEGACY_LIMIT'],
  );
  assert.equal(
    applyCompletion(fixture.document, itemLabelled(list.items, 'INVALID_TOKEN')),
    `throw { error: { code: 'INVALID_TOKEN' } };\n`,
  );
});

test("completion of a carrier's status lists the catalog's statuses with their reasons", async () => {
  const fixture = await openScratch(`export function f(reply) {\n  return reply.code([[$$CURSOR$$]]);\n}\n`);
  const list = await complete(fixture, '(');
  assert.deepEqual(
    list.items.map((item) => `${item.label} ${item.detail}`),
    ['403 Forbidden', '404 Not Found', '429 Too Many Requests', '502 Bad Gateway', '503 Service Unavailable'],
  );
  assert.deepEqual(itemLabelled(list.items, '429').textEdit, { range: fixture.ranges()[0], newText: '429' });
});

test('after `throw `, whole statements: the class a createError call made, imported, else http-errors', async () => {
  const fixture = await openScratch(
    `import type { Request } from 'express';\n\nexport function f(req: Request) {\n  throw $$CURSOR$$\n}\n`,
  );
  const list = await complete(fixture, ' ');
  assert.equal(
    applyCompletion(fixture.document, itemLabelled(list.items, 'INVALID_TOKEN')),
    `import type { Request } from 'express';\nimport { InvalidTokenError } from '../errors';\n\nexport function f(req: Request) {\n  throw new InvalidTokenError();\n}\n`,
  );
  assert.equal(
    applyCompletion(fixture.document, itemLabelled(list.items, 'ROUTE_NOT_FOUND')),
    `import type { Request } from 'express';\n\nexport function f(req: Request) {\n  throw createError(404, 'Endpoint does not exist.', { code: 'ROUTE_NOT_FOUND' });\n}\n`,
  );
});

test("in a statement position, envelope snippets, the catalog's declared style first", async () => {
  const fixture = await openScratch(`export function f(req, res) {\n  [[err$$CURSOR$$]]\n}\n`);
  const items = sorted((await complete(fixture)).items);
  assert.equal(items.length, 9);
  assert.equal(items[0].label, 'error envelope: nested');
  assert.equal(items[0].insertTextFormat, 2);
  assert.deepEqual(items[0].textEdit, {
    range: fixture.ranges()[0],
    newText: [
      `return res.status(\${2:403}).json({`,
      `\terror: {`,
      `\t\tcode: '\${1|FORBIDDEN,INVALID_TOKEN,ROUTE_NOT_FOUND,SERVICE_UNAVAILABLE,LEGACY_LIMIT|}',`,
      `\t\tmessage: '\${3:You are not allowed to do the current action.}',`,
      `\t\tdetails: [],`,
      `\t},`,
      `});`,
    ].join('\n'),
  });
});

test('inlay hints show the catalog status after each code string', async () => {
  const text = read('src/routes/projects.ts');
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
    textDocument: { uri: PROJECTS_URI },
    range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
  });
  assert.deepEqual(hints, [
    {
      position: positionIn(text, `'FORBIDDEN'`, `'FORBIDDEN'`.length),
      label: '403',
      paddingLeft: true,
      tooltip: 'FORBIDDEN: 403 Forbidden',
    },
    {
      position: positionIn(text, `'SERVICE_UNAVAILABLE'`, `'SERVICE_UNAVAILABLE'`.length),
      label: '502 | 503',
      paddingLeft: true,
      tooltip: 'SERVICE_UNAVAILABLE: 502 Bad Gateway, 503 Service Unavailable',
    },
  ]);
});

test('code lenses over the catalog entries count usages across the workspace and list them', async () => {
  const catalogText = read('error-catalog.json');
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {
    textDocument: { uri: CATALOG_URI },
  });
  const keyRange = (code: string) => ({
    start: positionIn(catalogText, `"${code}"`, 1),
    end: positionIn(catalogText, `"${code}"`, 1 + code.length),
  });
  assert.deepEqual(
    lenses.map((lens) => lens.range),
    ['FORBIDDEN', 'INVALID_TOKEN', 'ROUTE_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'LEGACY_LIMIT'].map(keyRange),
  );
  const resolved = await Promise.all(
    lenses.map((lens) => client.request<CodeLens>('codeLens/resolve', lens)),
  );
  assert.deepEqual(
    resolved.map((lens) => lens.command?.title),
    ['2 usages', '1 usage', '1 usage', '1 usage', '0 usages'],
  );
  const users = read('src/routes/users.ts');
  const projects = read('src/routes/projects.ts');
  const codeRange = (text: string, code: string) => ({
    start: positionIn(text, `'${code}'`, 1),
    end: positionIn(text, `'${code}'`, 1 + code.length),
  });
  assert.deepEqual(resolved[0].command, {
    title: '2 usages',
    command: 'errorCatalog.showReferences',
    arguments: [
      CATALOG_URI,
      keyRange('FORBIDDEN').start,
      [
        { uri: PROJECTS_URI, range: codeRange(projects, 'FORBIDDEN') },
        { uri: USERS_URI, range: codeRange(users, 'FORBIDDEN') },
      ],
    ],
  });
  // `new InvalidTokenError()` of a class imported from the file that defines it counts as a use.
  const invalidToken = positionIn(users, 'InvalidTokenError()');
  assert.deepEqual(resolved[1].command?.arguments?.[2], [
    {
      uri: USERS_URI,
      range: {
        start: invalidToken,
        end: { line: invalidToken.line, character: invalidToken.character + 17 },
      },
    },
  ]);
});

test('semantic tokens mark known, unknown and deprecated codes', async () => {
  const fixture = await openScratch(
    `throw { error: { code: '[[FORBIDDEN]]' } };\nthrow { error: { code: '[[FORBIDEN]]' } };\nthrow { error: { code: '[[LEGACY_LIMIT]]' } };\n`,
  );
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {
    textDocument: { uri: fixture.document.uri },
  });
  const [known, unknown, deprecated] = fixture.ranges();
  // Five integers per token: line delta, start, length, type (errorCode), modifiers (known=1, unknown=2, deprecated=4).
  assert.deepEqual(tokens.data, [
    ...[known.start.line, known.start.character, 9, 0, 1],
    ...[1, unknown.start.character, 8, 0, 2],
    ...[1, deprecated.start.character, 12, 0, 1 | 4],
  ]);
});

test('each feature answers nothing once its setting turns it off', async () => {
  Object.assign(settings, {
    inlayHints: { enable: false },
    codeLens: { enable: false },
    semanticTokens: { enable: false },
  });
  await client.notify('workspace/didChangeConfiguration', { settings: {} });
  const inlayHints = await client.request('textDocument/inlayHint', {
    textDocument: { uri: PROJECTS_URI },
    range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
  });
  const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: CATALOG_URI } });
  const tokens = await client.request('textDocument/semanticTokens/full', {
    textDocument: { uri: PROJECTS_URI },
  });
  assert.deepEqual([inlayHints, lenses, tokens], [null, null, null]);
});
