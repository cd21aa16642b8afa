import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CatalogEntry } from '../../server/src/catalog/types';
import { documentationLink, formatEntry } from '../../server/src/service/hover';

const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function entry(docs: string): CatalogEntry {
  return {
    code: 'FORBIDDEN',
    statuses: [403],
    aliases: [],
    docs,
    source: { uri: 'file:///ws/error-catalog.json', range: ORIGIN, format: 'json' },
  };
}

test('only http(s) and relative documentation links reach a hover; a catalog cannot plant a command', () => {
  assert.deepEqual(
    [
      'https://api.test/errors#forbidden',
      'HTTP://api.test/errors',
      '../docs/errors.md#forbidden',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'command:workbench.action.terminal.new',
      'file:///etc/passwd',
      'data:text/html,<script>',
      'https://api.test/a b',
      'https://api.test/x)[y](javascript:alert(1)',
      '   ',
    ].map(documentationLink),
    [
      '<https://api.test/errors#forbidden>',
      '<HTTP://api.test/errors>',
      '<../docs/errors.md#forbidden>',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '<https://api.test/x)[y](javascript:alert(1)>',
      undefined,
    ],
  );
  assert.equal(formatEntry(entry('javascript:alert(1)')).includes('javascript'), false);
  assert.match(
    formatEntry(entry('https://api.test/errors')),
    /\[Documentation\]\(<https:\/\/api\.test\/errors>\)/,
  );
});
