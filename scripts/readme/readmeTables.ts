import { resolve } from 'node:path';
import {
  CODE_DEFINERS,
  SIBLING_STATUS_PROPERTIES,
  STATUS_CARRIERS,
  type CarrierId,
  type CodeDefiner,
  type StatusCarrier,
} from '../../server/src/analysis/carriers';
import {
  ENVELOPE_STYLES,
  type EnvelopeCondition,
  type EnvelopeStyle,
  type EnvelopeStyleId,
  type JsonValue,
  type PropertyPath,
} from '../../server/src/analysis/envelopes';
import { pathText } from '../grammar/injectionGrammar';

export const README_FILE = resolve(__dirname, '../../README.md');

/** Who writes a built-in style: shown beside it. Every style must say, or this fails to compile. */
const STYLE_ORIGINS: Record<EnvelopeStyleId, string> = {
  directus: 'Directus',
  graphql: 'GraphQL servers (Apollo Server)',
  jsonapi: 'JSON:API',
  oauth: 'OAuth 2.0 (RFC 6749)',
  contentful: 'Contentful',
  nested: 'common REST APIs',
  google: 'Google APIs (AIP-193)',
  problem: 'Problem Details (RFC 9457)',
  flat: 'common REST APIs',
};

/**
 * How each built-in carrier row is written in each framework it serves, as the README shows it:
 * `n` is a status, `body` an error body, `message` a message, `code` a code. A unit test writes
 * every example with a status, body and code and checks the analyser reads it as that row. A row
 * of the table without examples fails to compile here.
 */
export const CARRIER_EXAMPLES: Record<
  CarrierId,
  ReadonlyArray<readonly [framework: string, example: string]>
> = {
  'express-status': [
    ['Express', 'res.status(n).json(body)'],
    ['Fastify', 'reply.status(n).send(body)'],
  ],
  'fastify-code': [['Fastify', 'reply.code(n).send(body)']],
  'express-sendStatus': [['Express', 'res.sendStatus(n)']],
  'express-statusCode': [['Express', 'res.statusCode = n']],
  'koa-status': [['Koa', 'ctx.status = n']],
  'koa-body': [['Koa', 'ctx.body = body']],
  'koa-throw': [['Koa', 'ctx.throw(n, message, { code })']],
  'response-json': [
    ['Web, Next.js', 'Response.json(body, { status: n })'],
    ['Web, Next.js', 'NextResponse.json(body, { status: n })'],
  ],
  'hono-json': [['Hono', 'c.json(body, n)']],
  'hono-response': [['Hono', 'c.text(message, n)']],
  'send-body': [
    ['Express', 'res.send(body)'],
    ['Fastify', 'reply.send(body)'],
  ],
  'web-response': [['Web, Next.js', 'new Response(JSON.stringify(body), { status: n })']],
  'hono-http-exception': [['Hono', 'new HTTPException(n, { message })']],
  'http-errors': [['http-errors', 'createError(n, message, { code })']],
  'http-errors-class': [['http-errors', 'new createError.Forbidden()']],
  boom: [['@hapi/boom', 'Boom.forbidden(message, { code })']],
  'nest-http-exception': [['NestJS', 'new HttpException(body, n)']],
  'nest-exception': [['NestJS', 'new ForbiddenException(body)']],
};

/** The libraries whose code-defining call each `CODE_DEFINERS` row reads, by row name. */
export const DEFINER_LIBRARIES: Readonly<Record<string, string>> = {
  'create-error': '@directus/errors, @fastify/error',
};

/** A generated region of the README: the text between its two markers. */
interface Region {
  name: string;
  render(): string;
}

export const README_REGIONS: readonly Region[] = [
  { name: 'envelope-styles', render: () => envelopeStylesTable(ENVELOPE_STYLES) },
  { name: 'supported-frameworks', render: () => frameworksTable(STATUS_CARRIERS) },
];

/** The README with every generated region written afresh; throws when a marker is missing. */
export function readmeWithTables(readme: string): string {
  return README_REGIONS.reduce((text, region) => replaceRegion(text, region.name, region.render()), readme);
}

/** The text between a region's markers, as the README has it. */
export function regionText(readme: string, name: string): string {
  const { start, end } = markers(readme, name);
  return readme.slice(start, end);
}

function replaceRegion(readme: string, name: string, content: string): string {
  const { start, end } = markers(readme, name);
  return readme.slice(0, start) + content + readme.slice(end);
}

/** Where a region's content starts (after its start marker's line) and ends (at its end marker). */
function markers(readme: string, name: string): { start: number; end: number } {
  const open = `<!-- generated:${name}:start -->\n`;
  const close = `<!-- generated:${name}:end -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start || readme.indexOf(open, start + 1) >= 0)
    throw new Error(`README.md needs exactly one ${open.trim()} ... ${close} pair`);
  return { start: start + open.length, end };
}

/** The table of envelope styles, one line per row, in the order the analyser tries them. */
function envelopeStylesTable(rows: readonly (EnvelopeStyle & { name: EnvelopeStyleId })[]): string {
  const lines = rows.map((row) =>
    tableRow([code(row.name), origin(row), code(bodyShape(row)), codeAt(row), countsWhen(row)]),
  );
  return table(
    ['Style', 'From', 'Body', 'Code at', 'Counts when'],
    lines,
    'ENVELOPE_STYLES (server/src/analysis/envelopes.ts)',
  );
}

/** The frameworks and the forms of each, the rows grouped by framework in table order. */
function frameworksTable(rows: readonly (StatusCarrier & { name: CarrierId })[]): string {
  const frameworks = new Map<string, string[]>();
  for (const row of rows) {
    for (const [framework, example] of CARRIER_EXAMPLES[row.name]) {
      const forms = frameworks.get(framework) ?? [];
      forms.push(code(example) + impliedNote(row));
      frameworks.set(framework, forms);
    }
  }
  const lines = [...frameworks].map(([framework, forms]) => tableRow([framework, forms.join(', ')]));
  for (const definer of CODE_DEFINERS) {
    lines.push(
      tableRow([
        DEFINER_LIBRARIES[definer.name] ?? definer.name,
        `${code(definerCall(definer))} defines a class; \`throw new ForbiddenError()\` uses its code and status`,
      ]),
    );
  }
  const siblings = SIBLING_STATUS_PROPERTIES.map(code).join(' or ');
  lines.push(tableRow(['any', `a ${siblings} property beside the code in the same object`]));
  return table(
    ['Framework', 'Forms'],
    lines,
    'STATUS_CARRIERS and CODE_DEFINERS (server/src/analysis/carriers.ts)',
  );
}

/** `createError(code, message, n)`: a code-defining call with its arguments where the row reads them. */
export function definerCall(definer: CodeDefiner): string {
  const written: string[] = [];
  written[definer.codeArgument] = 'code';
  if (definer.messageArgument !== undefined) written[definer.messageArgument] = 'message';
  if (definer.statusArgument !== undefined) written[definer.statusArgument] = 'n';
  return `${definer.callees[0]}(${Array.from(written, (arg) => arg ?? 'undefined').join(', ')})`;
}

function impliedNote(row: StatusCarrier): string {
  if (!row.implied) return '';
  return row.via === 'call' ? ' (status from the method)' : ' (status from the class)';
}

function origin(row: EnvelopeStyle & { name: EnvelopeStyleId }): string {
  const origin = STYLE_ORIGINS[row.name];
  return row.standard ? `${origin}; built-in codes: ${code(row.standard)}` : origin;
}

/**
 * The body the style recognises, from its sample: each key, with the sample's value where the code,
 * the status or a required value sits; a member holding none of those is its key alone.
 */
function bodyShape(row: EnvelopeStyle): string {
  const shown: PropertyPath[] = [
    row.codePath,
    ...(row.statusPath ? [row.statusPath] : []),
    ...(row.conditions ?? []).filter((condition) => typeof condition.test === 'object').map((c) => c.path),
  ];
  const within = (path: readonly string[]) =>
    shown.some((target) => path.every((segment, i) => target[i] === segment));
  const render = (value: JsonValue, path: string[]): string => {
    if (Array.isArray(value))
      return `[${value.map((element) => render(element, [...path, '[]'])).join(', ')}]`;
    if (value !== null && typeof value === 'object') {
      const members = Object.entries(value).map(([key, member]) => {
        const memberPath = [...path, key];
        return within(memberPath) ? `${key}: ${render(member, memberPath)}` : key;
      });
      return `{ ${members.join(', ')} }`;
    }
    return typeof value === 'string' ? `'${value}'` : String(value);
  };
  const body = render(row.sample, []);
  if (!row.root) return body;
  const args = Array.from(
    { length: Math.max(row.root.argument, row.root.messageArgument ?? -1) + 1 },
    (_, i) => (i === row.root!.argument ? body : i === row.root!.messageArgument ? 'message' : 'undefined'),
  );
  return `new ${row.root.callee}(${args.join(', ')})`;
}

function codeAt(row: EnvelopeStyle): string {
  const at = code(pathText(row.codePath));
  const kind = row.codeIs === 'status' ? ' (the status is the code, checked against a status catalog)' : '';
  if (!row.statusPath || row.statusPath.join() === row.codePath.join()) return at + kind;
  const type = row.statusType === 'string' ? ' (a string)' : '';
  return `${at}${kind}; status at ${code(pathText(row.statusPath))}${type}`;
}

/** When a literal of the style counts, from the row's context need and conditions. */
function countsWhen(row: EnvelopeStyle): string {
  let where: string;
  if (row.root) where = `in \`new ${row.root.callee}()\``;
  else if (row.needsErrorContext) {
    const evidence = (row.contextEvidence ?? []).map((path) => code(pathText(path)));
    where =
      'thrown, returned or sent' +
      (evidence.length > 0 ? `, or anywhere with ${alternatives(evidence)}` : '');
  } else where = row.wholeBody ? 'as a whole body' : 'anywhere';
  const conditions = [
    ...((row.conditions ?? []).length > 0 ? [(row.conditions ?? []).map(conditionText).join(' and ')] : []),
    ...((row.anyOf ?? []).length > 0 ? [alternatives((row.anyOf ?? []).map(conditionText))] : []),
  ];
  return conditions.length > 0 ? `${where}, with ${conditions.join(', and ')}` : where;
}

function conditionText(condition: EnvelopeCondition): string {
  const path = code(pathText(condition.path));
  const { test } = condition;
  if (typeof test === 'object') return `${path} = ${code(`'${test.equals}'`)}`;
  if (test === 'present') return path;
  if (test === 'not-string') return `${path} not a string`;
  if (test === 'status') return `${path} a status`;
  return `${path} ≥ 400`;
}

/** `a`, `a or b`, `a, b or c`. */
function alternatives(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function code(text: string): string {
  return `\`${text}\``;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function table(header: readonly string[], lines: readonly string[], source: string): string {
  return [
    `<!-- Written by scripts/generateReadmeTables.ts from ${source}: edit the rows, not this table. -->`,
    '',
    tableRow(header),
    tableRow(header.map(() => '---')),
    ...lines,
    // A blank line ends the table before the end marker.
    '',
    '',
  ].join('\n');
}
