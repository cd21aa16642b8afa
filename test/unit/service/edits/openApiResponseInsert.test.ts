import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openApiResponseEdits } from '../../../../server/src/service/edits/openApiResponseInsert';
import { loadJsonCatalog } from '../../../../server/src/catalog/jsonCatalog';
import { loadYamlCatalog } from '../../../../server/src/catalog/yamlCatalog';
import { applyTextEdits } from '../../../helpers/edits';

const YAML_URI = 'file:///ws/openapi.yaml';
const YAML = `openapi: 3.0.3
paths:
  /orders:
    post:
      responses:
        '201':
          description: Created.
        # Every body is checked first.
        '400':
          $ref: '#/components/responses/Invalid'
  /orders/{orderId}:
    get:
      responses:
        '200':
          description: The order.
        '404':
          $ref: '#/components/responses/NotFound'
        default:
          description: Unexpected.
components:
  responses:
    NotFound:
      description: Not found.
      content:
        application/problem+json:
          example:
            errors:
              - code: ORDER_NOT_FOUND
    Invalid:
      description: Invalid.
`;

function insert(text: string, uri: string, response: Parameters<typeof openApiResponseEdits>[2]) {
  const load = uri.endsWith('.json') ? loadJsonCatalog : loadYamlCatalog;
  const edits = openApiResponseEdits(uri, text, response, load(text, uri).api);
  assert.ok(edits, 'an edit');
  return applyTextEdits(text, edits, uri);
}

describe('adding a response to an OpenAPI operation', () => {
  it('writes a YAML response in status order, before the comment that introduces the next key, with an example in the shape of the others', () => {
    const after = insert(YAML, YAML_URI, { method: 'post', path: '/orders', status: 303, code: 'MOVED' });
    assert.equal(
      after.split('\n').slice(4, 16).join('\n'),
      `      responses:
        '201':
          description: Created.
        '303':
          description: See Other
          content:
            application/problem+json:
              example:
                errors:
                  - code: MOVED
        # Every body is checked first.
        '400':`,
    );
  });

  it('refers to the shared response another operation documents the status with', () => {
    const after = insert(YAML, YAML_URI, {
      method: 'post',
      path: '/orders',
      status: 404,
      code: 'ORDER_NOT_FOUND',
    });
    assert.equal(
      after.split('\n').slice(8, 13).join('\n'),
      `        '400':
          $ref: '#/components/responses/Invalid'
        '404':
          $ref: '#/components/responses/NotFound'
  /orders/{orderId}:`,
    );
    const operation = loadYamlCatalog(after, YAML_URI).api!.operations[0];
    assert.deepEqual(
      operation.responses.map((response) => [response.key, response.codes]),
      [
        ['201', []],
        ['400', []],
        ['404', ['ORDER_NOT_FOUND']],
      ],
    );
  });

  it('puts a status before `default`, and writes only a description when no code is sent', () => {
    const after = insert(YAML, YAML_URI, { method: 'get', path: '/orders/{orderId}', status: 409 });
    assert.equal(
      after.split('\n').slice(15, 21).join('\n'),
      `        '404':
          $ref: '#/components/responses/NotFound'
        '409':
          description: Conflict
        default:
          description: Unexpected.`,
    );
  });

  it('keeps JSON indentation (tabs) and key order', () => {
    const uri = 'file:///ws/openapi.json';
    const text =
      '{\n\t"openapi": "3.1.0",\n\t"paths": {\n\t\t"/a": {\n\t\t\t"get": {\n\t\t\t\t"responses": {\n\t\t\t\t\t"200": { "description": "OK" },\n\t\t\t\t\t"500": { "description": "Oops" }\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}\n';
    const after = insert(text, uri, { method: 'get', path: '/a', status: 403, code: 'DENIED' });
    assert.equal(
      after,
      '{\n\t"openapi": "3.1.0",\n\t"paths": {\n\t\t"/a": {\n\t\t\t"get": {\n\t\t\t\t"responses": {\n\t\t\t\t\t"200": { "description": "OK" },\n\t\t\t\t\t"403": {\n\t\t\t\t\t\t"description": "Forbidden",\n\t\t\t\t\t\t"content": {\n\t\t\t\t\t\t\t"application/json": {\n\t\t\t\t\t\t\t\t"example": {\n\t\t\t\t\t\t\t\t\t"error": {\n\t\t\t\t\t\t\t\t\t\t"code": "DENIED"\n\t\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t},\n\t\t\t\t\t"500": { "description": "Oops" }\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}\n',
    );
    assert.deepEqual(
      loadJsonCatalog(after, uri).entries.map((entry) => [entry.code, entry.statuses]),
      [['DENIED', [403]]],
    );
  });

  it('writes nothing for an operation the document does not have, or flow-style responses', () => {
    assert.equal(
      openApiResponseEdits(YAML_URI, YAML, { method: 'put', path: '/orders', status: 400 }, undefined),
      undefined,
    );
    const flow = "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses: { '200': { description: OK } }\n";
    assert.equal(
      openApiResponseEdits(YAML_URI, flow, { method: 'get', path: '/a', status: 400 }, undefined),
      undefined,
    );
  });
});
