import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  Diagnostic,
  Location,
  Position,
  Range,
  SemanticTokens,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { assertRangesInside, lspLines } from '../helpers/textBounds';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace';
import { arbitraryText, mutatedDocument, REPO } from './documents';
import { formatStats, runFuzzTarget } from './harness';
import { handlerSource, SOURCE_SEEDS, SOURCE_TOKENS, sourceUri } from './sourceShapes';

const CATALOG = readFileSync(join(REPO, 'examples/api/error-catalog.json'), 'utf8');
const CATALOG_URI = 'file:///workspace/error-catalog.json';
const SETTINGS = {
  ...DEFAULT_SETTINGS,
  rules: { 'unknown-code': 'error' as const, 'status-mismatch': 'error' as const },
};

let workspace: TestWorkspace;
before(async () => {
  workspace = await createTestWorkspace({ 'error-catalog.json': CATALOG });
});

/** Positions inside, at the edge of and far past a document, negative ones included. */
const position: fc.Arbitrary<Position> = fc.oneof(
  fc.record({ line: fc.integer({ min: 0, max: 40 }), character: fc.integer({ min: 0, max: 120 }) }),
  fc.record({
    line: fc.constantFrom(-1, 0, 1_000_000, 2 ** 31 - 1),
    character: fc.constantFrom(-1, 0, 1_000_000, 2 ** 31 - 1),
  }),
);

const range = fc.record({ start: position, end: position });

/**
 * A diagnostic as a client may send it back for quick fixes: stale (moved, its text since edited)
 * or forged, with any payload.
 */
const forgery = fc.record({
  range: fc.option(range),
  data: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({
      code: fc.oneof(fc.constantFrom('FORBIDDEN', 'ROUTE_NOT_FOUND', ''), fc.jsonValue()),
      suggestions: fc.oneof(fc.array(fc.constantFrom('FORBIDDEN', 'TOKEN_EXPIRED', '')), fc.jsonValue()),
      expected: fc.oneof(fc.array(fc.integer({ min: -1, max: 700 })), fc.jsonValue()),
      sent: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.jsonValue()),
      site: fc.record({ range, form: fc.constantFrom('number', 'string', 'member'), value: fc.integer() }),
    }),
  ),
});

/** Applies a forgery to a real diagnostic. */
function forge(diagnostic: Diagnostic, change: { range: Range | null; data: unknown }): Diagnostic {
  return { ...diagnostic, range: change.range ?? diagnostic.range, data: change.data };
}

const sourceText = fc.oneof(
  { weight: 1, arbitrary: arbitraryText(SOURCE_TOKENS, 4000) },
  { weight: 2, arbitrary: handlerSource },
  { weight: 3, arbitrary: mutatedDocument(SOURCE_SEEDS, SOURCE_TOKENS) },
);

let version = 0;

test('language service: every feature on fuzzed sources, at any position', async (t) => {
  const stats = await runFuzzTarget({
    name: 'language service',
    arbitrary: fc.record({
      text: sourceText,
      uri: sourceUri,
      positions: fc.array(position, { minLength: 1, maxLength: 4 }),
      forgeries: fc.array(forgery, { maxLength: 3 }),
      newName: fc.oneof(fc.constantFrom('ACCESS_DENIED', 'FORBIDDEN', '', 'a b', '__proto__'), fc.string()),
      range,
    }),
    describe: (input) => input.text,
    check: ({ text, uri, positions, forgeries, newName, range }) => {
      const document = TextDocument.create(uri, 'typescript', ++version, text);
      try {
        checkFeatures(document, positions, forgeries, newName, range);
      } finally {
        // Each case is one document opened and closed: none lingers into the next one's references.
        workspace.context.forget(uri);
      }
    },
  });
  t.diagnostic(formatStats(stats));
});

function checkFeatures(
  document: TextDocument,
  positions: Position[],
  forgeries: Array<{ range: Range | null; data: unknown }>,
  newName: string,
  range: Range,
): void {
  const { uri } = document;
  const text = document.getText();
  const { service } = workspace;
  const texts = new Map([
    [uri, text],
    [CATALOG_URI, CATALOG],
  ]);
  const diagnostics = service.doValidation(document, SETTINGS);
  assertRangesInside(text, diagnostics, new Set(['relatedInformation']));
  for (const at of positions) {
    assertRangesInside(text, service.doHover(document, at));
    assertRangesInside(text, service.doComplete(document, at));
    assertLocationsInside(texts, service.findDefinition(document, at));
    assertLocationsInside(texts, service.findReferences(document, at, true));
    assertRangesInside(text, service.prepareRename(document, at));
    assertWorkspaceEditInside(texts, service.doRename(document, at, newName));
  }
  assertRangesInside(text, service.doInlayHints(document, range));
  assertRangesInside(text, service.findDocumentSymbols(document));
  assertTokensInside(text, service.doSemanticTokens(document));
  // The client sends diagnostics back for quick fixes; they may be stale or forged.
  const forged = diagnostics.flatMap((diagnostic) => forgeries.map((change) => forge(diagnostic, change)));
  for (const action of service.doCodeActions(document, [...diagnostics, ...forged])) {
    assertWorkspaceEditInside(texts, action.edit);
  }
}

/** Every location lies in a document the test knows, inside its text. */
function assertLocationsInside(texts: Map<string, string>, locations: Location[]): void {
  for (const location of locations) {
    const text = texts.get(location.uri);
    assert.ok(text !== undefined, `a location in an unknown document ${location.uri}`);
    assertRangesInside(text, location.range);
  }
}

/** A workspace edit touches known documents only, inside their text, and applies cleanly. */
function assertWorkspaceEditInside(
  texts: Map<string, string>,
  edit: WorkspaceEdit | object | null | undefined,
): void {
  if (!edit || !('changes' in edit) || !edit.changes) return;
  for (const [uri, edits] of Object.entries(edit.changes)) {
    const text = texts.get(uri);
    assert.ok(text !== undefined, `an edit of an unknown document ${uri}`);
    assertRangesInside(text, edits);
    TextDocument.applyEdits(TextDocument.create(uri, 'text', 0, text), edits);
  }
}

/** Semantic tokens are relative (line delta, start delta, length): each must land inside a line. */
function assertTokensInside(text: string, tokens: SemanticTokens | null): void {
  if (!tokens) return;
  const lines = lspLines(text);
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length] = tokens.data.slice(i, i + 3);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    assert.ok(
      line < lines.length && character + length <= lines[line].length,
      `token ${i / 5} outside the text`,
    );
  }
}
