import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

const URI = 'file:///workspace/src/handler.ts';
const SOURCE = [
  `export function handler(res: any) {`,
  `  res.status(404).json({ error: { code: 'FORBIDDEN' } });`,
  `  res.status(403).json({ error: { code: 'FORBIDEN' } });`,
  `}`,
  ``,
].join('\n');

/** The fixes of the original text's two findings. */
const FRESH = [
  `Replace with 'FORBIDDEN'`,
  `Add 'FORBIDEN' to the catalog`,
  'Change status to 403 Forbidden',
  'Use code ROUTE_NOT_FOUND (404)',
];

/** Diagnostics of the original text, and the code actions asked with them on an edited text. */
async function fixesAfterEdit(edited: string) {
  const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
  const original = TextDocument.create(URI, 'typescript', 1, SOURCE);
  const diagnostics = service.doValidation(original, DEFAULT_SETTINGS);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['unknown-code', 'status-mismatch'],
  );
  const fresh = service.doCodeActions(original, diagnostics);
  const stale = service.doCodeActions(TextDocument.create(URI, 'typescript', 2, edited), diagnostics);
  return { fresh: fresh.map((action) => action.title), stale: stale.map((action) => action.title) };
}

// The client hands diagnostics back for quick fixes; they may predate the user's last keystrokes.
describe('quick fixes from stale diagnostics', () => {
  it('offer nothing once the status and the code were corrected by hand', async () => {
    const edited = SOURCE.replace('status(404)', 'status(403)').replace(`'FORBIDEN'`, `'INVALID_TOKEN'`);
    assert.deepEqual(await fixesAfterEdit(edited), {
      fresh: FRESH,
      stale: [],
    });
  });

  it('offer nothing when a line above moved the text the diagnostics point at', async () => {
    assert.deepEqual(await fixesAfterEdit(`// a new first line\n${SOURCE}`), {
      fresh: FRESH,
      stale: [],
    });
  });

  it('offer nothing when the document is now shorter than the diagnostics', async () => {
    assert.deepEqual(await fixesAfterEdit(`export {};\n`), {
      fresh: FRESH,
      stale: [],
    });
  });

  it('still fix a status written in another notation of the same number', async () => {
    const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
    const document = TextDocument.create(
      URI,
      'typescript',
      1,
      `res.status(0x194).json({ error: { code: 'FORBIDDEN' } });`,
    );
    const diagnostics = service.doValidation(document, DEFAULT_SETTINGS);
    const actions = service.doCodeActions(document, diagnostics);
    assert.deepEqual(
      actions
        .filter((action) => action.title.startsWith('Change status'))
        .map((action) => [action.title, action.edit?.changes?.[URI]]),
      [
        [
          'Change status to 403 Forbidden',
          [{ range: { start: { line: 0, character: 11 }, end: { line: 0, character: 16 } }, newText: '403' }],
        ],
      ],
    );
  });
});
