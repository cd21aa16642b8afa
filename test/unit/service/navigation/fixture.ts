import type { Location, Position, Range } from 'vscode-languageserver-types';
import { createMarkedWorkspace, type MarkedWorkspace } from '../../../helpers/markedWorkspace';

/**
 * A workspace where FORBIDDEN is a catalog key, has an alias, is sent in envelopes, is defined by a
 * createError call whose class another file imports; two packages each define CARD_DECLINED.
 */
export const NAVIGATION_FILES: Record<string, string> = {
  'error-catalog.json': [
    '{',
    '  "errors": {',
    '    "[[FORBIDDEN]]": { "status": 403, "aliases": ["NOT_ALLOWED"] },',
    '    "[[ROUTE_NOT_FOUND]]": { "status": 404 },',
    '    "[[UNUSED_CODE]]": { "status": 418 }',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/routes.ts': [
    `export function a(res) { res.status(403).json({ error: { code: '[[FORBIDDEN]]' } }); }`,
    `export function b(res) { res.status(403).json({ error: { code: '[[NOT_ALLOWED]]' } }); }`,
    `export function c(res) { res.status(404).json({ error: { code: '[[ROUTE_NOT_FOUND]]' } }); }`,
    '',
  ].join('\n'),
  'src/errors.ts': `export const ForbiddenError = createError('[[FORBIDDEN]]', 'You are not allowed.', 403);\n`,
  'src/use.ts': `import { ForbiddenError } from './errors';\nthrow new [[ForbiddenError]]();\n`,
  'packages/a/error-catalog.json': '{ "errors": { "[[CARD_DECLINED]]": { "status": 402 } } }\n',
  'packages/a/src/pay.ts': `res.status(402).json({ error: { code: '[[CARD_DECLINED]]' } });\n`,
  'packages/b/error-catalog.json': '{ "errors": { "[[CARD_DECLINED]]": { "status": 402 } } }\n',
  'packages/b/src/pay.ts': `res.status(402).json({ error: { code: '[[CARD_DECLINED]]' } });\n`,
};

export function navigationWorkspace(): Promise<MarkedWorkspace> {
  return createMarkedWorkspace(NAVIGATION_FILES);
}

/** A position inside a marked range (its second character), to ask about what the range holds. */
export function inside(range: Range): Position {
  return { line: range.start.line, character: range.start.character + 1 };
}

/** The location of the `index`-th marked range of a file. */
export function marked(workspace: MarkedWorkspace, path: string, index: number): Location {
  return { uri: workspace.uri(path), range: workspace.ranges[path][index] };
}
