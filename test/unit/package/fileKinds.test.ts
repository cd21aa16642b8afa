import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { CANONICAL_CATALOG_NAMES, DEFAULT_CATALOG_GLOBS } from '../../../server/src/workspace/fileKinds';

// VS Code reads these lists from package.json before any code of the extension runs, so they stay
// literal there: this keeps them equal to server/src/workspace/fileKinds.ts, the one copy the code reads.
const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8'));

test('the workspaceContains activation events are the default catalog globs', () => {
  const prefix = 'workspaceContains:';
  const globs = (manifest.activationEvents as string[])
    .filter((event) => event.startsWith(prefix))
    .map((event) => event.slice(prefix.length));
  assert.deepEqual(globs, DEFAULT_CATALOG_GLOBS);
});

test('jsonValidation and yamlValidation match the canonical catalog names', () => {
  const fileMatch = (key: string) =>
    (manifest.contributes[key] as { fileMatch: string[] }[]).flatMap((v) => v.fileMatch);
  assert.deepEqual(fileMatch('jsonValidation'), CANONICAL_CATALOG_NAMES.json);
  assert.deepEqual(fileMatch('yamlValidation'), CANONICAL_CATALOG_NAMES.yaml);
});
