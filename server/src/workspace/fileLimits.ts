import type { Diagnostic } from 'vscode-languageserver-types';
import type { CatalogProblem } from '../catalog/types';
import { makeDiagnostic } from '../service/diagnostics';
import type { WorkspaceHost } from './host';

/** Catalog files larger than this are reported and skipped rather than read into memory. */
export const MAX_CATALOG_BYTES = 16 * 1024 * 1024;

/**
 * Source files larger than this are skipped (minified bundles, generated code): the TypeScript
 * parser needs about a second per few megabytes, and the server would stop answering meanwhile.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/**
 * Documentation read for an import. The importer refuses longer text anyway (see
 * MAX_DOCUMENTATION_LENGTH); the bound here keeps a huge file from being read into memory first.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** `.gitignore` files: a few kilobytes in practice; each line becomes a pattern to match. */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/** `file larger than 2 MB`: why a file was skipped, for the log. */
export function tooLargeReason(limitBytes: number): string {
  return `file larger than ${Math.round(limitBytes / (1024 * 1024))} MB`;
}

/** `Skipped: file larger than 2 MB.`: what the CLI and the catalog problem say. */
function tooLargeMessage(limitBytes: number): string {
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

/** Why a source file that is there was not read: it cannot be (permissions, a vanished file). */
export const UNREADABLE_REASON = 'the file cannot be read';

/** The finding of a source file that was skipped: too large (info), or unreadable (a warning). */
export function skippedDiagnostic(reason: string): Diagnostic {
  if (reason !== UNREADABLE_REASON) return tooLargeDiagnostic(MAX_SOURCE_BYTES);
  return makeDiagnostic('unreadable-file', 'warning', {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `Skipped: ${UNREADABLE_REASON}; none of its codes were checked.`,
  });
}

/** A file's text, or why there is none. */
type BoundedText = { text: string } | { missing: true } | { tooLarge: true };

/**
 * Reads a file as UTF-8 unless it is larger than `maxBytes`: the size is checked before the read,
 * and again after it, for a file that grew in between.
 */
export async function readTextWithin(
  host: WorkspaceHost,
  path: string,
  maxBytes: number,
): Promise<BoundedText> {
  const stat = await host.stat(path);
  if (!stat?.isFile) return { missing: true };
  if (stat.size > maxBytes) return { tooLarge: true };
  const bytes = await host.readFile(path);
  if (!bytes) return { missing: true };
  if (bytes.byteLength > maxBytes) return { tooLarge: true };
  return { text: new TextDecoder('utf-8').decode(bytes) };
}
