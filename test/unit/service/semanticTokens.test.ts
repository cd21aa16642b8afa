import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEMANTIC_TOKEN_LEGEND } from '../../../server/src/service/semanticTokens';
import { parseMarkers } from '../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

/** The tokens back in absolute positions, with their type and modifiers named. */
function decode(
  data: number[],
): Array<[line: number, character: number, length: number, type: string, modifiers: string[]]> {
  const tokens: Array<[number, number, number, string, string[]]> = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const modifiers = SEMANTIC_TOKEN_LEGEND.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    tokens.push([line, character, data[i + 2], SEMANTIC_TOKEN_LEGEND.tokenTypes[data[i + 3]], modifiers]);
  }
  return tokens;
}

test('codes are errorCode tokens, known, unknown or deprecated', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    [
      `throw { error: { code: '[[FORBIDDEN]]' } }; throw { error: { code: '[[FORBIDEN]]' } };`,
      `const label = 'FORBIDDEN';`,
      `res.status(429).json({ error: { code: '[[LEGACY_LIMIT]]' } });`,
      `export const TeapotError = createError('[[TEAPOT]]', 'Short and stout.', 418);`,
      `throw new TeapotError();`,
    ].join('\n'),
    'file:///workspace/src/a.ts',
  );
  const tokens = service.doSemanticTokens(fixture.document);
  const spans = fixture
    .ranges()
    .map((r) => [r.start.line, r.start.character, r.end.character - r.start.character]);
  assert.deepEqual(decode(tokens!.data), [
    [...spans[0], 'errorCode', ['known']],
    [...spans[1], 'errorCode', ['unknown']],
    [...spans[2], 'errorCode', ['known', 'deprecated']],
    // A code defined in source is a catalog code too.
    [...spans[3], 'errorCode', ['known']],
  ]);
});

test('a document without codes has no tokens of ours, so the language keeps its own', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(`const label = 'FORBIDDEN';\n`, 'file:///workspace/src/a.ts');
  assert.equal(service.doSemanticTokens(fixture.document), null);
});
