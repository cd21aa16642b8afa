import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { assertRangesInside } from '../helpers/textBounds';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace';
import { arbitraryText, mutatedDocument, REPO } from './documents';
import { formatStats, runFuzzTarget } from './harness';
import { handlerSource, SOURCE_SEEDS, SOURCE_TOKENS, sourceUri } from './sourceShapes';

const CATALOG = readFileSync(join(REPO, 'examples/api/error-catalog.json'), 'utf8');
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

test('language service: validation, hover, completion and quick fixes on fuzzed sources', async (t) => {
  const stats = await runFuzzTarget({
    name: 'language service',
    arbitrary: fc.record({
      text: sourceText,
      uri: sourceUri,
      positions: fc.array(position, { minLength: 1, maxLength: 4 }),
      forgeries: fc.array(forgery, { maxLength: 3 }),
    }),
    describe: (input) => input.text,
    check: ({ text, uri, positions, forgeries }) => {
      const document = TextDocument.create(uri, 'typescript', ++version, text);
      const { service } = workspace;
      const diagnostics = service.doValidation(document, SETTINGS);
      assertRangesInside(text, diagnostics, new Set(['relatedInformation']));
      for (const at of positions) {
        assertRangesInside(text, service.doHover(document, at));
        assertRangesInside(text, service.doComplete(document, at));
      }
      // The client sends diagnostics back for quick fixes; they may be stale or forged.
      const forged = diagnostics.flatMap((diagnostic) =>
        forgeries.map((change) => forge(diagnostic, change)),
      );
      for (const action of service.doCodeActions(document, [...diagnostics, ...forged])) {
        const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
        assertRangesInside(text, edits);
        TextDocument.applyEdits(document, edits);
      }
    },
  });
  t.diagnostic(formatStats(stats));
});
