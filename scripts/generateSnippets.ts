// Writes client/snippets/envelopes.json from the analyser's envelope table, so the snippets can
// never drift from what the analyser recognises. The bodies are written by the same code as the
// language server's envelope completions. Run by `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ENVELOPE_STYLES } from '../server/src/analysis/envelopes';
import { envelopeSnippets, toSnippetFile } from './snippets/envelopeSnippets';

/** Where package.json's `contributes.snippets` points, for all four languages. */
export const SNIPPET_FILE = resolve(__dirname, '../client/snippets/envelopes.json');

const snippets = toSnippetFile(envelopeSnippets(ENVELOPE_STYLES));
mkdirSync(dirname(SNIPPET_FILE), { recursive: true });
writeFileSync(SNIPPET_FILE, JSON.stringify(snippets, null, 2) + '\n');
