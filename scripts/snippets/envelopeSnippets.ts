import statuses from 'statuses';
import type { EnvelopeStyle, JsonValue, PropertyPath } from '../../server/src/analysis/envelopes';
import { FRAMEWORK_FORMS, type FrameworkForm } from './frameworkForms';
import { expandSnippet, placeholder as tabStopWith } from './snippetSyntax';

/** One entry of a VS Code snippet file. */
export interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** A VS Code snippet file: snippet name to snippet. */
export type SnippetFile = Record<string, Snippet>;

/** Tab stops with a fixed meaning, so the test (and the user) can rely on their order. */
export const TAB_STOPS = { code: 1, status: 2, message: 3, title: 4 } as const;
const FIRST_FREE_TAB_STOP = 5;

/** Bodies longer than this on one line are broken over several. */
const INLINE_WIDTH = 72;

/** A generated snippet with the table row and form it was made from. */
export interface EnvelopeSnippet {
  name: string;
  style: EnvelopeStyle;
  /** Undefined for a style whose body is a constructor argument. */
  form?: FrameworkForm;
  snippet: Snippet;
}

/**
 * The snippets of every envelope style: one per framework form, or a single one for a style whose
 * body is a constructor argument (`new GraphQLError(message, { extensions })`). The first form's
 * snippet also answers to the bare `err-<style>` prefix.
 */
export function envelopeSnippets(
  table: readonly EnvelopeStyle[],
  forms: readonly FrameworkForm[] = FRAMEWORK_FORMS,
): EnvelopeSnippet[] {
  return table.flatMap((style): EnvelopeSnippet[] => {
    if (style.root) {
      const snippet = {
        prefix: [`err-${style.name}`],
        body: constructorStatement(style).split('\n'),
        description: `Throws a ${style.name} error: ${shapeOf(style)}.`,
      };
      return [{ name: `${style.name} envelope (new ${style.root.callee})`, style, snippet }];
    }
    return forms.map((form, index) => {
      const prefix = [`err-${style.name}-${form.name}`];
      if (index === 0) prefix.unshift(`err-${style.name}`);
      const snippet = {
        prefix,
        body: form.render(renderBody(style), statusPlaceholder(style)).split('\n'),
        description: `Sends a ${style.name} error body ${shapeOf(style)} with ${form.label}.`,
      };
      return { name: `${style.name} envelope (${form.label})`, style, form, snippet };
    });
  });
}

/** The snippets as a VS Code snippet file. */
export function toSnippetFile(snippets: readonly EnvelopeSnippet[]): SnippetFile {
  return Object.fromEntries(snippets.map(({ name, snippet }) => [name, snippet]));
}

function constructorStatement(style: EnvelopeStyle): string {
  const root = style.root!;
  const argumentsText: string[] = [];
  const count = Math.max(root.argument, root.messageArgument ?? -1) + 1;
  for (let i = 0; i < count; i++) {
    if (i === root.argument) argumentsText.push(renderBody(style));
    else if (i === root.messageArgument) argumentsText.push(quote(placeholder(TAB_STOPS.message, 'Message')));
    else argumentsText.push('undefined');
  }
  return `throw new ${root.callee}(${argumentsText.join(', ')});`;
}

/** The status tab stop as the carrier writes it: always a number. */
function statusPlaceholder(style: EnvelopeStyle): string {
  return placeholder(statusTabStop(style), String(defaultStatus(style)));
}

/** A style whose code IS its status (RFC 9457) has one tab stop for both. */
function statusTabStop(style: EnvelopeStyle): number {
  return style.codeIs === 'status' ? TAB_STOPS.code : TAB_STOPS.status;
}

/**
 * The status a snippet starts with: the sample's own, else the one the sample code names
 * (`FORBIDDEN`, `NotFoundError`), else 400, the generic client error.
 */
export function defaultStatus(style: EnvelopeStyle): number {
  if (style.statusPath) {
    const written = valueAt(style.sample, style.statusPath);
    if (typeof written === 'number' || typeof written === 'string') return Number(written);
  }
  const code = valueAt(style.sample, style.codePath);
  if (typeof code === 'string') {
    const wanted = squash(code.replace(/Error$/, ''));
    for (const status of statuses.codes) {
      if (status >= 400 && squash(statuses.message[status] ?? '') === wanted) return status;
    }
  }
  return 400;
}

function squash(text: string): string {
  return text.replace(/[^a-z0-9]/gi, '').toUpperCase();
}

/** The value at a path of a sample, stepping into the first element at `[]`. */
function valueAt(value: JsonValue, path: PropertyPath): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const segment of path) {
    if (segment === '[]') current = Array.isArray(current) ? current[0] : undefined;
    else if (current && typeof current === 'object' && !Array.isArray(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** `{ error: { code, message } }`: the keys of the sample, for descriptions. */
function shapeOf(style: EnvelopeStyle): string {
  const keys = (value: JsonValue): string => {
    if (Array.isArray(value)) return `[${value.length > 0 ? keys(value[0]) : ''}]`;
    if (value && typeof value === 'object') {
      const members = Object.entries(value).map(([key, member]) =>
        member && typeof member === 'object' && Object.keys(member).length > 0
          ? `${key}: ${keys(member)}`
          : key,
      );
      return `{ ${members.join(', ')} }`;
    }
    return '';
  };
  return keys(style.sample);
}

/**
 * The sample body as a TypeScript object literal with tab stops: the code, status, message and
 * title at their table paths, every other leaf a later tab stop with the sample's value.
 */
function renderBody(style: EnvelopeStyle): string {
  let nextTabStop = FIRST_FREE_TAB_STOP;
  const roleOf = (path: string[]): 'code' | 'status' | 'message' | 'title' | undefined => {
    if (samePath(path, style.codePath)) return 'code';
    if (style.statusPath && samePath(path, style.statusPath)) return 'status';
    if (style.messagePath && samePath(path, style.messagePath)) return 'message';
    if (style.titlePath && samePath(path, style.titlePath)) return 'title';
    return undefined;
  };
  const leaf = (value: string | number | boolean | null, path: string[]): string => {
    const role = roleOf(path);
    if (role === 'code' && style.codeIs === 'status') return placeholder(TAB_STOPS.code, String(value));
    if (role === 'status') {
      const text = placeholder(statusTabStop(style), String(value));
      return style.statusType === 'string' ? quote(text) : text;
    }
    if (role) return quote(placeholder(TAB_STOPS[role], String(value)));
    // A value the style requires (`sys.type: 'Error'`) is no place to type into.
    if (isRequiredValue(style, path))
      return typeof value === 'string' ? quote(escapeLiteral(value)) : String(value);
    if (typeof value === 'string') return quote(placeholder(nextTabStop++, value));
    return String(value);
  };
  const render = (value: JsonValue, path: string[], indent: string): string => {
    if (value === null || typeof value !== 'object') return leaf(value, path);
    const inner = indent + '\t';
    const parts = Array.isArray(value)
      ? value.map((element) => ({ key: '', text: render(element, [...path, '[]'], inner) }))
      : Object.entries(value).map(([key, member]) => ({
          key: `${propertyName(key)}: `,
          text: render(member, [...path, key], inner),
        }));
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    if (parts.length === 0) return open + close;
    const inline = Array.isArray(value)
      ? `[${parts.map((part) => part.text).join(', ')}]`
      : `{ ${parts.map((part) => part.key + part.text).join(', ')} }`;
    if (!inline.includes('\n') && visibleLength(inline) + indent.length * 2 <= INLINE_WIDTH) return inline;
    const lines = parts.map((part) => `${inner}${part.key}${part.text},`);
    return `${open}\n${lines.join('\n')}\n${indent}${close}`;
  };
  return render(style.sample, [], '');
}

function isRequiredValue(style: EnvelopeStyle, path: readonly string[]): boolean {
  return (style.conditions ?? []).some(
    (condition) => typeof condition.test === 'object' && samePath(condition.path, path),
  );
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/** Length as the user sees it once the snippet is expanded. */
function visibleLength(text: string): number {
  return expandSnippet(text, (_, defaultText) => defaultText).length;
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(escapeLiteral(key));
}

/** Text escaped for a JavaScript string literal, then for snippet syntax. */
function escapeLiteral(text: string): string {
  return text.replace(/['\\]/g, '\\$&').replace(/[$\\]/g, '\\$&');
}

function quote(text: string): string {
  return `'${text}'`;
}

/** A tab stop whose default is also escaped for a JavaScript string literal. */
function placeholder(tabStop: number, text: string): string {
  return tabStopWith(tabStop, text.replace(/['\\]/g, '\\$&'));
}
