import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REFERENCE_KINDS } from '../../../server/src/analysis/referenceKinds';

test('each kind of reference says what its code is, who renames it and what its status is checked against', () => {
  assert.deepEqual(REFERENCE_KINDS, {
    // An envelope's code is an error code, renamed as one and checked against the catalog.
    envelope: { codeIsStatus: false, renameLeftToLanguage: false, statusCheck: 'catalog' },
    // `new ForbiddenError()`: the class is the language's to rename; its status is checked where it is defined.
    class: { codeIsStatus: false, renameLeftToLanguage: true, statusCheck: 'definition' },
    // A problem details body's code is its status, checked against the response's status.
    problem: { codeIsStatus: true, renameLeftToLanguage: false, statusCheck: 'body' },
    // A code read through a constant is an error code checked against the catalog.
    constant: { codeIsStatus: false, renameLeftToLanguage: false, statusCheck: 'catalog' },
  });
});
