import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCatalogEntries } from '../../server/src/service/edits/addEntries';
import { applyTextEdits } from '../helpers/edits';

// "Add Error Code..." and "Import from Documentation..." used to write a YAML catalog out again
// whole (long strings folded, flow maps respaced, blank lines dropped). The server's edit inserts.

const YAML_URI = 'file:///w/error-catalog.yaml';
const FORBIDDEN = { code: 'FORBIDDEN', statuses: [403], description: 'You may not.' };

test('a YAML catalog keeps its long strings, flow maps, blank lines and quoting: only new lines are added', () => {
  const long =
    'A description long enough that a YAML writer would fold it over several lines when it writes the file again.';
  const text = [
    '# Errors of the orders API',
    'errors:',
    `  NOT_FOUND: { status: 404, description: "${long}" }`,
    '',
    '  GONE:',
    '    status: 410   # kept as written',
    "    title: 'Gone'",
    '',
  ].join('\n');
  const result = addCatalogEntries(YAML_URI, text, [FORBIDDEN, { code: 'CONFLICT', statuses: [409] }]);
  if (result.error !== undefined) assert.fail(result.error);
  const written = applyTextEdits(text, result.edits, YAML_URI);
  assert.equal(
    written,
    text + '  FORBIDDEN:\n    status: 403\n    description: You may not.\n  CONFLICT:\n    status: 409\n',
  );
  // One edit, touching nothing before the end of the file.
  assert.deepEqual(
    result.edits.map((edit) => edit.range),
    [{ start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }],
  );
});
