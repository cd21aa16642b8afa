import {
  InsertTextFormat,
  MarkupKind,
  type ClientCapabilities,
  type CompletionList,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver';
import { expandSnippet } from '../service/completion/snippetText';

/**
 * Answers shaped to what the client said it renders: Markdown only where it lists Markdown (a
 * client that names plain text alone gets text, not markup it would show raw), and snippets only
 * where it supports them (elsewhere an item inserts its text with every placeholder at its
 * default). A client that says nothing of formats gets Markdown, as LSP clients commonly render it.
 */
export function hoverFor(hover: Hover | null, capabilities: ClientCapabilities): Hover | null {
  if (!hover || rendersMarkdown(capabilities.textDocument?.hover?.contentFormat)) return hover;
  return { ...hover, contents: asPlainText(hover.contents as MarkupContent) };
}

export function completionFor(list: CompletionList, capabilities: ClientCapabilities): CompletionList {
  const item = capabilities.textDocument?.completion?.completionItem;
  const markdown = rendersMarkdown(item?.documentationFormat);
  const snippets = item?.snippetSupport === true;
  if (markdown && snippets) return list;
  return {
    ...list,
    items: list.items.map((entry) => {
      let adapted = entry;
      if (!markdown && isMarkdown(entry.documentation)) {
        adapted = { ...adapted, documentation: asPlainText(entry.documentation) };
      }
      if (!snippets && entry.insertTextFormat === InsertTextFormat.Snippet) {
        adapted = {
          ...adapted,
          insertTextFormat: InsertTextFormat.PlainText,
          ...(entry.insertText !== undefined && { insertText: expandSnippet(entry.insertText) }),
          ...(entry.textEdit && {
            textEdit: { ...entry.textEdit, newText: expandSnippet(entry.textEdit.newText) },
          }),
        };
      }
      return adapted;
    }),
  };
}

function rendersMarkdown(formats: MarkupKind[] | undefined): boolean {
  return formats === undefined || formats.length === 0 || formats.includes(MarkupKind.Markdown);
}

function isMarkdown(value: unknown): value is MarkupContent {
  return typeof value === 'object' && value !== null && (value as MarkupContent).kind === MarkupKind.Markdown;
}

function asPlainText(content: MarkupContent): MarkupContent {
  return content.kind === MarkupKind.Markdown
    ? { kind: MarkupKind.PlainText, value: plainText(content.value) }
    : content;
}

/**
 * The text of the Markdown the server writes (bold, italics, code spans and fences, links,
 * backslash escapes), without its markup: a link keeps its target in parentheses.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*\n([\s\S]*?)\n```$/gm, '$1')
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(<?([^)>\s]*)>?\)/g, '$1 ($2)')
    .replace(/(?<!\\)\*\*((?:\\.|[^*\\])+)\*\*/g, '$1')
    .replace(/(?<![\\*])\*((?:\\.|[^*\\])+)\*/g, '$1')
    .replace(/(?<!\\)`([^`]*)`/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
