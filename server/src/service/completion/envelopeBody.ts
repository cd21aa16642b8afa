import type { EnvelopeStyle, JsonValue, PropertyPath } from '../../analysis/envelopes';
import { expandSnippet, quotedTabStop, snippetLiteral, stringLiteral } from './snippetText';

/** The leaves of a body whose value the completion chooses; the rest come from the style's sample. */
type BodyRole = 'code' | 'status' | 'message' | 'title';

type Leaf = string | number | boolean | null;

/** Fills the leaves of a body, as snippet text. */
interface BodyFiller {
  /** The leaf at the style's code, status, message or title path, written as the body needs it. */
  role(role: BodyRole, sample: Leaf): string;
  /** Any other leaf of the sample (`details`, `requestId`). */
  other(sample: Leaf): string;
  quote: string;
}

/** Tab stops with a fixed meaning; the sample's other values follow them. */
export const TAB_STOPS = { code: 1, status: 2, message: 3, title: 4 } as const;
const FIRST_FREE_TAB_STOP = 5;

/** The snippet text of the leaves a completion decides; a role left out keeps the sample's value. */
interface BodyParts {
  quote: string;
  code: string;
  status?: string;
  message?: string;
  title?: string;
}

/** A filler that writes the given parts and makes every other string of the sample a tab stop. */
export function bodyFiller(parts: BodyParts): BodyFiller {
  let next = FIRST_FREE_TAB_STOP;
  return {
    quote: parts.quote,
    role: (role, sample) => parts[role] ?? literal(sample, parts.quote),
    other: (sample) =>
      typeof sample === 'string' ? quotedTabStop(next++, sample, parts.quote) : String(sample),
  };
}

/**
 * An object whose line, its key and comma included (a tab counting two columns), would be longer
 * than this is written over several. The statement around the body is not counted.
 */
const INLINE_WIDTH = 80;

/**
 * A style's sample body as a TypeScript object literal in snippet syntax: its shape comes from the
 * analyser's envelope table, so a completion can only write bodies the analyser recognises. A
 * value the style requires (`sys.type: 'Error'`) is written as the sample has it.
 */
export function renderEnvelopeBody(style: EnvelopeStyle, filler: BodyFiller): string {
  const roleOf = (path: readonly string[]): BodyRole | undefined => {
    if (samePath(path, style.codePath)) return 'code';
    if (style.statusPath && samePath(path, style.statusPath)) return 'status';
    if (style.messagePath && samePath(path, style.messagePath)) return 'message';
    if (style.titlePath && samePath(path, style.titlePath)) return 'title';
    return undefined;
  };
  const leaf = (value: Leaf, path: string[]): string => {
    const role = roleOf(path);
    if (role) return filler.role(role, value);
    if (isRequiredValue(style, path)) return literal(value, filler.quote);
    return filler.other(value);
  };
  // `beside` is what shares the value's line once it is broken over several: its key and comma.
  const render = (value: JsonValue, path: string[], indent: string, beside: number): string => {
    if (value === null || typeof value !== 'object') return leaf(value, path);
    const inner = indent + '\t';
    const parts = Array.isArray(value)
      ? value.map((element) => render(element, [...path, '[]'], inner, ','.length))
      : Object.entries(value).map(([key, member]) => {
          const name = `${propertyName(key, filler.quote)}: `;
          return name + render(member, [...path, key], inner, expandSnippet(name).length + ','.length);
        });
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    if (parts.length === 0) return open + close;
    const inline = Array.isArray(value) ? `[${parts.join(', ')}]` : `{ ${parts.join(', ')} }`;
    const width = indent.length * 2 + beside + expandSnippet(inline).length;
    if (!inline.includes('\n') && width <= INLINE_WIDTH) return inline;
    return `${open}\n${parts.map((part) => `${inner}${part},`).join('\n')}\n${indent}${close}`;
  };
  return render(style.sample, [], '', 0);
}

/** `new GraphQLError(message, { extensions })`: the construction of a style whose body is an argument. */
export function rootConstruction(style: EnvelopeStyle, body: string, message: string): string {
  const { callee, argument, messageArgument } = style.root!;
  const args: string[] = [];
  for (let i = 0; i <= Math.max(argument, messageArgument ?? -1); i++) {
    args.push(i === argument ? body : i === messageArgument ? message : 'undefined');
  }
  return `new ${callee}(${args.join(', ')})`;
}

/** The status a style's sample states, if it states one. */
export function sampleStatus(style: EnvelopeStyle): number | undefined {
  const value = sampleValue(style, style.statusPath);
  const status = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(status) ? status : undefined;
}

/** The sample's string or number at a path, stepping into the first element at `[]`. */
export function sampleValue(
  style: EnvelopeStyle,
  path: PropertyPath | undefined,
): string | number | undefined {
  if (!path) return undefined;
  let current: JsonValue | undefined = style.sample;
  for (const segment of path) {
    if (segment === '[]') current = Array.isArray(current) ? current[0] : undefined;
    else if (current && typeof current === 'object' && !Array.isArray(current)) current = current[segment];
    else return undefined;
  }
  return typeof current === 'string' || typeof current === 'number' ? current : undefined;
}

/** A sample value as source text, escaped for snippet syntax. */
export function literal(value: Leaf, quote: string): string {
  return snippetLiteral(typeof value === 'string' ? stringLiteral(value, quote) : String(value));
}

function isRequiredValue(style: EnvelopeStyle, path: readonly string[]): boolean {
  return (style.conditions ?? []).some(
    (condition) => typeof condition.test === 'object' && samePath(condition.path, path),
  );
}

function samePath(a: PropertyPath, b: PropertyPath): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

function propertyName(key: string, quote: string): string {
  return isIdentifierName(key) ? key : snippetLiteral(stringLiteral(key, quote));
}

function isIdentifierName(key: string): boolean {
  if (key.length === 0) return false;
  return [...key].every((char, i) => {
    const letter =
      (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_' || char === '$';
    return letter || (i > 0 && char >= '0' && char <= '9');
  });
}
