import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CatalogEntry } from '../../server/src/catalog/types';
import { definedIn } from '../../server/src/service/entryLinks';
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

test('catalog text reaches a hover as text: no link, image, HTML or emphasis it did not mean', () => {
  const hostile = {
    ...entry('https://api.test/errors'),
    code: 'EVIL_*CODE*',
    title: '<img src=x onerror=alert(1)>',
    description:
      'Click [here](javascript:alert(1)) or ![x](https://t.test/p.png) &amp; `code` _em_ FORBIDDEN_ACCESS',
    deprecated: '[Use](command:workbench.action.terminal.new) OTHER',
  };
  assert.deepEqual(formatEntry(hostile).split('\n\n').slice(0, 4), [
    '**EVIL\\_\\*CODE\\*** · 403 Forbidden',
    '**Deprecated:** \\[Use\\](command:workbench.action.terminal.new) OTHER',
    '*\\<img src=x onerror=alert(1)\\>*',
    'Click \\[here\\](javascript:alert(1)) or \\!\\[x\\](https://t.test/p.png) \\&amp; \\`code\\` \\_em\\_ FORBIDDEN_ACCESS',
  ]);
});

test('a catalog file name cannot close the link to it', () => {
  const named = {
    ...entry(''),
    source: {
      uri: 'file:///ws/x%29%5By%5D(javascript:alert(1))/errors.md',
      range: ORIGIN,
      format: 'markdown' as const,
    },
  };
  assert.equal(
    definedIn(named),
    'Defined in [errors.md:1](<file:///ws/x%29%5By%5D(javascript:alert(1))/errors.md#L1>)',
  );
  const bracketed = { ...named, source: { ...named.source, uri: 'file:///ws/a%5Bb%5D.json' } };
  assert.equal(definedIn(bracketed), 'Defined in [a\\[b\\].json:1](<file:///ws/a%5Bb%5D.json#L1>)');
});
