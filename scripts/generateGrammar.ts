// Writes syntaxes/error-catalog.injection.tmLanguage.json, the TextMate injection that highlights
// error codes, from the analyser's built-in envelope table, so every built-in style's code key is
// highlighted and none is highlighted by hand. Styles a catalog or the settings declare
// (`errorCatalog.envelopes`) cannot be covered: the grammar is static, built before any workspace
// declares them (the semantic tokens mark their codes). Run by `npm run build`; a unit test fails
// when the committed grammar differs from what this writes.
import { writeFileSync } from 'node:fs';
import { ENVELOPE_STYLES } from '../server/src/analysis/envelopes';
import { GRAMMAR_FILE, grammarText } from './grammar/injectionGrammar';

writeFileSync(GRAMMAR_FILE, grammarText(ENVELOPE_STYLES));
