import { join } from 'node:path';
import { runBundle } from './codeCache';

/** Set by the bundler: the file name of the bundle this launcher starts, beside it in dist/. */
declare const ERROR_CATALOG_BUNDLE: string;

// `error-catalog` and `error-catalog-language-server` start here: a few lines that hand the
// bundle to V8 with the bytecode of the last start, so the program does not compile it again.
runBundle(join(__dirname, ERROR_CATALOG_BUNDLE));
