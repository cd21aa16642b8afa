import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import YAML from 'yaml';
import { Catalog } from '../../server/src/catalog/catalog';
import { isValidStatus } from '../../server/src/catalog/canonicalEntry';
import { findCatalogLoader } from '../../server/src/catalog/loaders';
import type { CatalogLoader, CatalogLoadResult } from '../../server/src/catalog/types';
import { assertRangesInside } from '../helpers/textBounds';
import { canonicalCatalog, markdownDocument, toJson, toYaml } from './catalogShapes';
import { arbitraryText, mutatedDocument, readSeeds, type SeedDocument } from './documents';
import { formatStats, runFuzzTarget } from './harness';

const SEEDS = readSeeds('test/fixtures/seeds', (name) => name.endsWith('.txt'));
const EXAMPLE_CATALOGS = readSeeds('examples', (name) => name.endsWith('.json'));

const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  '"errors"',
  '"status"',
  '"title"',
  '"aliases"',
  '"envelope"',
  '"include"',
  '"envelopes"',
  '"carriers"',
  '"FORBIDDEN"',
  '"__proto__"',
  '403',
  '-1',
  '1e400',
  '0.5',
  'true',
  'null',
  '/*',
  '//',
  '\\u00',
  ' ',
  '\n',
];
const YAML_TOKENS = [
  'errors:',
  'status:',
  'title:',
  'aliases:',
  '- ',
  ': ',
  '  ',
  '#',
  '---',
  '...',
  '|',
  '>-',
  '&a',
  '*a',
  '<<: *a',
  '!!str',
  '!tag',
  '? ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  'FORBIDDEN',
  '403',
  '~',
  '\n',
  '\t',
];
const MARKDOWN_TOKENS = [
  '|',
  ' | ',
  '---',
  ':---:',
  '#',
  '### ',
  '`',
  '```',
  '- ',
  '* ',
  '> ',
  '<br>',
  '&#124;',
  '\\|',
  '**',
  '_',
  'FORBIDDEN',
  'invalid_request',
  '403',
  '404 Not Found',
  'Status:',
  '\n',
  '\n\n',
  '[x](y)',
  '<!--',
  '-->',
];

/** One catalog format: the file name that selects its loader and how its documents are generated. */
interface Format {
  name: string;
  fileName: string;
  tokens: string[];
  /**
   * Longest run of repeated tokens generated. micromark (the Markdown parser) is quadratic in
   * several constructs no loader can avoid: 20 KB of `> * > * ...`, of `> ` block quotes or of
   * unclosed `<!--` take 3 to 15 s of CPU, 6 KB under 1 s. Markdown runs stay below that.
   */
  maxRepeatedLength: number;
  /** Documents in the format's own structure, often a little wrong. */
  structured: fc.Arbitrary<string>;
  seeds: SeedDocument[];
}

const exampleAsYaml: SeedDocument[] = EXAMPLE_CATALOGS.map((seed) => ({
  name: `${seed.name} as YAML`,
  text: YAML.stringify(JSON.parse(seed.text)),
}));

const FORMATS: Format[] = [
  {
    name: 'json',
    fileName: 'error-catalog.json',
    tokens: JSON_TOKENS,
    maxRepeatedLength: 100_000,
    structured: fc
      .tuple(canonicalCatalog, fc.constantFrom('' as const, '  ' as const, '    ' as const, '\t' as const))
      .map(([shape, indent]) => toJson(shape, indent)),
    seeds: [...EXAMPLE_CATALOGS, ...SEEDS],
  },
  {
    name: 'yaml',
    fileName: 'error-catalog.yaml',
    tokens: YAML_TOKENS,
    // The yaml parser itself takes up to a second on 100 KB of junk that is an error every few
    // characters (`status:\n]` repeated: 33,000 errors), and the check loads twice.
    maxRepeatedLength: 50_000,
    structured: canonicalCatalog.map(toYaml),
    seeds: [...exampleAsYaml, ...SEEDS],
  },
  {
    name: 'markdown',
    fileName: 'errors.md',
    tokens: MARKDOWN_TOKENS,
    maxRepeatedLength: 6_000,
    structured: markdownDocument,
    seeds: SEEDS,
  },
];

const URI = 'file:///workspace/catalog';

/** What every loader must give for any text: no throw, ranges inside, sane entries, a usable catalog. */
function checkLoad(loader: CatalogLoader, text: string): void {
  const result = loader(text, URI);
  assertResultShape(result);
  assertRangesInside(text, result);
  const catalog = Catalog.from([{ uri: URI, result }]);
  assertRangesInside(text, [...catalog.problems.values()]);
  for (const entry of result.entries) {
    assert.ok(catalog.lookup(entry.code), `catalog lookup of ${JSON.stringify(entry.code)} found nothing`);
  }
  // Results travel over the protocol: they must survive JSON, and loading must keep no state.
  assert.deepEqual(JSON.parse(JSON.stringify(result)), JSON.parse(JSON.stringify(loader(text, URI))));
}

function assertResultShape(result: CatalogLoadResult): void {
  assert.ok(
    Array.isArray(result.entries) && Array.isArray(result.problems),
    'entries and problems are arrays',
  );
  assert.equal(typeof result.parsed, 'boolean');
  assert.ok(result.kind === 'codes' || result.kind === 'statuses', `kind ${result.kind}`);
  for (const entry of result.entries) {
    assert.ok(
      typeof entry.code === 'string' && entry.code.trim() !== '',
      `code ${JSON.stringify(entry.code)}`,
    );
    for (const status of entry.statuses)
      assert.ok(isValidStatus(status), `status ${status} of ${entry.code}`);
    assert.ok(Array.isArray(entry.aliases), 'aliases is an array');
  }
  for (const problem of result.problems) {
    assert.match(problem.code, /^[a-z]+(-[a-z]+)*$/, 'problem codes are kebab-case');
    assert.ok(problem.message.length > 0, 'a problem has a message');
    assert.ok(['error', 'warning', 'info'].includes(problem.severity), `severity ${problem.severity}`);
  }
}

const loaded = new Set<CatalogLoader>();
const formats = FORMATS.flatMap((format) => {
  const loader = findCatalogLoader(format.fileName);
  // Two suffixes may share a loader (.yaml, .yml): fuzz each loader once.
  if (!loader || loaded.has(loader)) return [];
  loaded.add(loader);
  return [{ ...format, loader }];
});

test('every catalog format the loaders read is fuzzed, the canonical JSON one at least', () => {
  assert.ok(formats.some((format) => format.name === 'json'));
});

for (const format of formats) {
  test(`${format.name} catalog loader: any text, structured and mutated documents`, async (t) => {
    const stats = await runFuzzTarget({
      name: `${format.name} loader`,
      arbitrary: fc.oneof(
        { weight: 2, arbitrary: arbitraryText(format.tokens, format.maxRepeatedLength) },
        { weight: 3, arbitrary: format.structured },
        {
          weight: 2,
          arbitrary: format.structured.chain((text) =>
            mutatedDocument([{ name: 'generated', text }], format.tokens),
          ),
        },
        { weight: 3, arbitrary: mutatedDocument(format.seeds, format.tokens) },
      ),
      describe: (text) => text,
      check: (text) => checkLoad(format.loader, text),
    });
    t.diagnostic(formatStats(stats));
  });
}
