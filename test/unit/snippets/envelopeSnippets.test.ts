import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import statuses from 'statuses';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { ENVELOPE_STYLES, type JsonValue, type PropertyPath } from '../../../server/src/analysis/envelopes';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import type { CatalogEntry } from '../../../server/src/catalog/types';
import { TAB_STOPS } from '../../../server/src/service/completion/envelopeBody';
import { expandSnippet } from '../../../server/src/service/completion/snippetText';
import { envelopeSnippets, FRAMEWORK_FORMS, toSnippetFile } from '../../../scripts/snippets/envelopeSnippets';

const CATALOG_PATH = resolve(__dirname, '../../../examples/api/error-catalog.json');
const snippets = envelopeSnippets(ENVELOPE_STYLES);

/** The example API's entries that give exactly one status: what is typed into the snippets. */
function catalogEntries(): CatalogEntry[] {
  const result = loadJsonCatalog(readFileSync(CATALOG_PATH, 'utf8'), 'file:///api/error-catalog.json');
  assert.deepEqual(result.problems, []);
  return result.entries.filter((entry) => entry.statuses.length === 1);
}

test('every envelope style has a snippet per framework form, or one for its constructor', () => {
  const expected = ENVELOPE_STYLES.flatMap((style) =>
    style.root ? [`err-${style.name}`] : FRAMEWORK_FORMS.map((form) => `err-${style.name}-${form.name}`),
  );
  const longest = snippets.map(({ snippet }) => snippet.prefix[snippet.prefix.length - 1]);
  assert.deepEqual(longest.sort(), expected.sort());
  const file = toSnippetFile(snippets);
  assert.equal(Object.keys(file).length, snippets.length, 'snippet names are unique');
  for (const style of ENVELOPE_STYLES) {
    const bare = snippets.filter(({ snippet }) => snippet.prefix.includes(`err-${style.name}`));
    assert.equal(bare.length, 1, `err-${style.name} names exactly one snippet`);
  }
});

test('the envelope styles the documentation lists all have an err-<style> snippet', () => {
  const prefixes = new Set(snippets.flatMap(({ snippet }) => snippet.prefix));
  const listed = [
    'directus',
    'oauth',
    'contentful',
    'nested',
    'problem',
    'jsonapi',
    'graphql',
    'google',
    'flat',
  ];
  assert.deepEqual(
    listed.filter((name) => !prefixes.has(`err-${name}`)),
    [],
  );
});

test('each snippet, filled with a catalog code and status, is found by the analyser in its style', () => {
  const entries = catalogEntries();
  assert.ok(entries.length >= 3);
  snippets.forEach(({ name, style, snippet }, index) => {
    // A different catalog entry for each snippet, so no single code carries the test.
    const entry = entries[index % entries.length];
    const status = entry.statuses[0];
    const code = style.codeIs === 'status' ? String(status) : entry.code;
    const body = expandSnippet(snippet.body.join('\n'), (tabStop, defaultText) => {
      if (tabStop === TAB_STOPS.code) return code;
      if (tabStop === TAB_STOPS.status) return String(status);
      // RFC 9457 and JSON:API titles name the status: keep them in step with it.
      if (tabStop === TAB_STOPS.title) return statuses.message[status] ?? defaultText;
      return defaultText;
    });
    const text = `export async function handle(req, res, reply) {\n${body}\n}\n`;
    for (const uri of ['file:///api/src/handler.ts', 'file:///api/src/handler.js']) {
      const model = analyzeSource({ uri, version: 1, text });
      const found = model.references.map((reference) => ({
        code: reference.code,
        style: reference.style,
        status: reference.status?.value,
      }));
      assert.deepEqual(found, [{ code, style: style.name, status }], `${name} in ${uri}:\n${text}`);
    }
  });
});

test("the code tab stop holds exactly the sample's code, wherever it is mirrored", () => {
  for (const { name, style, snippet } of snippets) {
    const marked = expandSnippet(snippet.body.join('\n'), (tabStop, defaultText) =>
      tabStop === TAB_STOPS.code ? `<<${defaultText}>>` : defaultText,
    );
    const occurrences = marked.match(/<<[^>]*>>/g) ?? [];
    assert.ok(occurrences.length >= 1, name);
    for (const occurrence of occurrences) {
      assert.equal(occurrence, `<<${String(sampleValue(style.sample, style.codePath))}>>`, name);
    }
  }
});

test('the nested Express snippet reads as a developer would write it', () => {
  const nested = snippets.find(({ snippet }) => snippet.prefix.includes('err-nested'));
  assert.deepEqual(nested?.snippet.body, [
    'return res.status(${2:403}).json({',
    '\terror: {',
    "\t\tcode: '${1:FORBIDDEN}',",
    "\t\tmessage: '${3:You are not allowed to do this.}',",
    '\t\tdetails: [],',
    '\t},',
    '});',
  ]);
});

function sampleValue(value: JsonValue | undefined, path: PropertyPath): JsonValue | undefined {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) current = segment === '[]' ? current[0] : undefined;
    else if (current && typeof current === 'object') current = current[segment];
    else return undefined;
  }
  return current;
}
