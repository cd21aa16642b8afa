import type { Diagnostic } from 'vscode-languageserver-types';
import type { CatalogProblem } from '../catalog/types';
import { makeDiagnostic } from '../service/diagnostics';

/** Catalog files larger than this are reported and skipped rather than read into memory. */
export const MAX_CATALOG_BYTES = 16 * 1024 * 1024;

/**
 * Source files larger than this are skipped (minified bundles, generated code): the TypeScript
 * parser needs about a second per few megabytes, and the server would stop answering meanwhile.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** `file larger than 2 MB`: why a file was skipped, for the log. */
export function tooLargeReason(limitBytes: number): string {
  return `file larger than ${Math.round(limitBytes / (1024 * 1024))} MB`;
}

/** `Skipped: file larger than 2 MB.`: what the CLI and the catalog problem say. */
export function tooLargeMessage(limitBytes: number): string {
  return `Skipped: ${tooLargeReason(limitBytes)}.`;
}

/** The problem of a catalog file that was not read for its size, at the start of the file. */
export function tooLargeProblem(limitBytes: number): CatalogProblem {
  return {
    code: 'file-too-large',
    message: tooLargeMessage(limitBytes),
    severity: 'error',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** The note on a source file that was not analysed for its size, so its silence is explained. */
export function tooLargeDiagnostic(limitBytes: number): Diagnostic {
  return makeDiagnostic('file-too-large', 'info', {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: tooLargeMessage(limitBytes),
  });
}
