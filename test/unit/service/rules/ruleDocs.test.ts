import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { CATALOG_RULES, SOURCE_RULES } from '../../../../server/src/service/rules';

test('every rule has a README section, the anchor its diagnostics link to', () => {
  const readme = readFileSync(resolve(__dirname, '../../../../README.md'), 'utf8');
  const rulesSection = readme.slice(
    readme.indexOf('## Rules'),
    readme.indexOf('\n## ', readme.indexOf('## Rules') + 1),
  );
  const headings = rulesSection
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .map((line) => line.slice(4));
  assert.deepEqual(
    headings,
    [...SOURCE_RULES, ...CATALOG_RULES].map((rule) => rule.id),
  );
});

test('the settings schema lists every rule with its default severity', () => {
  const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../../package.json'), 'utf8'));
  const rules = manifest.contributes.configuration.properties['errorCatalog.rules'].properties;
  assert.deepEqual(
    Object.entries(rules).map(([id, schema]) => [id, (schema as { default: string }).default]),
    [...SOURCE_RULES, ...CATALOG_RULES].map((rule) => [rule.id, rule.defaultSeverity]),
  );
});
