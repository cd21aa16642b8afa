import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind } from 'vscode-languageserver-types';
import { createMarkedWorkspace } from '../../../helpers/markedWorkspace';
import { marked, navigationWorkspace } from './fixture';

test('workspace symbols find the codes of every catalog and source definition by their letters in order', async () => {
  const ws = await navigationWorkspace();
  assert.deepEqual(ws.service.findWorkspaceSymbols('rnf'), [
    {
      name: 'ROUTE_NOT_FOUND',
      kind: SymbolKind.Constant,
      location: marked(ws, 'error-catalog.json', 1),
      containerName: 'error-catalog.json · 404 Not Found',
    },
  ]);
  assert.deepEqual(
    ws.service.findWorkspaceSymbols('forbid').map((s) => [s.name, s.location, s.containerName]),
    [
      ['FORBIDDEN', marked(ws, 'error-catalog.json', 0), 'error-catalog.json · 403 Forbidden'],
      ['FORBIDDEN', marked(ws, 'src/errors.ts', 0), 'errors.ts · 403 Forbidden'],
    ],
  );
  assert.deepEqual(
    ws.service.findWorkspaceSymbols('').map((s) => s.name),
    ['FORBIDDEN', 'ROUTE_NOT_FOUND', 'UNUSED_CODE', 'CARD_DECLINED', 'CARD_DECLINED', 'FORBIDDEN'],
  );
  assert.deepEqual(ws.service.findWorkspaceSymbols('zzz'), []);
});

test('document symbols outline a JSON, a YAML and a Markdown catalog, one symbol per code', async () => {
  const ws = await createMarkedWorkspace({
    'error-catalog.json': [
      '{',
      '  "errors": {',
      '    [["[[FORBIDDEN]]": {',
      '      "status": 403',
      '    }]],',
      '    [["[[OLD]]": { "status": [502, 503], "deprecated": true }]]',
      '  }',
      '}',
    ].join('\n'),
    'api/billing.errors.yaml': [
      'errors:',
      '  [[[[CARD_DECLINED]]:',
      '    status: 402',
      '    title: Card declined]]',
      '  # a note',
      '  [[[[NO_STATUS]]: { title: Unknown }]]',
      '',
    ].join('\n'),
    'docs/errors.md': [
      '| Error Code | Status |',
      '| --- | --- |',
      '| `[[ROUTE_NOT_FOUND]]` | 404 |',
      '',
    ].join('\n'),
  });
  const json = ws.ranges['error-catalog.json'];
  assert.deepEqual(ws.service.findDocumentSymbols(ws.document('error-catalog.json')), [
    {
      name: 'FORBIDDEN',
      kind: SymbolKind.Constant,
      range: json[0],
      selectionRange: json[1],
      detail: '403 Forbidden',
    },
    {
      name: 'OLD',
      kind: SymbolKind.Constant,
      range: json[2],
      selectionRange: json[3],
      detail: '502 Bad Gateway, 503 Service Unavailable',
      tags: [1],
    },
  ]);
  const yaml = ws.ranges['api/billing.errors.yaml'];
  assert.deepEqual(ws.service.findDocumentSymbols(ws.document('api/billing.errors.yaml')), [
    {
      name: 'CARD_DECLINED',
      kind: SymbolKind.Constant,
      range: yaml[0],
      selectionRange: yaml[1],
      detail: '402 Payment Required',
    },
    { name: 'NO_STATUS', kind: SymbolKind.Constant, range: yaml[2], selectionRange: yaml[3] },
  ]);
  const markdown = ws.ranges['docs/errors.md'];
  assert.deepEqual(ws.service.findDocumentSymbols(ws.document('docs/errors.md')), [
    {
      name: 'ROUTE_NOT_FOUND',
      kind: SymbolKind.Constant,
      range: markdown[0],
      selectionRange: markdown[0],
      detail: '404 Not Found',
    },
  ]);
});
