import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadJsonCatalog } from '../../../server/src/catalog/jsonCatalog';
import { loadYamlCatalog } from '../../../server/src/catalog/yamlCatalog';
import { EXAMPLE_CODE_ROWS } from '../../../server/src/catalog/openapi/exampleCodes';
import { ENVELOPE_STYLES } from '../../../server/src/analysis/envelopes';
import type { CatalogLoadResult } from '../../../server/src/catalog/types';

const FIXTURE = resolve(__dirname, '../../fixtures/workspaces/openapi-orders/openapi.yaml');
const FIXTURE_URI = pathToFileURL(FIXTURE).href;

function readRelated(asked: string[]) {
  return (uri: string) => {
    asked.push(uri);
    try {
      return readFileSync(new URL(uri), 'utf8');
    } catch {
      return undefined;
    }
  };
}

function summary(result: CatalogLoadResult) {
  return result.entries.map((entry) => [entry.code, entry.statuses, entry.source.format]);
}

describe('an OpenAPI document as a catalog', () => {
  const asked: string[] = [];
  const result = loadYamlCatalog(readFileSync(FIXTURE, 'utf8'), FIXTURE_URI, readRelated(asked));

  it('takes codes from examples under statuses, shared responses, $ref chains, other files, enums and x-error-codes', () => {
    assert.deepEqual(summary(result), [
      ['UNAUTHENTICATED', [401], 'openapi'],
      ['VALIDATION_FAILED', [400], 'openapi'],
      ['ORDER_NOT_FOUND', [404], 'openapi'],
      ['ORDER_SHIPPED', [409], 'openapi'],
      ['INTERNAL', [], 'openapi'],
      ['REFUND_WINDOW_CLOSED', [], 'openapi'],
      ['RATE_LIMITED', [], 'openapi'],
    ]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.parsed, true);
    assert.deepEqual(asked, [pathToFileURL(resolve(FIXTURE, '../responses.yaml')).href]);
  });

  it('defines a code where an example writes it, and lists the enum as a mention', () => {
    const notFound = result.entries.find((entry) => entry.code === 'ORDER_NOT_FOUND')!;
    assert.deepEqual(notFound.source, {
      uri: FIXTURE_URI,
      range: { start: { line: 77, character: 20 }, end: { line: 77, character: 35 } },
      format: 'openapi',
    });
    assert.equal(notFound.description, 'No order has this id.');
    assert.equal(notFound.message, 'No order has this id.');
    assert.deepEqual(notFound.mentions, [
      { uri: FIXTURE_URI, range: { start: { line: 112, character: 18 }, end: { line: 112, character: 33 } } },
    ]);
    const internal = result.entries.find((entry) => entry.code === 'INTERNAL')!;
    assert.equal(internal.source.uri, pathToFileURL(resolve(FIXTURE, '../responses.yaml')).href);
    assert.deepEqual(internal.source.range.start, { line: 6, character: 16 });
  });

  it('lists every operation with the responses it documents', () => {
    const operations = result.api!.operations.map((operation) => [
      operation.method,
      operation.path,
      operation.summary,
      operation.responses.map(
        (response) => `${response.key}=${response.status ?? '-'}:${response.codes.join('+')}`,
      ),
    ]);
    assert.deepEqual(operations, [
      ['get', '/orders', 'List orders', ['200=200:', '401=401:UNAUTHENTICATED']],
      [
        'post',
        '/orders',
        'Create an order',
        ['201=201:', '400=400:VALIDATION_FAILED', '401=401:UNAUTHENTICATED'],
      ],
      ['get', '/orders/{orderId}', 'Get an order', ['200=200:', '404=404:ORDER_NOT_FOUND']],
      [
        'delete',
        '/orders/{orderId}',
        'Cancel an order',
        ['204=204:', '404=404:ORDER_NOT_FOUND', '409=409:ORDER_SHIPPED', 'default=-:INTERNAL'],
      ],
      ['post', '/orders/{orderId}/refunds', 'Refund an order', ['202=202:', '4XX=-:REFUND_WINDOW_CLOSED']],
    ]);
    assert.deepEqual(result.api!.basePaths, ['/v1', '/api']);
    assert.deepEqual(result.api!.exampleShape, {
      codePath: ['error', 'code'],
      mediaType: 'application/json',
    });
    const cancel = result.api!.operations[3];
    assert.deepEqual(cancel.methodRange, {
      start: { line: 36, character: 4 },
      end: { line: 36, character: 10 },
    });
  });
});

describe('OpenAPI references and versions', () => {
  const uri = 'file:///ws/openapi.yaml';

  it('reports a $ref that leads nowhere and a cycle, on the $ref, and never reads a URL', () => {
    const asked: string[] = [];
    const text = [
      'openapi: 3.0.3',
      'paths:',
      '  /a:',
      '    get:',
      '      responses:',
      "        '404': { $ref: '#/components/responses/Missing' }",
      "        '409': { $ref: '#/components/responses/Loop' }",
      "        '500': { $ref: 'https://example.com/errors.yaml#/Internal' }",
      'components:',
      '  responses:',
      "    Loop: { $ref: '#/components/responses/Loop' }",
      '',
    ].join('\n');
    const result = loadYamlCatalog(text, uri, readRelated(asked));
    assert.deepEqual(
      result.problems.map((problem) => [
        problem.code,
        problem.severity,
        problem.message,
        problem.range.start,
      ]),
      [
        [
          'unresolved-reference',
          'warning',
          '`#/components/responses/Missing` does not lead to anything this document can read.',
          { line: 5, character: 23 },
        ],
        [
          'unresolved-reference',
          'warning',
          'This `$ref` chain does not end: it is a cycle.',
          { line: 10, character: 10 },
        ],
        [
          'unresolved-reference',
          'warning',
          '`https://example.com/errors.yaml#/Internal` does not lead to anything this document can read.',
          { line: 7, character: 23 },
        ],
      ],
    );
    assert.deepEqual(asked, []);
    assert.deepEqual(
      result.api!.operations[0].responses.map((response) => response.key),
      ['404', '409', '500'],
    );
  });

  it('reads no file outside what the reader allows, and Swagger 2.0 is named, not read', () => {
    const swagger = loadYamlCatalog('swagger: "2.0"\npaths: {}\n', uri);
    assert.deepEqual(
      swagger.problems.map((problem) => [problem.code, problem.message]),
      [
        [
          'unsupported-openapi',
          'Swagger 2.0 is not read: Error Catalog reads OpenAPI 3.0 and 3.1 documents.',
        ],
      ],
    );
    assert.deepEqual(swagger.entries, []);
  });

  it('reads a document without its version line (a server adds it) and the base path of a server variable', () => {
    const text = [
      'info: { title: t }',
      'servers:',
      "  - url: '{scheme}://api.example.com/{base}/'",
      '    variables:',
      '      scheme: { default: https }',
      '      base: { default: api/v2 }',
      'paths:',
      '  /x:',
      '    post:',
      '      responses:',
      '        422:',
      '          description: Invalid',
      '          content:',
      '            application/problem+json:',
      '              schema:',
      '                properties:',
      '                  errors:',
      '                    items:',
      '                      properties:',
      '                        code: { enum: [FIELD_MISSING, FIELD_INVALID] }',
      '',
    ].join('\n');
    const result = loadYamlCatalog(text, uri);
    assert.deepEqual(summary(result), [
      ['FIELD_MISSING', [422], 'openapi'],
      ['FIELD_INVALID', [422], 'openapi'],
    ]);
    assert.deepEqual(result.api!.basePaths, ['/api/v2']);
    assert.equal(result.api!.operations[0].responses[0].key, '422');
  });

  it('reads JSON documents, with examples under `examples` and a JSON:API body', () => {
    const document = {
      openapi: '3.1.0',
      paths: {
        '/items/{id}': {
          patch: {
            responses: {
              '403': {
                description: 'Forbidden',
                content: {
                  'application/json': {
                    examples: {
                      denied: { value: { errors: [{ code: 'PERMISSION_DENIED', detail: 'Not yours.' }] } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    const result = loadJsonCatalog(JSON.stringify(document, null, 2), 'file:///ws/openapi.json');
    assert.deepEqual(summary(result), [['PERMISSION_DENIED', [403], 'openapi']]);
    assert.equal(result.entries[0].message, 'Not yours.');
    assert.deepEqual(result.api!.exampleShape, {
      codePath: ['errors', '[]', 'code'],
      mediaType: 'application/json',
    });
  });

  it('leaves canonical catalogs to the canonical reader', () => {
    const result = loadYamlCatalog('errors:\n  FORBIDDEN: { status: 403 }\n', uri);
    assert.deepEqual(summary(result), [['FORBIDDEN', [403], 'yaml']]);
    assert.equal(result.api, undefined);
  });
});

it('reads example bodies in every envelope style the analyser reads, but RFC 9457 (its code is a status)', () => {
  const example = new Set(EXAMPLE_CODE_ROWS.map((row) => row.codePath.join('.')));
  const missing = ENVELOPE_STYLES.filter(
    (row) => row.name !== 'problem' && !example.has(row.codePath.join('.')),
  );
  assert.deepEqual(
    missing.map((row) => row.name),
    [],
  );
});
