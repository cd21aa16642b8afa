import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ENVELOPE_STYLES, type EnvelopeStyle, type JsonValue } from '../../../server/src/analysis/envelopes';
import {
  bodyFiller,
  renderEnvelopeBody,
  sampleValue,
} from '../../../server/src/service/completion/envelopeBody';
import { expandSnippet } from '../../../server/src/service/completion/snippetText';
import { codePlacements, GRAMMAR_FILE, grammarText } from '../../../scripts/grammar/injectionGrammar';
import { errorCodes, loadHost, tokenize } from './grammarHarness';

const HOSTS = ['source.ts', 'source.tsx', 'source.js', 'source.js.jsx'];

test('the committed grammar is what scripts/generateGrammar.ts writes from the envelope table', () => {
  assert.equal(
    readFileSync(GRAMMAR_FILE, 'utf8'),
    grammarText(ENVELOPE_STYLES),
    'run `node --import tsx scripts/generateGrammar.ts` (part of `npm run build`) and commit the grammar',
  );
});

test('every built-in style with a string code is highlighted; only a status-as-code style is not', () => {
  const placements = codePlacements(ENVELOPE_STYLES);
  assert.deepEqual(
    placements.map((placement) => placement.style),
    ENVELOPE_STYLES.map((style) => style.name),
  );
  const notHighlighted = placements.filter((placement) => 'notHighlighted' in placement);
  assert.deepEqual(
    notHighlighted.map((placement) => placement.style),
    ENVELOPE_STYLES.filter((style) => style.codeIs === 'status').map((style) => style.name),
  );
  // Google's `error.status` and Contentful's `sys.id` are codes under their parent only.
  assert.deepEqual(
    placements.filter((placement) => 'parent' in placement),
    [
      { style: 'contentful', key: 'id', parent: 'sys', highlighted: 'owned-block' },
      { style: 'google', key: 'status', parent: 'error', highlighted: 'shared-block' },
    ],
  );
});

/** The sample on one line: `{ error: { code: 404, status: 'NOT_FOUND' } }`. */
function oneLine(value: JsonValue): string {
  if (typeof value === 'string') return `'${value.replace(/[\\']/g, '\\$&')}'`;
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const members = Object.entries(value).map(([key, member]) => `${key}: ${oneLine(member)}`);
  return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
}

/** The sample as completion writes it: over several lines when it is long, statuses as given. */
function asCompletionWrites(style: EnvelopeStyle, status: string): string {
  const code = String(sampleValue(style, style.codePath));
  const body = renderEnvelopeBody(style, bodyFiller({ quote: "'", code: `'${code}'`, status }));
  return expandSnippet(body);
}

/** A statement that sends or throws the body, as a handler writes it. */
function statement(style: EnvelopeStyle, body: string): string {
  const sent = style.root
    ? `throw new ${style.root.callee}('No.', ${body});`
    : `return res.status(404).json(${body});`;
  return `export function handle(req, res) {\n  ${sent}\n}\n`;
}

test("each highlighted style's code is scoped as an error code, however the body is written, in every host", async () => {
  for (const style of ENVELOPE_STYLES.filter((candidate) => candidate.codeIs === 'string')) {
    const code = String(sampleValue(style, style.codePath));
    const bodies = [
      oneLine(style.sample),
      asCompletionWrites(style, '404'),
      asCompletionWrites(style, 'HttpStatus.NOT_FOUND'),
    ];
    for (const body of bodies) {
      const source = statement(style, body);
      for (const host of HOSTS) {
        assert.deepEqual(
          errorCodes(tokenize(await loadHost(host), source)),
          [code],
          `${style.name} in ${host}:\n${source}`,
        );
      }
    }
  }
});

test("a nested body's status is no code: the string error.code hands the object back", async () => {
  const grammar = await loadHost('source.ts');
  for (const source of [
    "res.json({ error: { code: 'FORBIDDEN', status: 'failed' } });",
    "res.json({\n  error: {\n    code: 'FORBIDDEN',\n    status: 'failed',\n  },\n});",
    "res.json({ error: { status: 'failed', code: 'FORBIDDEN' } });",
  ]) {
    assert.deepEqual(errorCodes(tokenize(grammar, source)), ['FORBIDDEN'], source);
  }
});

test('an error object holding more than literals is handed back to the host at that member', async () => {
  const source = [
    'res.json({',
    '  error: {',
    '    code: 404,',
    "    message: t('gone'),",
    "    note: 'after',",
    '  },',
    '});',
  ].join('\n');
  const tokens = tokenize(await loadHost('source.ts'), source);
  const scopesOf = (text: string) => tokens.find((token) => token.text === text)?.scopes;
  assert.ok(scopesOf('404')?.includes('meta.error.error-catalog'));
  for (const text of ['gone', 'after']) {
    assert.ok(scopesOf(text)?.includes('string.quoted.single.host'), text);
    assert.ok(!scopesOf(text)?.some((name) => name.endsWith('.error-catalog')), text);
  }
});

test('a style declared in the settings is not in the static grammar: its code is not marked', async () => {
  // `errorCatalog.envelopes: [{ name: 'acme', codePath: ['failure', 'reason'] }]` reaches the
  // analyser and the semantic tokens, never the grammar, which is built before any workspace.
  const source = "res.status(403).json({ failure: { reason: 'NOT_ALLOWED' } });";
  assert.deepEqual(errorCodes(tokenize(await loadHost('source.ts'), source)), []);
});
