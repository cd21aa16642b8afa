import fc from 'fast-check';
import { ENVELOPE_STYLES } from '../../server/src/analysis/envelopes';
import { STATUS_CARRIERS } from '../../server/src/analysis/carriers';
import type { CarrierExtension, EnvelopeExtension } from '../../server/src/catalog/types';
import { readSeeds } from './documents';

/** The analysis fixtures and the example project's sources. */
export const SOURCE_SEEDS = [
  ...readSeeds('test/fixtures/analysis', (name) => /\.[cm]?[jt]sx?$/.test(name)),
  ...readSeeds('examples', (name) => /\.[cm]?[jt]sx?$/.test(name)),
];

/** Each envelope style's sample body as a JavaScript object literal. */
const SAMPLE_BODIES = ENVELOPE_STYLES.map((row) => JSON.stringify(row.sample));

/** Callees the carrier table knows, as they are written before their arguments. */
const CARRIER_CALLS = STATUS_CARRIERS.flatMap((row) => [
  ...(row.callees ?? []).flatMap((callee) => [`${callee}(`, `new ${callee}(`]),
  ...(row.methods ?? []).map((method) => `${row.receivers?.[0] ?? 'res'}.${method}(`),
  ...(row.assignedProperty ? [`ctx.${row.assignedProperty} = `] : []),
]);

/** Tokens of TypeScript as error-handling code writes it, and of everything that breaks a parser. */
export const SOURCE_TOKENS = [
  ...SAMPLE_BODIES,
  ...CARRIER_CALLS,
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ';',
  ',',
  ':',
  '.',
  '?',
  '=>',
  '=',
  '!',
  '<',
  '>',
  '`',
  '${',
  "'",
  '"',
  "'FORBIDDEN'",
  '"ROUTE_NOT_FOUND"',
  '`TOKEN_EXPIRED`',
  "'__proto__'",
  "'constructor'",
  '403',
  '404',
  '429',
  '0x193',
  'StatusCodes.FORBIDDEN',
  'HttpStatus.NOT_FOUND',
  'code: ',
  'status: ',
  'statusCode: ',
  'error: ',
  'errors: [',
  'extensions: ',
  'message: ',
  'throw ',
  'return ',
  'new ',
  'const ',
  'let ',
  'function f(res) ',
  'class A extends B ',
  'enum E { A = "A" }',
  "import { X } from './x';",
  "export const E = createError('CODE', 'msg', 403);",
  'as const',
  'satisfies T',
  'async ',
  'await ',
  '//',
  '/*',
  '*/',
  '/re/g',
  '<div>',
  '</div>',
  '#!',
  '@decorator ',
  '\n',
  ' ',
];

/** A route handler assembled from the tables: a carrier, a status and a sample body. */
export const handlerSource: fc.Arbitrary<string> = fc
  .array(
    fc
      .tuple(
        fc.constantFrom(...CARRIER_CALLS),
        fc.oneof(
          fc.integer({ min: 100, max: 599 }).map(String),
          fc.constantFrom('StatusCodes.FORBIDDEN', 'status', "'404'"),
        ),
        fc.constantFrom(...SAMPLE_BODIES),
        fc.constantFrom('', 'return ', 'throw '),
      )
      .map(([call, status, body, keyword]) => `  ${keyword}${call}${status}, ${body});`),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines) => `export function handler(req, res, ctx) {\n${lines.join('\n')}\n}\n`);

const anyJson = fc.jsonValue({ maxDepth: 2 });
const path = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(fc.constantFrom('error', 'errors', '[]', 'code', 'status', 'detail', ''), {
      maxLength: 5,
    }),
  },
  { weight: 1, arbitrary: anyJson },
);

/**
 * Table extensions as a catalog or the settings declare them. Settings reach the analyser without
 * the catalog loader's checks, so wrong types are generated too.
 */
export const analysisOptions = fc.record(
  {
    envelopes: fc.array(
      fc.record(
        {
          name: fc.oneof(fc.string({ maxLength: 8 }), anyJson),
          codePath: path,
          statusPath: path,
          messagePath: path,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    carriers: fc.array(
      fc.record(
        {
          callee: fc.oneof(fc.constantFrom('sendError', 'res.fail', 'ApiError', '', 'a.b.c'), anyJson),
          statusArgument: fc.oneof(fc.integer({ min: -2, max: 4 }), anyJson),
          bodyArgument: fc.oneof(fc.integer({ min: -2, max: 4 }), anyJson),
          codeArgument: fc.oneof(fc.integer({ min: -2, max: 4 }), anyJson),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<{ envelopes?: EnvelopeExtension[]; carriers?: CarrierExtension[] }>;

/** Document URIs of every script kind the analyser reads. */
export const sourceUri = fc.constantFrom(
  'file:///workspace/src/a.ts',
  'file:///workspace/src/a.tsx',
  'file:///workspace/src/a.js',
  'file:///workspace/src/a.jsx',
  'file:///workspace/src/a.mjs',
  'file:///workspace/src/a.cts',
);
