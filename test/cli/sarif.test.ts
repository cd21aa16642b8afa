import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cli, FIXTURES } from './runCli';

test('errors as SARIF: valid against the SARIF 2.1.0 schema, with rules, levels and relative regions', () => {
  const run = cli('errors', 'check', '--format', 'sarif');
  assert.equal(run.status, 1);
  assert.equal(run.stderr, '');
  const log = JSON.parse(run.stdout);
  const validate = sarifValidator();
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));

  const [sarifRun] = log.runs;
  assert.equal(sarifRun.tool.driver.name, 'error-catalog');
  assert.deepEqual(
    sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id),
    [
      'unknown-code',
      'status-mismatch',
      'deprecated-code',
      'undocumented-status',
      'undocumented-response',
      'undocumented-route',
      'analysis-failed',
      'status-out-of-range',
    ],
  );
  assert.deepEqual(sarifRun.originalUriBaseIds, {
    '%SRCROOT%': { uri: pathToFileURL(join(FIXTURES, 'errors')).href + '/' },
  });
  assert.deepEqual(sarifRun.results, [
    {
      ruleId: 'status-out-of-range',
      ruleIndex: 7,
      level: 'error',
      message: { text: '999 is not an HTTP status: a status is a whole number from 100 to 599.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'error-catalog.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 27, endLine: 4, endColumn: 30 },
          },
        },
      ],
    },
    {
      ruleId: 'status-mismatch',
      ruleIndex: 1,
      level: 'warning',
      message: {
        text: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 401 Unauthorized.`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/app.ts', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 21, endLine: 4, endColumn: 24 },
          },
        },
      ],
    },
  ]);
});

test('a clean run is valid SARIF too, with no result', () => {
  const log = JSON.parse(cli('clean', 'check', '--format', 'sarif').stdout);
  const validate = sarifValidator();
  assert.equal(validate(log), true);
  assert.deepEqual(log.runs[0].results, []);
  // The validator is no rubber stamp: a level SARIF does not define is refused.
  log.runs[0].results.push({ message: { text: 'x' }, level: 'fatal' });
  assert.equal(validate(log), false);
});

/** Compiles the SARIF 2.1.0 schema kept as a fixture. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8'));
  // The schema is written for JSON Schema draft-04; of that draft it uses only `id` (draft-07's
  // `$id`) and no boolean exclusiveMinimum/Maximum, so it means the same under ajv's draft-07.
  assert.ok(!JSON.stringify(schema).includes('exclusiveM'));
  const { id, ...rest } = schema;
  delete rest.$schema;
  // unicodeRegExp off: the schema's language-tag pattern is only valid as a non-unicode ECMAScript regex.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile({ $id: id, ...rest });
}
