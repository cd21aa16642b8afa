import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insertYamlEntry, parseYamlCatalog } from '../../../../server/src/service/edits/yamlCatalogInsert';
import { applyTextEdits } from '../../../helpers/edits';

const URI = 'file:///workspace/error-catalog.yaml';

function insert(
  text: string,
  entry: { status?: number; title: string } = { status: 404, title: 'Order: not found' },
) {
  const edits = insertYamlEntry(URI, text, 'ORDER_NOT_FOUND', entry);
  return edits && applyTextEdits(text, edits, URI);
}

const lines = (...text: string[]) => text.join('\n');

test('a YAML entry is inserted after the last one, keeping comments, folded text, quoting and order', () => {
  const head = [
    '# Catalog of the API',
    'envelope: nested   # the style',
    'errors:',
    '    # auth',
    '    FORBIDDEN:',
    "        title: 'Forbidden'",
    '        status: 403',
    '        description: >-',
    '          You are not allowed',
    '          to do it.',
    '',
    '    ROUTE_NOT_FOUND: { status: 404, title: "Route not found" }',
    '        # about ROUTE_NOT_FOUND',
  ];
  const tail = ['    # the end of the errors', ''];
  const added = ['    ORDER_NOT_FOUND:', '        status: 404', '        title: "Order: not found"'];
  assert.equal(insert(lines(...head, ...tail)), lines(...head, ...added, ...tail));
});

test('CRLF line ends, a last line without a break, flow mappings and a missing errors mapping', () => {
  assert.equal(
    insert('errors:\r\n  A:\r\n    status: 400\r\n'),
    'errors:\r\n  A:\r\n    status: 400\r\n  ORDER_NOT_FOUND:\r\n    status: 404\r\n    title: "Order: not found"\r\n',
  );
  assert.equal(
    insert('errors:\n  A: 1', { title: 'Gone' }),
    'errors:\n  A: 1\n  ORDER_NOT_FOUND:\n    title: Gone\n',
  );
  assert.equal(
    insert('errors: {A: {status: 400}}\n'),
    'errors: {A: {status: 400}, ORDER_NOT_FOUND: { status: 404, title: "Order: not found" }}\n',
  );
  assert.equal(
    insert('errors: {}\n'),
    'errors: { ORDER_NOT_FOUND: { status: 404, title: "Order: not found" } }\n',
  );
  assert.equal(
    insert('envelope: x'),
    'envelope: x\nerrors:\n  ORDER_NOT_FOUND:\n    status: 404\n    title: "Order: not found"\n',
  );
  assert.equal(
    insert('errors:\nenvelope: x\n'),
    'errors:\n  ORDER_NOT_FOUND:\n    status: 404\n    title: "Order: not found"\nenvelope: x\n',
  );
});

test('each result reads back as YAML with the new entry', () => {
  for (const text of [
    'errors:\n  A:\n    status: 400\n',
    'errors: {A: {status: 400}}\n',
    'envelope: x',
    '',
  ]) {
    const document = parseYamlCatalog(insert(text)!);
    assert.deepEqual(document?.toJS().errors.ORDER_NOT_FOUND, { status: 404, title: 'Order: not found' });
  }
});

test('nothing is overwritten: a written null errors, a sequence, or a broken document give no edit', () => {
  assert.equal(insert('errors: ~\n'), undefined);
  assert.equal(insert('errors: null\n'), undefined);
  assert.equal(insert('- a\n'), undefined);
  assert.equal(insert('errors:\n  A: [\n'), undefined);
});
