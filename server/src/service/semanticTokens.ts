import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { ServiceContext } from './context';
import { comparePositions } from './positions';

/** The token type of an error code, and how it stands against the catalog. */
export const SEMANTIC_TOKEN_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['errorCode'],
  tokenModifiers: ['known', 'unknown', 'deprecated'],
};

const ERROR_CODE = SEMANTIC_TOKEN_LEGEND.tokenTypes.indexOf('errorCode');
const MODIFIER_BIT = Object.fromEntries(
  SEMANTIC_TOKEN_LEGEND.tokenModifiers.map((name, i) => [name, 1 << i]),
);

/**
 * Semantic tokens over the code strings of a source document: `errorCode` with `known` or
 * `unknown` (and `deprecated`), so a theme can colour a catalog code apart from a typo. Null when
 * the document writes no code: the editor then keeps the language's own semantic tokens.
 */
export function doSemanticTokens(document: TextDocument, context: ServiceContext): SemanticTokens | null {
  const model = context.analyze(document);
  const catalog = context.catalogFor(document.uri);
  const tokens: Array<{ range: Range; modifiers: number }> = [];
  for (const reference of model.references) {
    // A class name (`new ForbiddenError()`) is the language's token, and a problem body's code its status.
    if (reference.kind !== 'envelope') continue;
    const entry = catalog.lookup(reference.code);
    const modifiers = entry
      ? MODIFIER_BIT.known | (entry.deprecated ? MODIFIER_BIT.deprecated : 0)
      : MODIFIER_BIT.unknown;
    tokens.push({ range: reference.range, modifiers });
  }
  for (const definition of model.definitions) {
    const entry = catalog.lookup(definition.code);
    tokens.push({
      range: definition.range,
      modifiers: MODIFIER_BIT.known | (entry?.deprecated ? MODIFIER_BIT.deprecated : 0),
    });
  }
  if (tokens.length === 0) return null;
  return { data: encodeTokens(tokens.sort((a, b) => comparePositions(a.range.start, b.range.start))) };
}

/** The LSP encoding: five integers per token, each position relative to the token before. */
function encodeTokens(tokens: ReadonlyArray<{ range: Range; modifiers: number }>): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const { range, modifiers } of tokens) {
    // A token is one line; a code never spans lines, but a string still being typed might.
    if (range.start.line !== range.end.line) continue;
    if (data.length > 0 && range.start.line === line && range.start.character === character) continue;
    const deltaLine = range.start.line - line;
    const deltaStart = deltaLine === 0 ? range.start.character - character : range.start.character;
    data.push(deltaLine, deltaStart, range.end.character - range.start.character, ERROR_CODE, modifiers);
    line = range.start.line;
    character = range.start.character;
  }
  return data;
}
