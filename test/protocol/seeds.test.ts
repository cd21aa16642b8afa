import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens, CompletionList, Hover, InlayHint, Range } from 'vscode-languageserver-types';
import { writeCatalogJson } from '../../server/src/catalog/catalogWriter';
import { importCatalog } from '../../server/src/catalog/importCatalog';
import { pathToUri } from '../../server/src/workspace/paths';
import { applyCompletion, sorted } from '../helpers/completions';
import { parseMarkers, type MarkedText } from '../helpers/markers';
import { TestClient } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';
import {
  AUTHPI_CODES,
  CONTENTFUL_ROWS,
  DIRECTUS_CODES,
  FREE_TEXT_CODES,
  SEED_FILES,
  STATUS_ROWS,
} from '../unit/catalog/seedTables';

const PROJECTS = resolve(__dirname, '../fixtures/workspaces/seeds');

/** One project per seed: its catalog, its source, and what each feature should say about it. */
interface SeedProject {
  name: string;
  seed: string;
  /** Where the catalog goes: the seed as Markdown, or the canonical JSON imported from its free text. */
  catalogPath: 'docs/errors.md' | 'error-catalog.json';
  /** The catalog's codes, in the document's order, as read from the seed by hand. */
  codes: string[];
  /** The first line of the hover on each marked code of the source. */
  hovers: string[];
  /** The inlay hint after each marked code, or null where the catalog gives no status. */
  hints: Array<string | null>;
  /** A code position in this project's envelope style, for completion. */
  completionAt: string;
}

const unique = (codes: string[]) => [...new Set(codes)];

const SEEDS: SeedProject[] = [
  {
    name: 'directus',
    seed: SEED_FILES.directus,
    catalogPath: 'docs/errors.md',
    codes: DIRECTUS_CODES.map(([code]) => code),
    hovers: [
      '**TOKEN_EXPIRED** · 401 Unauthorized',
      '**FORBIDDEN** · 403 Forbidden',
      '**ROUTE_NOT_FOUND** · 404 Not Found',
    ],
    hints: ['401', '403', '404'],
    completionAt: `throw { errors: [{ message: 'No.', extensions: { code: [['$$CURSOR$$]] } }] };\n`,
  },
  {
    name: 'authpi',
    seed: SEED_FILES.authpi,
    catalogPath: 'docs/errors.md',
    codes: AUTHPI_CODES.map(([code]) => code),
    hovers: ['**invalid_request** · 400 Bad Request', '**insufficient_scope** · 403 Forbidden'],
    hints: ['400', '403'],
    completionAt: `res.status(403).json({ error: [['$$CURSOR$$]], error_description: 'No.' });\n`,
  },
  {
    name: 'contentful',
    seed: SEED_FILES.contentful,
    catalogPath: 'docs/errors.md',
    codes: unique(CONTENTFUL_ROWS.map(([code]) => code)),
    hovers: ['**AccessDeniedError** · 403 Forbidden, 502 Bad Gateway', '**NotFoundError** · 404 Not Found'],
    hints: ['403 | 502', '404'],
    completionAt: `ctx.body = { sys: { type: 'Error', id: [['$$CURSOR$$]] }, message: 'No.' };\n`,
  },
  {
    name: 'free-text',
    seed: SEED_FILES.freeText,
    catalogPath: 'error-catalog.json',
    codes: FREE_TEXT_CODES.map(([code]) => code),
    hovers: ['**INVALID_REQUEST** · 400 Bad Request', '**INSUFFICIENT_BALANCE** · no status'],
    hints: ['400', null],
    completionAt: `throw { error: { code: [['$$CURSOR$$]] } };\n`,
  },
];

const STATUS_ONLY = {
  name: 'status-only',
  seed: SEED_FILES.statusOnly,
  catalogPath: 'docs/errors.md' as const,
};

let folder: string;
let client: TestClient;
const sources = new Map<string, MarkedText>();
let scratchCount = 0;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'error-catalog-seeds-'));
  for (const project of readdirSync(PROJECTS, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const file of readdirSync(join(PROJECTS, project.name, 'src'))) {
      const path = join(folder, project.name, 'src', file);
      const marked = parseMarkers(
        readFileSync(join(PROJECTS, project.name, 'src', file), 'utf8'),
        pathToUri(path),
      );
      mkdirSync(join(folder, project.name, 'src'), { recursive: true });
      writeFileSync(path, marked.text);
      sources.set(project.name, marked);
    }
  }
  for (const { name, seed, catalogPath } of [...SEEDS, STATUS_ONLY]) {
    const target = join(folder, name, catalogPath);
    mkdirSync(join(target, '..'), { recursive: true });
    const text = readSeed(seed);
    writeFileSync(
      target,
      catalogPath === 'error-catalog.json'
        ? writeCatalogJson(importCatalog(text, pathToUri(join(folder, seed))).entries)
        : text,
    );
  }
  client = await TestClient.start({ folders: [folder] });
  await client.indexed();
  for (const source of sources.values()) await client.open(source.document.uri, source.text);
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

function catalogDocument(project: { name: string; catalogPath: string }): TextDocument {
  const path = join(folder, project.name, project.catalogPath);
  return TextDocument.create(pathToUri(path), 'markdown', 1, readFileSync(path, 'utf8'));
}

for (const project of SEEDS) {
  describe(`seed ${project.seed} (${project.name})`, () => {
    test('hover on each code gives its catalog statuses', async () => {
      const source = sources.get(project.name)!;
      const hovers: Array<[string, Range] | null> = [];
      for (const range of source.ranges()) {
        const hover = await client.request<Hover | null>('textDocument/hover', {
          textDocument: { uri: source.document.uri },
          position: range.start,
        });
        hovers.push(hover && [(hover.contents as { value: string }).value.split('\n\n')[0], hover.range!]);
      }
      assert.deepEqual(
        hovers,
        project.hovers.map((line, i) => [line, source.ranges()[i]]),
      );
    });

    test('completion in a code position offers every catalog code, replacing the whole string', async () => {
      const uri = pathToUri(join(folder, project.name, `src/scratch${scratchCount++}.ts`));
      const fixture = parseMarkers(project.completionAt, uri);
      await client.open(uri, fixture.text);
      const list = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: fixture.cursorPosition(),
      });
      assert.deepEqual(
        list.items.map((item) => item.label),
        project.codes,
      );
      const first = sorted(list.items)[0];
      assert.deepEqual((first.textEdit as { range: Range }).range, fixture.ranges()[0]);
      const written = applyCompletion(fixture.document, first);
      const range = fixture.ranges()[0];
      assert.equal(
        written,
        fixture.text.slice(0, fixture.document.offsetAt(range.start)) +
          `'${first.label}'` +
          fixture.text.slice(fixture.document.offsetAt(range.end)),
      );
    });

    test('inlay hints give the status after each code', async () => {
      const source = sources.get(project.name)!;
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
        textDocument: { uri: source.document.uri },
        range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
      });
      const expected = source.ranges().flatMap((range, i) => {
        const label = project.hints[i];
        // The hint sits after the closing quote.
        const position = { line: range.end.line, character: range.end.character + 1 };
        return label === null ? [] : [{ position, label }];
      });
      assert.deepEqual(
        hints.map(({ position, label }) => ({ position, label })),
        expected,
      );
    });

    test("code lenses over the catalog's entries count the source's uses", async () => {
      const catalog = catalogDocument(project);
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {
        textDocument: { uri: catalog.uri },
      });
      assert.deepEqual(
        lenses.map((lens) => catalog.getText(lens.range)),
        // A code written in several rows (Contentful's AccessDeniedError) is one entry.
        project.codes,
      );
      const source = sources.get(project.name)!;
      const used = source.ranges().map((range) => source.document.getText(range));
      for (const lens of lenses) {
        const code = catalog.getText(lens.range);
        const resolved = await client.request<CodeLens>('codeLens/resolve', lens);
        const count = used.filter((c) => c === code).length;
        assert.equal(resolved.command?.title, `${count} ${count === 1 ? 'usage' : 'usages'}`, code);
      }
    });
  });
}

describe(`seed ${SEED_FILES.statusOnly} (status-only)`, () => {
  test("hover on a status gives the API's own description", async () => {
    const source = sources.get('status-only')!;
    const [problem, , carrier] = source.ranges();
    const unauthorized = STATUS_ROWS.find(([status]) => status === 401)!;
    for (const range of [problem]) {
      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri: source.document.uri },
        position: range.start,
      });
      assert.deepEqual((hover.contents as { value: string }).value.split('\n\n').slice(0, 2), [
        '**401 Unauthorized**',
        unauthorized[2],
      ]);
      assert.deepEqual(hover.range, range);
    }
    const notFound = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: source.document.uri },
      position: carrier.end,
    });
    assert.deepEqual((notFound.contents as { value: string }).value.split('\n\n').slice(0, 2), [
      '**404 Not Found**',
      'The requested resource could not be found.',
    ]);
  });

  test('completion of a status lists the documented statuses, and problem details come first', async () => {
    const uri = pathToUri(join(folder, 'status-only/src/scratch.ts'));
    const fixture = parseMarkers(
      `export function f(c) {\n  return c.json({ title: 'x' }, [[$$CURSOR$$]]);\n}\n`,
      uri,
    );
    await client.open(uri, fixture.text);
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: fixture.cursorPosition(),
    });
    assert.deepEqual(
      list.items.map((item) => [item.label, item.detail]),
      STATUS_ROWS.map(([status, reason]) => [String(status), reason]),
    );
    const statement = parseMarkers(
      `export function f(c) {\n  $$CURSOR$$\n}\n`,
      uri.replace('scratch', 'scratch2'),
    );
    await client.open(statement.document.uri, statement.text);
    const snippets = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: statement.document.uri },
      position: statement.cursorPosition(),
    });
    assert.equal(sorted(snippets.items)[0].label, 'error envelope: problem');
  });

  test('inlay hints and code lenses: a status-only catalog counts each status written', async () => {
    const catalog = catalogDocument(STATUS_ONLY);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri: catalog.uri },
    });
    assert.deepEqual(
      lenses.map((lens) => catalog.getText(lens.range)),
      STATUS_ROWS.map(([status]) => String(status)),
    );
    const titles = await Promise.all(
      lenses.map(async (lens) => [
        catalog.getText(lens.range),
        (await client.request<CodeLens>('codeLens/resolve', lens)).command?.title,
      ]),
    );
    assert.deepEqual(
      titles.filter(([, title]) => title !== '0 usages'),
      [
        ['401', '1 usage'],
        ['404', '1 usage'],
      ],
    );
  });
});
