import assert from 'node:assert/strict';
import { test } from 'node:test';
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
