import ts from '../../analysis/typescript';
import type { TextEdit } from 'vscode-languageserver-types';
import { STATUS_CARRIERS, STATUS_MODULES, STATUS_NAMESPACES } from '../../analysis/carriers';
import { statusConstantName, statusOfName } from '../../analysis/statusNames';
import { resolveStatus } from '../../analysis/statusValue';
import { propertyNameText, unwrap } from '../../analysis/syntax';
import type { StatusSite } from '../../analysis/types';
import { addNamedImport } from './importEdits';
import { nodeAtRange, rangeOfNode, type ParsedSource } from './parsedSource';

/**
 * The edits that make a status site send `status`, written the way the site writes it: `404`
 * becomes `403`, `StatusCodes.NOT_FOUND` becomes `StatusCodes.FORBIDDEN`, a local constant another
 * local constant, `Boom.notFound` `Boom.forbidden`, `new NotFoundException` `new ForbiddenException`
 * (imported beside the old one). A constant with no counterpart for the new status gives way to
 * the number; an implied status with no counterpart gives no edit at all.
 */
export function statusEdits(
  site: StatusSite,
  status: number,
  parse: () => ParsedSource,
): TextEdit[] | undefined {
  switch (site.form) {
    case 'number':
    case 'string':
      return [{ range: site.range, newText: String(status) }];
    case 'member':
      return memberEdits(site, status, parse());
    case 'constant':
      return constantEdits(site, status, parse());
    case 'implied':
      return impliedEdits(site, status, parse());
    default:
      return undefined;
  }
}

/** `Namespace.MEMBER`: a library's constant, a local object's property or a local enum's member. */
function memberEdits(site: StatusSite, status: number, parsed: ParsedSource): TextEdit[] | undefined {
  const name = nodeAtRange(parsed, site.range);
  const access = name?.parent;
  if (!name || !access || !ts.isPropertyAccessExpression(access) || !ts.isIdentifier(access.expression)) {
    return undefined;
  }
  const namespace = access.expression.text;
  const local = parsed.facts.constants.get(namespace);
  const enumeration = parsed.facts.enums.get(namespace);
  let member: string | undefined;
  if (local) {
    member = ts.isObjectLiteralExpression(local) ? objectMemberWith(local, status) : undefined;
  } else if (enumeration) {
    member = enumeration.members
      .filter((m) => numberOf(m.initializer) === status)
      .map((m) => propertyNameText(m.name))
      .find((text) => text !== undefined);
  } else if (isLibraryNamespace(namespace, parsed)) {
    member = nameInStyle(status, access.name.text);
  }
  if (member !== undefined) return [{ range: site.range, newText: member }];
  return [{ range: rangeOfNode(parsed, access), newText: String(status) }];
}

function objectMemberWith(object: ts.ObjectLiteralExpression, status: number): string | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && numberOf(property.initializer) === status) {
      const name = propertyNameText(property.name);
      if (name !== undefined && isIdentifierText(name)) return name;
    }
  }
  return undefined;
}

function isLibraryNamespace(namespace: string, parsed: ParsedSource): boolean {
  const imported = parsed.facts.imports.get(namespace);
  if (imported) return STATUS_MODULES.includes(imported.module);
  return STATUS_NAMESPACES.includes(namespace) && !parsed.facts.declared.has(namespace);
}

/** A local constant: another top-level constant or imported status constant with the new value. */
function constantEdits(site: StatusSite, status: number, parsed: ParsedSource): TextEdit[] | undefined {
  const identifier = nodeAtRange(parsed, site.range);
  if (!identifier || !ts.isIdentifier(identifier)) return undefined;
  const existing = constantsWithStatus(parsed, status);
  if (existing.length > 0) return [{ range: site.range, newText: existing[0] }];
  // `import { NOT_FOUND } from 'http-status-codes'`: import the new name from the same module.
  const imported = parsed.facts.imports.get(identifier.text);
  if (imported && STATUS_MODULES.includes(imported.module)) {
    const name = nameInStyle(status, imported.importedName);
    const importEdit = name && addNamedImport(parsed, identifier.text, name);
    if (name && importEdit) return [{ range: site.range, newText: name }, importEdit];
  }
  return [{ range: site.range, newText: String(status) }];
}

/**
 * Names usable anywhere in the file that stand for `status`: constants declared at the top level
 * (a constant inside another function is out of scope) and imported status constants.
 */
function constantsWithStatus(parsed: ParsedSource, status: number): string[] {
  const names: string[] = [];
  const scope = { sourceFile: parsed.sourceFile, facts: parsed.facts };
  for (const statement of parsed.sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if ((statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      if (!parsed.facts.constants.has(declaration.name.text)) continue; // declared twice: ambiguous
      if (resolveStatus(declaration.initializer, scope)?.value === status) names.push(declaration.name.text);
    }
  }
  for (const [local, imported] of parsed.facts.imports) {
    if (STATUS_MODULES.includes(imported.module) && statusOfName(imported.importedName) === status) {
      names.push(local);
    }
  }
  return names;
}

/**
 * A status implied by a name (`Boom.notFound`, `NotFoundException`, `createError.NotFound`): the
 * name the same carrier row gives the new status. A constructor imported by name is imported too.
 */
function impliedEdits(site: StatusSite, status: number, parsed: ParsedSource): TextEdit[] | undefined {
  const implied = STATUS_CARRIERS.find((row) => row.name === site.carrier)?.implied;
  const name = implied && Object.keys(implied).find((key) => implied[key] === status);
  const identifier = nodeAtRange(parsed, site.range);
  if (!name || !identifier || !ts.isIdentifier(identifier)) return undefined;
  const edits: TextEdit[] = [{ range: site.range, newText: name }];
  const imported = parsed.facts.imports.get(identifier.text);
  if (imported && imported.importedName !== '*' && !parsed.facts.imports.has(name)) {
    const importEdit = addNamedImport(parsed, identifier.text, name);
    if (!importEdit) return undefined;
    edits.push(importEdit);
  }
  return edits;
}

/** The name of a status in the case the written name uses: `FORBIDDEN` or `Forbidden` (axios). */
function nameInStyle(status: number, written: string): string | undefined {
  return statusConstantName(status, written === written.toUpperCase() ? 'snake' : 'pascal');
}

function numberOf(expression: ts.Expression | undefined): number | undefined {
  const node = expression && unwrap(expression);
  return node && ts.isNumericLiteral(node) ? Number(node.text) : undefined;
}

function isIdentifierText(text: string): boolean {
  const target = ts.ScriptTarget.Latest;
  return (
    text.length > 0 &&
    ts.isIdentifierStart(text.charCodeAt(0), target) &&
    [...text].every((char) => ts.isIdentifierPart(char.charCodeAt(0), target))
  );
}
