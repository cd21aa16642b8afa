import { CodeActionKind, type TextEdit } from 'vscode-languageserver-types';
import { findCatalogLoader } from '../../catalog/loaders';
import { fileNameOf } from '../../workspace/fileKinds';
import { openApiResponseEdits } from '../edits/openApiResponseInsert';
import type { UndocumentedResponseData } from '../rules/undocumentedResponse';
import { formatStatus } from '../statusText';
import { documentChanges, type QuickFix } from './fix';

/**
 * "Document 409 Conflict for DELETE /orders/{orderId} in openapi.yaml": adds the response to each
 * operation that does not list it, in the OpenAPI document, with the code the handler sends as
 * its example. A document that does not parse now is not written to.
 */
export const addResponseFixes: QuickFix = (diagnostic, input) => {
  const data = diagnostic.data as Partial<UndocumentedResponseData> | undefined;
  const { documentUri, operations, status } = data ?? {};
  if (typeof documentUri !== 'string' || documentUri === '' || typeof status !== 'number') return [];
  if (!Array.isArray(operations) || operations.length === 0) return [];
  const text = input.context.catalogText(documentUri);
  if (text === undefined || findCatalogLoader(documentUri)?.(text, documentUri).parsed !== true) return [];
  const api = input.context
    .catalogFor(input.document.uri)
    .apiDescriptions()
    .find((description) => description.uri === documentUri)?.api;
  const code = typeof data?.code === 'string' ? data.code : undefined;
  // Each insertion goes into another operation's responses: all are offsets of the same text.
  const edits: TextEdit[] = [];
  for (const { method, path } of operations) {
    if (typeof method !== 'string' || typeof path !== 'string') return [];
    const added = openApiResponseEdits(documentUri, text, { method, path, status, code }, api);
    if (!added) return [];
    edits.push(...added);
  }
  const target =
    operations.length === 1
      ? `${operations[0].method.toUpperCase()} ${operations[0].path}`
      : `${operations.length} operations`;
  return [
    {
      title: `Document ${formatStatus(status)} for ${target} in ${fileNameOf(documentUri)}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: documentChanges(documentUri, edits),
    },
  ];
};
