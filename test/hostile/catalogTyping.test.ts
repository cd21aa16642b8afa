import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { CATALOG_PARSE_DELAY_MS, CatalogTyping } from '../../server/src/lsp/catalogTyping';

const CATALOG = 'file:///ws/docs/errors.md';

describe('an edited catalog document is parsed once typing pauses', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('five keystrokes in a row cost one parse, after the pause', () => {
    const parsed: string[] = [];
    const typing = new CatalogTyping((uri) => parsed.push(uri));
    for (let key = 0; key < 5; key++) {
      typing.edited(CATALOG);
      mock.timers.tick(CATALOG_PARSE_DELAY_MS - 1);
    }
    assert.deepEqual(parsed, []);
    mock.timers.tick(1);
    assert.deepEqual(parsed, [CATALOG]);
    mock.timers.tick(10 * CATALOG_PARSE_DELAY_MS);
    assert.deepEqual(parsed, [CATALOG]);
  });

  it('a request about the document parses its pending edit at once, and only once', () => {
    const parsed: string[] = [];
    const typing = new CatalogTyping((uri) => parsed.push(uri));
    typing.edited(CATALOG);
    typing.flush('file:///ws/src/app.ts');
    assert.deepEqual(parsed, []);
    typing.flush(CATALOG);
    assert.deepEqual(parsed, [CATALOG]);
    typing.flush(CATALOG);
    mock.timers.tick(CATALOG_PARSE_DELAY_MS);
    assert.deepEqual(parsed, [CATALOG]);
  });

  it('a closed document drops its pending edit', () => {
    const parsed: string[] = [];
    const typing = new CatalogTyping((uri) => parsed.push(uri));
    typing.edited(CATALOG);
    assert.equal(typing.cancel(CATALOG), true);
    mock.timers.tick(CATALOG_PARSE_DELAY_MS);
    assert.deepEqual(parsed, []);
    assert.equal(typing.cancel(CATALOG), false);
  });
});
