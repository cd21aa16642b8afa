import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkers } from '../../helpers/markers';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { mayContainReferences } from '../../../server/src/analysis/prefilter';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis');

test('a flat body needs a message or a status besides its code', () => {
  assert.equal(mayContainReferences("export const EURO = { code: 'EUR', decimals: 2 };"), false);
  assert.equal(mayContainReferences("throw { code: 'FORBIDDEN', message: 'No.' };"), true);
  assert.equal(mayContainReferences("return { code: 'FORBIDDEN', statusCode: 403 };"), true);
  assert.equal(mayContainReferences("const message = 'No.';\nthrow { code: 'FORBIDDEN', message };"), true);
});

test('a parameter, a conditional value or a case is no property key', () => {
  const code = "const EURO = { code: 'EUR' };\n";
  assert.equal(mayContainReferences(code + 'export function f(message: string) { return message; }'), false);
  assert.equal(
    mayContainReferences(code + 'const s = ok ? status : 500;\nconst m = a ? x.message : y;'),
    false,
  );
  assert.equal(mayContainReferences(code + 'switch (k) { case status: break; }'), false);
  assert.equal(mayContainReferences(code + 'interface R { id: string; status: number; message: string }'), false);
});

test('keys written quoted, computed, after a comment, or on a line with a URL still count', () => {
  assert.equal(mayContainReferences(`throw { "code": 'X', ['message']: 'm' };`), true);
  assert.equal(mayContainReferences("throw {\n  code: 'X', // the code\n  message: 'm',\n};"), true);
  assert.equal(mayContainReferences("throw { code: 'X', /* why */ message: 'm' };"), true);
  assert.equal(mayContainReferences("throw { docs: 'https://x.dev', code: 'X', message: 'm' };"), true);
});

test('a code object needs the carrier that takes it', () => {
  assert.equal(mayContainReferences("ctx.throw(403, 'No.', { code: 'FORBIDDEN' });"), true);
  assert.equal(mayContainReferences("ctx\n  .throw(403, 'No.', { code: 'FORBIDDEN' });"), true);
  assert.equal(mayContainReferences("throw createError(403, 'No.', { code: 'FORBIDDEN' });"), true);
  assert.equal(mayContainReferences("throw Boom.forbidden('No.', { code: 'FORBIDDEN' });"), true);
  assert.equal(mayContainReferences("throw wrap(403, 'No.', { code: 'FORBIDDEN' });"), false);
});

test('every fixture the analyser finds something in passes the prefilter', () => {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else if (/\.[cm]?[jt]sx?$/.test(entry.name)) files.push(join(folder, entry.name));
    }
  };
  walk(FIXTURES);
  let found = 0;
  for (const file of files) {
    const text = parseMarkers(readFileSync(file, 'utf8')).text;
    const model = analyzeSource({ uri: `file://${file}`, version: 1, text });
    if (model.references.length + model.definitions.length === 0) continue;
    found++;
    assert.equal(mayContainReferences(text), true, file);
  }
  assert.ok(found >= 20, `only ${found} fixtures hold references`);
});
