import ts from '../../analysis/typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { walkFile, type FileFacts } from '../../analysis/facts';
import { parseSource } from '../../analysis/syntax';

/** A source document's syntax tree and declarations, for fixes that rewrite code in its own style. */
export interface ParsedSource {
  document: TextDocument;
  sourceFile: ts.SourceFile;
  facts: FileFacts;
}

/** Parses a document once, on first use: most code action requests need no tree at all. */
export function lazyParsedSource(document: TextDocument): () => ParsedSource {
  let parsed: ParsedSource | undefined;
  return () => {
    if (!parsed) {
      const sourceFile = parseSource(document.uri, document.getText());
      parsed = { document, sourceFile, facts: walkFile(sourceFile).facts };
    }
    return parsed;
  };
}

/** The innermost node that spans exactly `range` (an identifier, a literal, a member name). */
export function nodeAtRange(parsed: ParsedSource, range: Range): ts.Node | undefined {
  const start = parsed.document.offsetAt(range.start);
  const end = parsed.document.offsetAt(range.end);
  const { sourceFile } = parsed;
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    const nodeStart = node.getStart(sourceFile);
    if (nodeStart > start || node.getEnd() < end) return;
    if (nodeStart === start && node.getEnd() === end) found = node;
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** The LSP range of a node, without its leading trivia. */
export function rangeOfNode(parsed: ParsedSource, node: ts.Node): Range {
  const { document, sourceFile } = parsed;
  return { start: document.positionAt(node.getStart(sourceFile)), end: document.positionAt(node.getEnd()) };
}
