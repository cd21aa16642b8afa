import type { CatalogLoadResult, CatalogProblem } from './types';
import { makeProblem, ProblemCodes } from './problems';
import { DOCUMENT_START, type OffsetMapper } from './positions';

const REPLACEMENT_CHARACTER = '\uFFFD';
const NUL = '\u0000';

/**
 * The checks every loader runs before parsing: a binary file is refused outright (a text catalog
 * never holds NUL, and parsing random bytes only yields noise), an empty one yields an empty
 * catalog with a warning. Returns a result when the text must not be parsed further.
 */
export function checkUnparsableInput(
  text: string,
  mapper: () => OffsetMapper,
): CatalogLoadResult | undefined {
  const nul = text.indexOf(NUL);
  if (nul >= 0) {
    const problem = makeProblem(
      ProblemCodes.binaryContent,
      'This file holds binary data (a NUL byte), not a text catalog; it was not read.',
      mapper().range(nul, nul + 1),
    );
    return { entries: [], problems: [problem], kind: 'codes', parsed: false };
  }
  if (text.trim() === '') return emptyCatalogResult();
  return undefined;
}

/** The result for a document that holds nothing (or only comments): valid, but defines no code. */
export function emptyCatalogResult(): CatalogLoadResult {
  const problem = makeProblem(
    ProblemCodes.emptyCatalog,
    'The catalog file is empty: it defines no error codes.',
    DOCUMENT_START,
    'warning',
  );
  return { entries: [], problems: [problem], kind: 'codes', parsed: true };
}

/**
 * Decoding is the caller's job, and it turns invalid UTF-8 into U+FFFD. Those characters would end
 * up inside codes and descriptions unnoticed, so the first one is reported with a count.
 */
export function findEncodingProblem(text: string, mapper: OffsetMapper): CatalogProblem | undefined {
  const first = text.indexOf(REPLACEMENT_CHARACTER);
  if (first < 0) return undefined;
  let count = 0;
  for (let at = first; at >= 0; at = text.indexOf(REPLACEMENT_CHARACTER, at + 1)) count++;
  const times = count === 1 ? 'once' : `${count} times`;
  return makeProblem(
    ProblemCodes.invalidEncoding,
    `The file is not valid UTF-8: the replacement character U+FFFD occurs ${times}, first here.`,
    mapper.range(first, first + 1),
    'warning',
  );
}
