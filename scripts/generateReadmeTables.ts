// Writes the README's generated tables (between `<!-- generated:<name>:start -->` and
// `<!-- generated:<name>:end -->`) from the analyser's tables: the envelope styles from
// ENVELOPE_STYLES and the supported frameworks from STATUS_CARRIERS, CODE_DEFINERS and the sibling
// status properties. Run by `npm run build`; a unit test fails when the README's tables differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { README_FILE, readmeWithTables } from './readme/readmeTables';

const readme = readFileSync(README_FILE, 'utf8');
const written = readmeWithTables(readme);
if (written !== readme) writeFileSync(README_FILE, written);
