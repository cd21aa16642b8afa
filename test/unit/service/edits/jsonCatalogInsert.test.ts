import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insertJsonEntry, jsonParses } from '../../../../server/src/service/edits/jsonCatalogInsert';
import { applyTextEdits } from '../../../helpers/edits';

const URI = 'file:///workspace/error-catalog.json';
const ENTRY = { status: 404, title: 'Order not found' };

function insert(text: string): string | undefined {
  const edits = insertJsonEntry(URI, text, 'ORDER_NOT_FOUND', ENTRY);
  return edits && applyTextEdits(text, edits, URI);
}

test('an entry is added to an empty errors object, a file without one, and a one-line errors object', () => {
  assert.equal(
    insert('{\n  "errors": {}\n}\n'),
    '{\n  "errors": {\n    "ORDER_NOT_FOUND": {\n      "status": 404,\n      "title": "Order not found"\n    }\n  }\n}\n',
  );
  assert.equal(
    insert('{\n  "errors": {\n  }\n}\n'),
    '{\n  "errors": {\n    "ORDER_NOT_FOUND": {\n      "status": 404,\n      "title": "Order not found"\n    }\n  }\n}\n',
  );
  assert.equal(
    insert('{}'),
    '{\n  "errors": {\n    "ORDER_NOT_FOUND": {\n      "status": 404,\n      "title": "Order not found"\n    }\n  }\n}',
  );
  assert.equal(
    insert('{\n  "envelope": "nested"\n}'),
    '{\n  "envelope": "nested",\n  "errors": {\n    "ORDER_NOT_FOUND": {\n      "status": 404,\n      "title": "Order not found"\n    }\n  }\n}',
  );
  assert.equal(
    insert('{ "errors": { "A": { "status": 400 }, "Z": { "status": 500 } } }'),
    '{ "errors": { "A": { "status": 400 }, "ORDER_NOT_FOUND": { "status": 404, "title": "Order not found" }, "Z": { "status": 500 } } }',
  );
});

test('every byte around the new entry stays as written, non-ASCII and escapes included', () => {
  const text = '{\n  "errors": {\n    "ZÜRICH_CLOSED": {"status":503,"title":"Z\\u00fcrich"}\n  }\n}\n';
  assert.equal(
    insert(text),
    '{\n  "errors": {\n    "ORDER_NOT_FOUND": {\n      "status": 404,\n      "title": "Order not found"\n    },\n    "ZÜRICH_CLOSED": {"status":503,"title":"Z\\u00fcrich"}\n  }\n}\n',
  );
});

test('nothing is overwritten: an errors value that is no object, or a root that is no object, gives no edit', () => {
  assert.equal(insert('{ "errors": [] }'), undefined);
  assert.equal(insert('[]'), undefined);
});

test('jsonParses reads like the loader: comments and trailing commas are errors', () => {
  assert.equal(jsonParses('{ "errors": {} }'), true);
  assert.equal(jsonParses('{ "errors": {}, }'), false);
  assert.equal(jsonParses('// note\n{ "errors": {} }'), false);
  assert.equal(jsonParses('{ "errors": '), false);
});
