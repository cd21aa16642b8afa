import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseMarkers } from '../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

test('completion in a code position offers catalog codes, those of the sent status first', async () => {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const fixture = parseMarkers(
    `res.status(403).json({ error: { code: 'FO$$CURSOR$$' } });`,
    'file:///workspace/a.ts',
  );
  const list = service.doComplete(fixture.document, fixture.cursorPosition());
  const ordered = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  assert.deepEqual(
    ordered.map((item) => [item.label, item.detail]),
    [
      ['FORBIDDEN', '403 Forbidden'],
      ['INVALID_TOKEN', '403 Forbidden'],
      ['LEGACY_LIMIT', '429 Too Many Requests'],
      ['ROUTE_NOT_FOUND', '404 Not Found'],
      ['SERVICE_UNAVAILABLE', '502 Bad Gateway, 503 Service Unavailable'],
    ],
  );
  const forbidden = list.items.find((item) => item.label === 'FORBIDDEN')!;
  const edit = forbidden.textEdit as { range: never; newText: string };
  assert.equal(
    TextDocument.applyEdits(fixture.document, [edit]),
    `res.status(403).json({ error: { code: 'FORBIDDEN' } });`,
  );
});
