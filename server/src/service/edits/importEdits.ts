import ts from '../../analysis/typescript';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedSource } from './parsedSource';

/**
 * The edit that imports `name` beside `sibling` in the named import that brings `sibling` in
 * (`import { NotFoundException } from '@nestjs/common'` gains `ForbiddenException`), keeping a
 * one-line import on one line and a one-per-line import one per line. Undefined when `sibling`
 * is not a named import.
 */
export function addNamedImport(parsed: ParsedSource, sibling: string, name: string): TextEdit | undefined {
  const { sourceFile, document } = parsed;
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const elements = bindings.elements;
    if (!elements.some((element) => element.name.text === sibling)) continue;
    const last = elements[elements.length - 1];
    const text = sourceFile.text;
    const lastStart = last.getStart(sourceFile);
    const lineStart = text.lastIndexOf('\n', lastStart - 1) + 1;
    const onOwnLine = text.slice(lineStart, lastStart).trim() === '';
    const typeOnly = statement.importClause?.isTypeOnly === true;
    if (typeOnly) return undefined;
    let offset = last.getEnd();
    let newText: string;
    if (onOwnLine) {
      const indent = text.slice(lineStart, lastStart);
      const eol = text[lineStart - 2] === '\r' ? '\r\n' : '\n';
      if (elements.hasTrailingComma) {
        offset = text.indexOf(',', offset) + 1;
        newText = `${eol}${indent}${name},`;
      } else {
        newText = `,${eol}${indent}${name}`;
      }
    } else {
      newText = `, ${name}`;
    }
    const position = document.positionAt(offset);
    return { range: { start: position, end: position }, newText };
  }
  return undefined;
}
