import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { titleOf } from '../../../../server/src/service/fixes/addToCatalog';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import { applyTextEdits } from '../../../helpers/edits';
import { createTestWorkspace, type TestWorkspace } from '../../../helpers/workspace';

const ROOT_CATALOG = 'file:///workspace/error-catalog.json';
const SOURCE = 'file:///workspace/src/orders.ts';

function unknownCodes(workspace: TestWorkspace, document: TextDocument): Diagnostic[] {
  return workspace.service.doValidation(document, DEFAULT_SETTINGS).filter((d) => d.code === 'unknown-code');
}

function addAction(
  workspace: TestWorkspace,
  document: TextDocument,
  disabledSupport = true,
): CodeAction | undefined {
  return workspace.service
    .doCodeActions(document, unknownCodes(workspace, document), { disabledSupport })
    .find((action) => action.title.startsWith('Add '));
}

/** Applies the action's edit to the catalog file, as the editor would, and lets the index read it. */
async function applyToCatalog(workspace: TestWorkspace, action: CodeAction, uri: string): Promise<string> {
  assert.deepEqual(Object.keys(action.edit?.changes ?? {}), [uri]);
  const text = applyTextEdits(workspace.context.catalogText(uri)!, action.edit!.changes![uri], uri);
  await workspace.index.updateCatalogFile(uri, text);
  return text;
}

test('"Add to the catalog" appends an entry with the sent status, in the file\'s own layout', async () => {
  const catalog =
    '{\n  "errors": {\n    "FORBIDDEN": { "status": 403 },\n    "CONFLICT": { "status": 409 }\n  }\n}\n';
  const workspace = await createTestWorkspace({ 'error-catalog.json': catalog });
  const document = TextDocument.create(
    SOURCE,
    'typescript',
    1,
    `res.status(404).json({ error: { code: 'ORDER_NOT_FOUND' } });`,
  );
  const action = addAction(workspace, document)!;
  assert.deepEqual(
    { title: action.title, kind: action.kind, isPreferred: action.isPreferred },
    { title: `Add 'ORDER_NOT_FOUND' to the catalog`, kind: 'quickfix', isPreferred: true },
  );
  assert.equal(
    await applyToCatalog(workspace, action, ROOT_CATALOG),
    [
      '{',
      '  "errors": {',
      '    "FORBIDDEN": { "status": 403 },',
      '    "CONFLICT": { "status": 409 },',
      '    "ORDER_NOT_FOUND": {',
      '      "status": 404,',
      '      "title": "Order not found"',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  assert.deepEqual(workspace.service.doValidation(document, DEFAULT_SETTINGS), []);
});

test('a JSON catalog indented with tabs, with CRLF line ends and sorted codes, stays so', async () => {
  const catalog =
    '{\r\n\t"errors": {\r\n\t\t"CONFLICT": {\r\n\t\t\t"status": 409\r\n\t\t},\r\n\t\t"PAYMENT_REQUIRED": {\r\n\t\t\t"status": 402\r\n\t\t}\r\n\t}\r\n}\r\n';
  const workspace = await createTestWorkspace({ 'error-catalog.json': catalog });
  const document = TextDocument.create(SOURCE, 'typescript', 1, `throw { error: { code: 'OrderGone' } };`);
  const action = addAction(workspace, document)!;
  assert.equal(
    await applyToCatalog(workspace, action, ROOT_CATALOG),
    '{\r\n\t"errors": {\r\n\t\t"CONFLICT": {\r\n\t\t\t"status": 409\r\n\t\t},\r\n\t\t"OrderGone": {\r\n\t\t\t"title": "Order gone"\r\n\t\t},\r\n\t\t"PAYMENT_REQUIRED": {\r\n\t\t\t"status": 402\r\n\t\t}\r\n\t}\r\n}\r\n',
  );
  assert.deepEqual(unknownCodes(workspace, document), []);
});

test('the entry goes into the nearest catalog that governs the file', async () => {
  const workspace = await createTestWorkspace({
    'error-catalog.json': JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } }, null, 2),
    'packages/billing/error-catalog.json': JSON.stringify(
      { errors: { CARD_DECLINED: { status: 402 } } },
      null,
      4,
    ),
  });
  const uri = 'file:///workspace/packages/billing/src/pay.ts';
  const document = TextDocument.create(
    uri,
    'typescript',
    1,
    `res.status(402).json({ error: { code: 'CARD_EXPIRED' } });`,
  );
  const action = addAction(workspace, document)!;
  const billing = 'file:///workspace/packages/billing/error-catalog.json';
  assert.equal(
    await applyToCatalog(workspace, action, billing),
    [
      '{',
      '    "errors": {',
      '        "CARD_DECLINED": {',
      '            "status": 402',
      '        },',
      '        "CARD_EXPIRED": {',
      '            "status": 402,',
      '            "title": "Card expired"',
      '        }',
      '    }',
      '}',
    ].join('\n'),
  );
  assert.deepEqual(unknownCodes(workspace, document), []);
});

test('a catalog that does not parse right now is never written to: the action is disabled with the reason', async () => {
  const workspace = await createTestWorkspace({
    'error-catalog.json': JSON.stringify({ errors: { FORBIDDEN: { status: 403 } } }),
  });
  // The author is editing the catalog and it is broken; the last good version stays in force.
  await workspace.index.updateCatalogFile(ROOT_CATALOG, '{ "errors": { "FORBIDDEN": { "status": 403 }, } ');
  const document = TextDocument.create(
    SOURCE,
    'typescript',
    1,
    `res.status(404).json({ error: { code: 'GONE' } });`,
  );
  assert.deepEqual(unknownCodes(workspace, document).length, 1);
  const action = addAction(workspace, document)!;
  assert.deepEqual(
    { title: action.title, disabled: action.disabled, edit: action.edit },
    {
      title: `Add 'GONE' to the catalog`,
      disabled: { reason: 'error-catalog.json has syntax errors; fix them before adding codes to it.' },
      edit: undefined,
    },
  );
  assert.equal(addAction(workspace, document, false), undefined);
});

test('titles are made of the code words', () => {
  assert.deepEqual(
    ['ORDER_NOT_FOUND', 'NotFoundError', 'invalid_request', 'auth/invalid-token', 'HTTPTimeout', 'E42'].map(
      titleOf,
    ),
    ['Order not found', 'Not found error', 'Invalid request', 'Auth invalid token', 'Httptimeout', 'E42'],
  );
});
