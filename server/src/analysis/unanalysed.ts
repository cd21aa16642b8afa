import type ts from './typescript';
import { MAX_BRACKET_DEPTH, type TextSpan } from './deepNesting';
import { offsetRange } from './syntax';
import type { SourceModel, UnanalysedPart } from './types';

/** A walk of the tree that went deeper than its bound, at the node where it stopped. */
export class NestingTooDeepError extends RangeError {
  constructor(
    message: string,
    /** Offset of the node the walk did not enter. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The empty model of a document. */
export function emptyModel(input: { uri: string; version: number }): SourceModel {
  return {
    uri: input.uri,
    version: input.version,
    references: [],
    definitions: [],
    statuses: [],
    importedClassUses: [],
    pendingReferences: [],
    pendingDefinitions: [],
  };
}

/**
 * The model of a document the analyser failed on: empty, but saying so, at the place the failure
 * names (or the start of the file), so the file's silence is never taken for a clean bill.
 */
export function failedModel(
  input: { uri: string; version: number },
  error: unknown,
  sourceFile?: ts.SourceFile,
): SourceModel {
  const at = error instanceof NestingTooDeepError && sourceFile ? error.offset : 0;
  const range = sourceFile
    ? offsetRange(sourceFile, at, at)
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // A stack overflow says what it met; anything else is a fault of the analyser, named as such.
  const message = error instanceof Error ? error.message : String(error);
  const why = error instanceof RangeError ? message : `the analyser failed (${message})`;
  return { ...emptyModel(input), unanalysed: [{ range, reason: why, wholeFile: true }] };
}

/** The parts blanked for their nesting (see `flattenDeepNesting`), as ranges of the file. */
export function blankedParts(sourceFile: ts.SourceFile, blanked: readonly TextSpan[]): UnanalysedPart[] {
  return blanked.map((span) => ({
    range: offsetRange(sourceFile, span.start, span.end),
    reason: `brackets nested deeper than ${MAX_BRACKET_DEPTH} levels`,
    wholeFile: false,
  }));
}
