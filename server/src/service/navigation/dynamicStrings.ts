import ts from '../../analysis/typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { Catalog } from '../../catalog/catalog';
import { lazyParsedSource } from '../edits/parsedSource';

/**
 * Why a string under the cursor that is no code reference cannot be renamed as a code: it is a
 * piece of a code built at run time (`` `${prefix}_NOT_FOUND` ``, `'FORBID' + 'DEN'`), a code
 * written with escapes (which the analyser does not take for a code), or a whole
 * catalog code that reaches the response through a variable or a helper the analyser does not
 * follow, so a rename of the code would not find it. Undefined when the string has nothing to do
 * with the catalog's codes.
 */
export function dynamicCodeReason(
  document: TextDocument,
  position: Position,
  catalog: Catalog,
): string | undefined {
  const { sourceFile } = lazyParsedSource(document)();
  const literal = stringAt(sourceFile, document.offsetAt(position));
  if (!literal) return undefined;
  const text = literal.text;
  const codes = catalog.entries().map((entry) => entry.code);
  if (isFragment(literal)) {
    const pieces = text.split(/[^A-Za-z0-9_.:/-]+/).filter((piece) => piece.length > 1);
    const related = pieces.find((piece) =>
      codes.some((code) => code.includes(piece) || piece.includes(code)),
    );
    return related === undefined
      ? undefined
      : `'${related}' is part of a string built at run time (a template or a concatenation): the code it makes cannot be renamed safely. Write the code as one string literal first.`;
  }
  if (!codes.includes(text)) return undefined;
  const start = literal.getStart(sourceFile) + 1;
  if (sourceFile.text.slice(start, start + text.length) !== text) {
    return `'${text}' is written with escape sequences here: rewrite it plainly before renaming.`;
  }
  return `'${text}' here does not sit in an error envelope or a call the analyser follows, so renaming the code would miss it. Rename the code from its catalog entry or from a use in an envelope, and change this string by hand.`;
}

type StringPiece = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateLiteralLikeNode;

function stringAt(sourceFile: ts.SourceFile, offset: number): StringPiece | undefined {
  let found: StringPiece | undefined;
  const visit = (node: ts.Node): void => {
    if (offset < node.getStart(sourceFile) || offset > node.getEnd()) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      found = node;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** A template's literal part, or a string joined to another value with `+`. */
function isFragment(literal: StringPiece): boolean {
  if (ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) || ts.isTemplateTail(literal)) return true;
  let node: ts.Node = literal;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken;
}
