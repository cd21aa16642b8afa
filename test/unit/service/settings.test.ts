import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { SEMANTIC_TOKEN_LEGEND } from '../../../server/src/service/semanticTokens';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../server/src/service/settings';

test('inlay hints and code lenses are on unless turned off; semantic tokens off unless turned on', () => {
  assert.deepEqual(
    [DEFAULT_SETTINGS.inlayHints, DEFAULT_SETTINGS.codeLens, DEFAULT_SETTINGS.semanticTokens],
    [{ enable: true }, { enable: true }, { enable: false }],
  );
  const fromNothing = normalizeSettings(undefined);
  assert.deepEqual(
    [fromNothing.inlayHints, fromNothing.codeLens, fromNothing.semanticTokens],
    [{ enable: true }, { enable: true }, { enable: false }],
  );
  const flipped = normalizeSettings({
    inlayHints: { enable: false },
    codeLens: { enable: false },
    semanticTokens: { enable: true },
  });
  assert.deepEqual(
    [flipped.inlayHints, flipped.codeLens, flipped.semanticTokens],
    [{ enable: false }, { enable: false }, { enable: true }],
  );
  // A value of the wrong type is ignored, not trusted.
  const wrong = normalizeSettings({ inlayHints: { enable: 'no' }, semanticTokens: true });
  assert.deepEqual([wrong.inlayHints, wrong.semanticTokens], [{ enable: true }, { enable: false }]);
});

const packageJson = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8'));

test('package.json declares each feature switch with the default the server assumes', () => {
  const properties = packageJson.contributes.configuration.properties;
  for (const feature of ['hover', 'completion', 'inlayHints', 'codeLens', 'semanticTokens'] as const) {
    const declared = properties[`errorCatalog.${feature}.enable`];
    assert.ok(declared?.markdownDescription, feature);
    assert.equal(declared.default, DEFAULT_SETTINGS[feature].enable, feature);
  }
});

test("package.json contributes the semantic token legend's type, its own modifiers and their scopes", () => {
  const { semanticTokenTypes, semanticTokenModifiers, semanticTokenScopes } = packageJson.contributes;
  assert.deepEqual(
    semanticTokenTypes.map((type: { id: string }) => type.id),
    SEMANTIC_TOKEN_LEGEND.tokenTypes,
  );
  // `deprecated` is one of the editor's standard modifiers: only the others are declared.
  assert.deepEqual(
    semanticTokenModifiers.map((modifier: { id: string }) => modifier.id),
    SEMANTIC_TOKEN_LEGEND.tokenModifiers.filter((modifier) => modifier !== 'deprecated'),
  );
  assert.deepEqual(Object.keys(semanticTokenScopes[0].scopes), [
    'errorCode',
    ...SEMANTIC_TOKEN_LEGEND.tokenModifiers.map((modifier) => `errorCode.${modifier}`),
  ]);
});
