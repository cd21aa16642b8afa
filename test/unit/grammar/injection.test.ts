import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { contributedGrammars, errorCodes, FIXTURES, loadHost, snapshot, tokenize } from './grammarHarness';

const HOSTS = ['source.ts', 'source.tsx', 'source.js', 'source.js.jsx'];
/** `UPDATE_SNAPSHOTS=1` rewrites the .snap files instead of comparing. */
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

function compareSnapshot(name: string, actual: string): void {
  const path = resolve(FIXTURES, `${name}.snap`);
  if (UPDATE) writeFileSync(path, actual);
  assert.ok(existsSync(path), `${name}.snap is missing: run with UPDATE_SNAPSHOTS=1 and review it`);
  assert.equal(actual, readFileSync(path, 'utf8'));
}

test('package.json injects the grammar into TypeScript, TSX, JavaScript and JSX', () => {
  const injection = contributedGrammars().find((grammar) => grammar.injectTo);
  assert.deepEqual(injection?.injectTo, HOSTS);
  assert.equal(injection?.scopeName, 'error-catalog.injection');
});

for (const name of ['envelopes.ts', 'notCodes.ts']) {
  test(`snapshot of ${name}`, async () => {
    const source = fixture(name);
    compareSnapshot(name, snapshot(source, tokenize(await loadHost('source.ts'), source)));
  });
}

test('each code position of every envelope style is scoped as an error code, in every host', async () => {
  const source = fixture('envelopes.ts');
  for (const host of HOSTS) {
    assert.deepEqual(
      errorCodes(tokenize(await loadHost(host), source)),
      [
        'FORBIDDEN',
        'invalid_request',
        'NotFoundError',
        'FORBIDDEN',
        'TOKEN_EXPIRED',
        'RATE_LIMITED',
        'QUOTA_EXCEEDED',
        'SPACED_OUT',
      ],
      host,
    );
  }
});

test('strings in comments, other strings, other keys and expressions are not error codes', async () => {
  const source = fixture('notCodes.ts');
  assert.deepEqual(errorCodes(tokenize(await loadHost('source.ts'), source)), []);
});

test('a sys block scopes its strings as strings and hands what follows back to the host', async () => {
  const source = "const e = { sys: { type: 'Error', meta: { x: '}' }, id: 'X' }, message: 'Gone.' };";
  const tokens = tokenize(await loadHost('source.ts'), source);
  const scopesOf = (text: string) => tokens.find((token) => token.text === text)?.scopes;
  assert.deepEqual(scopesOf('Error'), [
    'source.ts',
    'meta.block.host',
    'meta.sys.error-catalog',
    'string.quoted.single.error-catalog',
  ]);
  assert.deepEqual(errorCodes(tokens), ['X']);
  assert.deepEqual(scopesOf('Gone.'), ['source.ts', 'meta.block.host', 'string.quoted.single.host']);
});
