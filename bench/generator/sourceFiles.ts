import { camelName, className, CODES, pascalName, RESOURCES, routeSegment } from './catalog';
import type { Random } from './random';

const FIELDS = [
  ['name', 'string'],
  ['description', 'string | null'],
  ['ownerId', 'string'],
  ['createdAt', 'string'],
  ['updatedAt', 'string'],
  ['updatedBy', 'string'],
  ['expiresAt', 'number | null'],
  ['lockedBy', 'string | undefined'],
  ['tags', 'string[]'],
  ['relatedIds', 'string[]'],
  ['amount', 'number'],
  ['currency', 'string'],
  ['quantity', 'number'],
  ['region', "'eu' | 'us' | 'apac'"],
  ['priority', "'low' | 'normal' | 'high'"],
  ['metadata', 'Record<string, string>'],
  ['version', 'number'],
  ['archived', 'boolean'],
] as const;

/** `export const XError = createError('X', message, status)` for each class the package defines. */
export function errorsModule(classes: readonly string[]): string {
  const lines = [`import { createError } from '@directus/errors';`, ''];
  for (const spec of CODES) {
    if (!classes.includes(className(spec.code))) continue;
    lines.push(
      `export const ${className(spec.code)} = createError('${spec.code}', '${spec.description}', ${spec.status});`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The types of a resource: its record, its input, a guard and a view mapper. */
export function typesModule(resource: number, random: Random): string {
  const pascal = pascalName(RESOURCES[resource]);
  const fields = FIELDS.filter(() => random.chance(0.6));
  const lines = [
    `export interface ${pascal} {`,
    '  id: string;',
    ...fields.map(([name, type]) => `  ${name}: ${type};`),
    '}',
    '',
  ];
  lines.push(`export type ${pascal}Input = Partial<Omit<${pascal}, 'id' | 'createdAt' | 'updatedAt'>>;`, '');
  lines.push(
    `export interface ${pascal}View {`,
    '  id: string;',
    '  label: string;',
    '  links: { self: string };',
    '}',
    '',
  );
  if (random.chance(0.3)) {
    lines.push('/** The error body clients receive; the code is one of the catalog codes. */');
    lines.push(
      'export interface ApiErrorBody {',
      '  error: { code: string; message: string; details?: unknown[] };',
      '}',
      '',
    );
  }
  lines.push(
    `export enum ${pascal}State {`,
    "  Draft = 'draft',",
    "  Active = 'active',",
    "  Archived = 'archived',",
    '}',
    '',
  );
  lines.push(
    `export function is${pascal}Input(value: unknown): value is ${pascal}Input {`,
    "  if (typeof value !== 'object' || value === null) return false;",
    '  const record = value as Record<string, unknown>;',
    "  return record.name === undefined || typeof record.name === 'string';",
    '}',
    '',
    `export function to${pascal}View(record: ${pascal}): ${pascal}View {`,
    `  return { id: record.id, label: String(record.id), links: { self: \`/${routeSegment(RESOURCES[resource])}/\${record.id}\` } };`,
    '}',
    '',
  );
  return lines.join('\n');
}

/** A service: data access and business rules, throwing the package's error classes now and then. */
export function serviceModule(resource: number, classes: readonly string[], random: Random): string {
  const resourceName = RESOURCES[resource];
  const r = camelName(resourceName);
  const pascal = pascalName(resourceName);
  const own = CODES.filter((spec) => spec.resource === resource && classes.includes(className(spec.code)));
  const throwing = own.length > 0 && random.chance(0.4);
  const prices = random.chance(0.15);
  const used = new Set<string>();
  const methods: string[] = [];
  const methodCount = random.int(4, 9);
  for (let i = 0; i < methodCount; i++) {
    const name = random.pick([
      'find',
      'list',
      'save',
      'remove',
      'rename',
      'merge',
      'reprice',
      'archive',
      'sync',
      'score',
    ]);
    const lines = [
      `  async ${name}${i > 0 ? i : ''}(id: string, options: QueryOptions = {}): Promise<${pascal} | undefined> {`,
    ];
    lines.push(
      `    const rows = await this.db.query<${pascal}>('select * from ${r}s where id = $1 limit $2', [id, options.limit ?? 1]);`,
    );
    lines.push('    const record = rows[0];');
    if (throwing && random.chance(0.5)) {
      const spec = random.pick(own);
      used.add(className(spec.code));
      lines.push(`    if (!record) throw new ${className(spec.code)}();`);
    } else {
      lines.push(`    if (!record) return undefined;`);
    }
    if (prices && random.chance(0.5)) {
      lines.push(
        `    const price = { code: record.currency ?? 'EUR', amount: Math.round((record.amount ?? 0) * 100) / 100 };`,
      );
      lines.push(`    this.metrics.observe('${r}.price', price.amount);`);
    }
    if (random.chance(0.3))
      lines.push(`    if (record.version < 0) throw new Error('corrupt ${r} row: negative version');`);
    lines.push(`    this.cache.set(\`${r}:\${id}\`, record, { ttlSeconds: ${random.int(5, 600)} });`);
    lines.push(`    this.logger.debug({ id, took: Date.now() - this.startedAt }, '${r}.${name}');`);
    lines.push('    return record;', '  }');
    methods.push(lines.join('\n'));
  }
  const imports = [
    `import type { ${pascal} } from '../types/${r}';`,
    `import type { Database, QueryOptions } from '../db/database';`,
    `import type { Cache, Logger, Metrics } from '../utils/runtime';`,
  ];
  if (used.size > 0) imports.push(`import { ${[...used].sort().join(', ')} } from '../errors';`);
  const lines = [
    ...imports,
    '',
    `export class ${pascal}Service {`,
    '  private readonly startedAt = Date.now();',
    '',
    '  constructor(',
    '    private readonly db: Database,',
    '    private readonly cache: Cache,',
    '    private readonly logger: Logger,',
    '    private readonly metrics: Metrics,',
    '  ) {}',
    '',
    methods.join('\n\n'),
    '',
    '  isHealthy(): boolean {',
    '    return this.db.connected;',
    '  }',
    '',
    '  async existsByName(name: unknown): Promise<boolean> {',
    `    const rows = await this.db.query<{ n: number }>('select count(*) as n from ${r}s where name = $1', [name]);`,
    '    return rows[0].n > 0;',
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}

const UTILITIES: ReadonlyArray<(random: Random) => string[]> = [
  (random) => [
    'export const CURRENCIES = [',
    ...['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'SEK']
      .filter(() => random.chance(0.7))
      .map((code) => `  { code: '${code}', decimals: ${code === 'JPY' ? 0 : 2} },`),
    '];',
    '',
    'export function formatMoney(amount: number, currency: string): string {',
    '  const known = CURRENCIES.find((entry) => entry.code === currency);',
    '  return `${amount.toFixed(known?.decimals ?? 2)} ${currency}`;',
    '}',
  ],
  () => [
    'export function paginate<T>(items: T[], page: number, size: number): { items: T[]; total: number } {',
    '  const start = Math.max(0, (page - 1) * size);',
    '  return { items: items.slice(start, start + size), total: items.length };',
    '}',
  ],
  (random) => [
    `export async function retry<T>(work: () => Promise<T>, attempts = ${random.int(2, 5)}): Promise<T> {`,
    '  let lastError: unknown;',
    '  for (let attempt = 0; attempt < attempts; attempt++) {',
    '    try {',
    '      return await work();',
    '    } catch (error) {',
    '      // Keep the error and its code for the log; the caller decides what to send.',
    '      lastError = error;',
    '      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 100));',
    '    }',
    '  }',
    '  throw lastError;',
    '}',
  ],
  () => [
    'export function slugify(text: string): string {',
    '  return text',
    '    .toLowerCase()',
    "    .replace(/[^a-z0-9]+/g, '-')",
    "    .replace(/^-|-$/g, '');",
    '}',
    '',
    'export function truncate(text: string, length: number): string {',
    '  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;',
    '}',
  ],
  () => [
    'export function toIsoDate(value: Date | string | number): string {',
    '  const date = value instanceof Date ? value : new Date(value);',
    '  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);',
    '  return date.toISOString().slice(0, 10);',
    '}',
  ],
  (random) => [
    'export function errorStatusOf(error: unknown): number {',
    '  const status = (error as { status?: unknown }).status;',
    `  return typeof status === 'number' && status >= 400 ? status : ${random.pick([500, 502])};`,
    '}',
  ],
  () => [
    'export const COUNTRIES = new Map([',
    "  ['DE', { name: 'Germany', region: 'eu' }],",
    "  ['FR', { name: 'France', region: 'eu' }],",
    "  ['US', { name: 'United States', region: 'us' }],",
    "  ['JP', { name: 'Japan', region: 'apac' }],",
    ']);',
  ],
];

/** A helper module: formatting, paging, retrying; some mention error codes in prose or name a `code` key. */
export function utilityModule(random: Random): string {
  const lines: string[] = [];
  const count = random.int(3, 6);
  for (let i = 0; i < count; i++) lines.push(...random.pick(UTILITIES)(random), '');
  return lines.join('\n');
}

/** A test of a route module: requests, statuses, and the error bodies asserted where the style is nested. */
export function routeTest(resource: number, nestedBodies: boolean, random: Random): string {
  const resourceName = RESOURCES[resource];
  const segment = routeSegment(resourceName);
  const own = CODES.filter((spec) => spec.resource === resource);
  const lines = [
    "import request from 'supertest';",
    "import { describe, expect, it } from 'vitest';",
    "import { createApp } from '../src/app';",
    '',
    `describe('${segment}', () => {`,
    '  const app = createApp({ database: "memory" });',
  ];
  const cases = random.int(4, 10);
  for (let i = 0; i < cases; i++) {
    const spec = random.pick(own);
    lines.push('');
    lines.push(
      `  it('answers ${spec.status} when the ${camelName(resourceName)} is ${spec.problem.title} (${i})', async () => {`,
    );
    lines.push(
      `    const res = await request(app).get('/${segment}/${random.int(1, 9999)}').set('authorization', 'Bearer test');`,
    );
    lines.push(`    expect(res.status).toBe(${spec.status});`);
    if (nestedBodies) {
      lines.push(
        `    expect(res.body).toEqual({ error: { code: '${spec.code}', message: expect.any(String) } });`,
      );
    } else {
      lines.push(`    expect(res.body.code ?? res.body.error?.code).toBe('${spec.code}');`);
    }
    lines.push('  });');
  }
  lines.push('', `  it('lists ${segment}', async () => {`);
  lines.push(`    const res = await request(app).get('/${segment}?page=1');`);
  lines.push(
    '    expect(res.status).toBe(200);',
    '    expect(Array.isArray(res.body.data)).toBe(true);',
    '  });',
    '});',
    '',
  );
  return lines.join('\n');
}

/** A unit test of a service, with no error bodies at all. */
export function serviceTest(resource: number, random: Random): string {
  const pascal = pascalName(RESOURCES[resource]);
  const r = camelName(RESOURCES[resource]);
  const lines = [
    "import { describe, expect, it } from 'vitest';",
    `import { ${pascal}Service } from '../src/services/${r}Service';`,
    "import { fakeDatabase, fakeCache, fakeLogger, fakeMetrics } from './fakes';",
    '',
    `describe('${pascal}Service', () => {`,
  ];
  const cases = random.int(3, 8);
  for (let i = 0; i < cases; i++) {
    lines.push(`  it('finds a stored ${r} (${i})', async () => {`);
    lines.push(
      `    const db = fakeDatabase([{ id: '${random.int(1, 999)}', name: 'sample', version: ${random.int(1, 9)} }]);`,
    );
    lines.push(`    const service = new ${pascal}Service(db, fakeCache(), fakeLogger(), fakeMetrics());`);
    lines.push(`    expect(await service.find('${random.int(1, 999)}')).toBeDefined();`);
    lines.push('  });', '');
  }
  lines.push('});', '');
  return lines.join('\n');
}

/** A web component that shows an error to the user by its code, without writing an error body. */
export function componentModule(resource: number, random: Random): string {
  const pascal = pascalName(RESOURCES[resource]);
  const own = CODES.filter((spec) => spec.resource === resource);
  const shown = own.filter(() => random.chance(0.4));
  const lines = [
    "import { useState } from 'react';",
    `import { use${pascal} } from '../hooks/use${pascal}';`,
    '',
    'const MESSAGES: Record<string, string> = {',
    ...shown.map((spec) => `  ${spec.code}: '${spec.description}',`),
    '};',
    '',
    `export function ${pascal}Panel({ id }: { id: string }) {`,
    `  const { data, error } = use${pascal}(id);`,
    '  const [expanded, setExpanded] = useState(false);',
    '  if (error) {',
    '    return <div role="alert">{MESSAGES[error.code] ?? \'Something went wrong.\'}</div>;',
    '  }',
    '  if (!data) return <p>Loading…</p>;',
    '  return (',
    `    <section className="${camelName(RESOURCES[resource])}-panel">`,
    '      <h2>{data.name}</h2>',
    '      <button onClick={() => setExpanded(!expanded)}>{expanded ? "Less" : "More"}</button>',
    '      {expanded && <pre>{JSON.stringify(data, null, 2)}</pre>}',
    '    </section>',
    '  );',
    '}',
    '',
  ];
  return lines.join('\n');
}

/** The runtime helpers every route imports. */
export const RUNTIME_MODULE = [
  'export interface Logger { info(data: object, message: string): void; debug(data: object, message: string): void }',
  'export interface Cache { set(key: string, value: unknown, options: { ttlSeconds: number }): void; invalidate(key: string): Promise<void> }',
  'export interface Metrics { observe(name: string, value: number): void }',
  'export const auditLog = { record: async (_entry: object) => undefined };',
  'export const cache = { invalidate: async (_key: string) => undefined };',
  'export const events = { emit: (_name: string, _payload: object) => undefined };',
  'export const rateLimiter = { isLimited: async (_user: string, _scope: string) => false };',
  'export const telemetry = { track: (_name: string, _metrics: object) => undefined };',
  '',
].join('\n');

export const LOGGER_MODULE =
  'export const logger = { info: console.log, debug: console.debug, error: console.error };\n';

export const LIMITS_MODULE = [
  "export const ALLOWED_FIELDS = new Set(['name', 'description', 'tags', 'priority', 'metadata']);",
  'export const MAX_TAGS = 20;',
  '',
].join('\n');
