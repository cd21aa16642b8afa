import fc from 'fast-check';
import YAML from 'yaml';

/**
 * A JSON-like value whose objects are lists of key/value pairs, so a generated catalog can hold
 * duplicate keys and keys such as `__proto__` that a plain object would swallow.
 */
export type Shape = string | number | boolean | null | Shape[] | { pairs: Array<[string, Shape]> };

/** Codes as catalogs write them, and names that collide with JavaScript's object machinery. */
const CODES = [
  'FORBIDDEN',
  'ROUTE_NOT_FOUND',
  'invalid_request',
  'NotFoundError',
  'AccessDeniedError',
  '404',
  '429',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'TWO WORDS',
  'é-ü',
  '\u2028',
];

const code = fc.oneof(fc.constantFrom(...CODES), fc.string({ maxLength: 16 }));

const primitive: fc.Arbitrary<Shape> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.constantFrom(0, -0, 0.5, 403.5, 1e21, 1e-7, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constant(null),
);

/** Any small value, wrong types included. */
const anyValue: fc.Arbitrary<Shape> = fc.letrec<{ value: Shape }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    primitive,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(code, tie('value')), { maxLength: 3 }).map((pairs) => ({ pairs })),
  ),
})).value;

const status: fc.Arbitrary<Shape> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 100, max: 599 }) },
  { weight: 1, arbitrary: fc.constantFrom<Shape>(0, 99, 600, 403.5, -403, '403', 1e21) },
  { weight: 2, arbitrary: fc.array(fc.integer({ min: 90, max: 610 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: anyValue },
);

/** Builds an object shape from optional fields, in a generated order. */
function object(fields: Record<string, fc.Arbitrary<Shape>>, extra = true): fc.Arbitrary<Shape> {
  const entries = Object.entries(fields).map(([key, value]) =>
    fc.option(value.map((v) => [key, v] as [string, Shape])),
  );
  const extras = extra ? fc.array(fc.tuple(code, anyValue), { maxLength: 2 }) : fc.constant([]);
  return fc
    .tuple(fc.tuple(...entries), extras)
    .chain(([chosen, more]) =>
      fc.shuffledSubarray([...chosen.filter((p) => p !== null), ...more], { minLength: 0 }),
    )
    .map((pairs) => ({ pairs }));
}

const stringOrAny = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 30 }) }, anyValue);
const path = fc.oneof(
  fc.array(fc.constantFrom('error', 'errors', '[]', 'code', 'status', ''), { maxLength: 5 }),
  anyValue,
);

const entry = object({
  status,
  title: stringOrAny,
  description: stringOrAny,
  aliases: fc.oneof(fc.array(code, { maxLength: 3 }), anyValue),
  deprecated: fc.oneof(fc.boolean(), fc.string({ maxLength: 10 }), anyValue),
  docs: fc.oneof(fc.webUrl(), anyValue),
});

/** A canonical catalog (`{ errors: { CODE: { status, ... } }, envelope, include, ... }`), often a little wrong. */
export const canonicalCatalog: fc.Arbitrary<Shape> = object({
  $schema: stringOrAny,
  errors: fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(fc.tuple(code, fc.oneof(entry, anyValue)), { maxLength: 8 })
        .map((pairs) => ({ pairs })),
    },
    { weight: 1, arbitrary: anyValue },
  ),
  envelope: fc.oneof(
    fc.constantFrom('nested', 'directus', 'oauth', 'problem'),
    fc.array(fc.string({ maxLength: 8 })),
    anyValue,
  ),
  include: fc.oneof(
    fc.array(fc.constantFrom('*.errors.json', '**/*', '../x', ''), { maxLength: 3 }),
    anyValue,
  ),
  envelopes: fc.oneof(
    fc.array(object({ name: stringOrAny, codePath: path, statusPath: path, messagePath: path }), {
      maxLength: 3,
    }),
    anyValue,
  ),
  carriers: fc.oneof(
    fc.array(
      object({
        callee: fc.oneof(fc.constantFrom('sendError', 'res.fail', 'ApiError', ''), anyValue),
        statusArgument: fc.oneof(fc.nat(5), anyValue),
        bodyArgument: fc.oneof(fc.nat(5), anyValue),
        codeArgument: fc.oneof(fc.nat(5), anyValue),
      }),
      { maxLength: 3 },
    ),
    anyValue,
  ),
});

/** Writes a shape as JSON, duplicate keys kept, with one of the usual indentations. */
export function toJson(shape: Shape, indent: '' | '  ' | '    ' | '\t', depth = 0): string {
  const newline = indent === '' ? '' : '\n';
  const inner = indent.repeat(depth + 1);
  const outer = indent.repeat(depth);
  if (Array.isArray(shape)) {
    if (shape.length === 0) return '[]';
    return `[${newline}${shape.map((item) => inner + toJson(item, indent, depth + 1)).join(`,${newline}`)}${newline}${outer}]`;
  }
  if (shape !== null && typeof shape === 'object') {
    if (shape.pairs.length === 0) return '{}';
    const members = shape.pairs.map(
      ([key, value]) =>
        `${inner}${JSON.stringify(key)}:${indent === '' ? '' : ' '}${toJson(value, indent, depth + 1)}`,
    );
    return `{${newline}${members.join(`,${newline}`)}${newline}${outer}}`;
  }
  // JSON has no NaN or Infinity; 1e21 and friends print as numbers.
  return JSON.stringify(shape) ?? 'null';
}

/** Writes a shape as YAML (a later duplicate key replaces the earlier one). */
export function toYaml(shape: Shape): string {
  return YAML.stringify(toPlain(shape));
}

function toPlain(shape: Shape): unknown {
  if (Array.isArray(shape)) return shape.map(toPlain);
  if (shape !== null && typeof shape === 'object')
    return new Map(shape.pairs.map(([k, v]) => [k, toPlain(v)]));
  return shape;
}

/** Markdown tables, headings and definition lists in the ways API docs write their codes. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.shuffledSubarray(
            ['Code', 'Status', 'HTTP status', 'Error code', 'Description', 'Reason', 'Message'],
            {
              minLength: 1,
            },
          ),
          fc.array(
            fc.array(
              fc.oneof(code, fc.integer({ min: 90, max: 610 }).map(String), fc.string({ maxLength: 20 })),
              { maxLength: 5 },
            ),
            {
              maxLength: 6,
            },
          ),
          fc.constantFrom('---', ':---', ':---:', '-'),
        )
        .map(([header, rows, rule]) =>
          [
            `| ${header.join(' | ')} |`,
            `|${header.map(() => rule).join('|')}|`,
            ...rows.map((cells) => `| ${cells.join(' | ')} |`),
          ].join('\n'),
        ),
      fc
        .tuple(
          fc.constantFrom('#', '##', '###', '####'),
          code,
          fc.option(code),
          fc.integer({ min: 90, max: 610 }),
          fc.string({ maxLength: 40 }),
        )
        .map(([level, first, second, value, text]) =>
          [
            `${level} ${first}${second === null ? '' : ` | ${second}`}`,
            '',
            `**Status:** ${value}`,
            `: ${text}`,
          ].join('\n'),
        ),
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '---\ntitle: Errors\n---',
        '```json\n{ "error": { "code": "INVALID_REQUEST" } }\n```',
        '> note',
      ),
    ),
    { maxLength: 6 },
  )
  .map((blocks) => blocks.join('\n\n'));
