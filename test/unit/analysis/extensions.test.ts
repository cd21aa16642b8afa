import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseFixture, assertFixture, envelope, number } from './fixtures';
import type { AnalysisOptions } from '../../../server/src/analysis/analyzeSource';
import { envelopeFromExtension, envelopeTable } from '../../../server/src/analysis/envelopes';

const options: AnalysisOptions = {
  envelopes: [
    {
      name: 'failure',
      codePath: ['failure', 'reason'],
      statusPath: ['failure', 'httpStatus'],
      messagePath: ['failure', 'text'],
    },
  ],
  carriers: [
    { callee: 'sendError', statusArgument: 1, codeArgument: 2 },
    { callee: 'res.fail', bodyArgument: 0 },
    { callee: 'ApiError', statusArgument: 0, bodyArgument: 1 },
  ],
};

test('declared envelopes and carriers find what the built-in tables do not', () => {
  assertFixture(
    'extensions/team-helpers.ts',
    [
      envelope('UNAUTHENTICATED', 'sendError', number(401, 'sendError')),
      envelope('ADMIN_ONLY', 'failure', number(403, 'sibling-property')),
      envelope('SETTINGS_LOCKED', 'failure', number(409, 'ApiError')),
    ],
    [number(401, 'sendError'), number(403, 'sibling-property'), number(409, 'ApiError')],
    options,
  );
});

test('without the declarations, the same file reports nothing', () => {
  const { model } = analyseFixture('extensions/team-helpers.ts');
  assert.deepEqual(model.references, []);
  assert.deepEqual(model.statuses, []);
});

test('a declared envelope gets a sample body at its paths, and cannot replace a built-in row', () => {
  assert.deepEqual(envelopeFromExtension(options.envelopes![0]).sample, {
    failure: { reason: 'ERROR_CODE', text: 'Message', httpStatus: 400 },
  });
  assert.deepEqual(
    envelopeFromExtension({ name: 'list', codePath: ['problems', '[]', 'id'], statusPath: ['status'] })
      .sample,
    { problems: [{ id: 'ERROR_CODE' }], status: 400 },
  );
  const table = envelopeTable([{ name: 'nested', codePath: ['oops'] }]);
  assert.deepEqual(
    table.filter((row) => row.name === 'nested').map((row) => row.codePath),
    [['error', 'code']],
  );
});
