/**
 * Catalog text (a title, a description, a deprecation notice, a file name) as Markdown that shows
 * it as written: every character that could start a link, an image, raw HTML, an entity, code or
 * emphasis is escaped with a backslash, as CommonMark allows before any ASCII punctuation. The
 * text comes from the workspace; a client that renders Markdown more trustingly than VS Code (raw
 * HTML, any link scheme) must get text, not markup. An underscore between two letters or digits
 * stays as it is (`FORBIDDEN_ACCESS`): CommonMark never reads it as emphasis.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*[\]<>&~|!#]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, '\\$&');
}
