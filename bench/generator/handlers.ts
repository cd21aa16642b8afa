import { camelName, className, CODES, pascalName, RESOURCES, routeSegment, type CodeSpec } from './catalog';
import type { Random } from './random';
import { ERROR_STYLES, type ErrorSite, type ErrorStyle, type Framework } from './styles';

/** What a route file has planted on purpose, so a check of the workspace can be verified. */
export interface Planted {
  unknownCodes: number;
  statusMismatches: number;
}

/** What a handler is about. */
export interface HandlerPlan {
  framework: Framework;
  /** The styles the file writes its errors in: the package's own, now and then another. */
  styles: readonly ErrorStyle[];
  resource: number;
  /** Classes the package's errors module defines, usable as `throw new XError()`. */
  classes: ReadonlySet<string>;
  planted: Planted;
}

const VERBS = [
  { method: 'get', action: 'get', path: '/:id' },
  { method: 'get', action: 'list', path: '' },
  { method: 'post', action: 'create', path: '' },
  { method: 'put', action: 'update', path: '/:id' },
  { method: 'patch', action: 'patch', path: '/:id' },
  { method: 'delete', action: 'remove', path: '/:id' },
  { method: 'post', action: 'archive', path: '/:id/archive' },
  { method: 'post', action: 'restore', path: '/:id/restore' },
  { method: 'get', action: 'history', path: '/:id/history' },
  { method: 'post', action: 'export', path: '/export' },
] as const;

/** The condition under which a problem happens, for a resource variable `r`. */
const CONDITIONS: Record<string, (r: string) => string> = {
  NOT_FOUND: (r) => `!${r}`,
  FORBIDDEN: (r) => `${r}.ownerId !== user.id && !user.roles.includes('admin')`,
  ALREADY_EXISTS: (r) => `await ${r}Service.existsByName(input.name)`,
  INVALID: (r) => `!is${pascalName(r)}Input(input)`,
  LIMIT_EXCEEDED: (r) => `await rateLimiter.isLimited(user.id, '${r}')`,
  UNAVAILABLE: (r) => `!${r}Service.isHealthy()`,
  EXPIRED: (r) => `${r}.expiresAt !== null && ${r}.expiresAt < Date.now()`,
  LOCKED: (r) => `${r}.lockedBy !== undefined && ${r}.lockedBy !== user.id`,
  UNAUTHORIZED: () => `!user`,
  MALFORMED: () => `typeof input !== 'object' || input === null`,
};

/** How a handler of each framework reads its inputs. */
const INPUTS: Record<Framework, string[]> = {
  express: ['const user = req.user;', 'const input = req.body;', 'const id = req.params.id;'],
  fastify: [
    'const user = request.user;',
    'const input = request.body as Record<string, unknown>;',
    'const { id } = request.params as { id: string };',
  ],
  koa: ['const user = ctx.state.user;', 'const input = ctx.request.body;', 'const id = ctx.params.id;'],
  hono: ["const user = c.get('user');", 'const input = await c.req.json();', "const id = c.req.param('id');"],
  next: [
    'const user = await currentUser(request);',
    'const input = await request.json();',
    'const id = params.id;',
  ],
  nest: ['const user = this.auth.currentUser();'],
  graphql: ['const { id, input } = args;', 'const user = context.user;'],
  hapi: [
    'const user = request.auth.credentials;',
    'const input = request.payload;',
    'const id = request.params.id;',
  ],
};

/** How a handler of each framework answers when all went well. */
const SUCCESS: Record<Framework, (value: string, created: boolean) => string[]> = {
  express: (v, created) => [
    created ? `return res.status(201).json({ data: ${v} });` : `return res.json({ data: ${v} });`,
  ],
  fastify: (v, created) => [
    created ? `return reply.code(201).send({ data: ${v} });` : `return reply.send({ data: ${v} });`,
  ],
  koa: (v, created) => [...(created ? ['ctx.status = 201;'] : []), `ctx.body = { data: ${v} };`],
  hono: (v, created) => [created ? `return c.json({ data: ${v} }, 201);` : `return c.json({ data: ${v} });`],
  next: (v, created) => [
    created
      ? `return NextResponse.json({ data: ${v} }, { status: 201 });`
      : `return NextResponse.json({ data: ${v} });`,
  ],
  nest: (v) => [`return { data: ${v} };`],
  graphql: (v) => [`return ${v};`],
  hapi: (v, created) => [`return h.response({ data: ${v} }).code(${created ? 201 : 200});`],
};

const indent = (lines: string[], by: string) => lines.map((line) => (line ? by + line : line));

/** A typo of a code that no catalog entry has: a letter dropped or two swapped. */
export function typoOf(code: string, random: Random): string {
  const known = new Set(CODES.map((spec) => spec.code));
  for (;;) {
    const at = random.int(1, code.length - 2);
    const candidate = random.chance(0.5)
      ? code.slice(0, at) + code.slice(at + 1)
      : code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
    if (!known.has(candidate) && candidate !== code) return candidate;
  }
}

function errorSite(spec: CodeSpec, style: ErrorStyle, random: Random, planted: Planted): ErrorSite {
  const site: ErrorSite = { spec, code: spec.code, status: spec.status, message: spec.description };
  if (style.literalCode && random.chance(0.01)) {
    site.code = typoOf(spec.code, random);
    planted.unknownCodes++;
  } else if (style.explicitStatus && random.chance(0.015)) {
    const others = [...new Set(CODES.map((other) => other.status))].filter(
      (status) => status !== spec.status,
    );
    site.status = random.pick(others);
    planted.statusMismatches++;
  }
  return site;
}

/** The statements of one check-and-raise of a handler. */
function raiseLines(spec: CodeSpec, resourceVar: string, plan: HandlerPlan, random: Random): string[] {
  const condition = CONDITIONS[spec.problem.suffix](resourceVar);
  const throwsClass = plan.classes.has(className(spec.code)) && random.chance(0.25);
  const style = throwsClass ? undefined : random.pick(plan.styles);
  const body = style
    ? style.raise(errorSite(spec, style, random, plan.planted))
    : [`throw new ${className(spec.code)}();`];
  return [`if (${condition}) {`, ...indent(body, '  '), `}`];
}

/** The body of one handler: read inputs, load, check and raise, do the work, answer. */
function handlerBody(plan: HandlerPlan, action: string, random: Random): string[] {
  const resource = RESOURCES[plan.resource];
  const service = `${camelName(resource)}Service`;
  // `const export = ...` does not parse: a resource named like a keyword takes a suffix.
  const r = variableName(camelName(resource));
  const own = CODES.filter((spec) => spec.resource === plan.resource);
  const lines = [...INPUTS[plan.framework]];
  if (plan.framework === 'nest') lines.push('// input and id come from the decorated parameters');
  lines.push(`const ${r} = await ${service}.find(id);`);
  const checks = random.int(1, 3);
  const used = new Set<string>();
  for (let i = 0; i < checks; i++) {
    const spec = i === 0 && action !== 'create' ? own[0] : random.pick(random.chance(0.85) ? own : CODES);
    if (used.has(spec.code)) continue;
    used.add(spec.code);
    lines.push(...raiseLines(spec, r, plan, random));
  }
  const work = random.int(2, 6);
  for (let i = 0; i < work; i++) lines.push(...workLines(r, action, random));
  const created = action === 'create';
  lines.push(...SUCCESS[plan.framework](`to${pascalName(resource)}View(${r})`, created));
  return lines;
}

/** Ordinary statements a handler does between its checks: logging, auditing, computing. */
function workLines(r: string, action: string, random: Random): string[] {
  const choices = [
    [`logger.info({ ${r}Id: ${r}.id, userId: user.id }, '${r} ${action}');`],
    [`await auditLog.record({ actor: user.id, action: '${r}.${action}', target: ${r}.id });`],
    [
      `const changes = Object.entries(input ?? {}).filter(([key]) => ALLOWED_FIELDS.has(key));`,
      `Object.assign(${r}, Object.fromEntries(changes));`,
    ],
    [`${r}.updatedAt = new Date().toISOString();`, `${r}.updatedBy = user.id;`],
    [`await ${r}Service.save(${r});`],
    [
      `const metrics = { durationMs: Date.now() - startedAt, size: JSON.stringify(${r}).length };`,
      `telemetry.track('${r}.${action}', metrics);`,
    ],
    [`await cache.invalidate(\`${r}:\${${r}.id}\`);`],
    [`if (${r}.tags.length > MAX_TAGS) {`, `  ${r}.tags = ${r}.tags.slice(0, MAX_TAGS);`, `}`],
    [
      `const related = await ${r}Service.related(${r}.id, { limit: 20 });`,
      `${r}.relatedIds = related.map((item) => item.id);`,
    ],
    [`events.emit('${r}.${action}', { id: ${r}.id, at: Date.now() });`],
  ];
  return random.pick(choices);
}

/** One handler, wrapped the way its framework declares one. */
export function handler(plan: HandlerPlan, random: Random): string[] {
  const verb = random.pick(VERBS);
  const resource = RESOURCES[plan.resource];
  const name = `${verb.action}${pascalName(resource)}${random.int(1, 99)}`;
  const path = `/${routeSegment(resource)}${verb.path}`;
  const body = ['const startedAt = Date.now();', ...handlerBody(plan, verb.action, random)];
  switch (plan.framework) {
    case 'express':
      return [
        `router.${verb.method}('${path}', async (req: Request, res: Response) => {`,
        ...indent(body, '  '),
        `});`,
      ];
    case 'fastify':
      return [
        `app.${verb.method}('${path}', async (request: FastifyRequest, reply: FastifyReply) => {`,
        ...indent(body, '  '),
        `});`,
      ];
    case 'koa':
      return [`router.${verb.method}('${path}', async (ctx: Context) => {`, ...indent(body, '  '), `});`];
    case 'hono':
      return [
        `app.${verb.method}('${path.replace('/:id', '/:id')}', async (c) => {`,
        ...indent(body, '  '),
        `});`,
      ];
    case 'next':
      return [
        `export async function ${name}(request: NextRequest, { params }: { params: { id: string } }) {`,
        ...indent(body, '  '),
        `}`,
      ];
    case 'nest': {
      const decorator = verb.method === 'get' ? 'Get' : 'Post';
      return [
        `@${decorator}('${verb.path.replace('/', '')}')`,
        `async ${name}(@Param('id') id: string, @Body() input: ${pascalName(resource)}Input) {`,
        ...indent(body, '  '),
        `}`,
      ];
    }
    case 'graphql':
      return [
        `${name}: async (_parent: unknown, args: { id: string; input: ${pascalName(resource)}Input }, context: ResolverContext) => {`,
        ...indent(body, '  '),
        `},`,
      ];
    case 'hapi':
      return [
        `server.route({`,
        `  method: '${verb.method.toUpperCase()}',`,
        `  path: '${path.replace(':id', '{id}')}',`,
        `  handler: async (request, h) => {`,
        ...indent(body, '    '),
        `  },`,
        `});`,
      ];
  }
}

/** The styles a package of a framework writes: all of its framework's, the class throws aside. */
export function stylesOf(framework: Framework): ErrorStyle[] {
  return ERROR_STYLES.filter((style) => style.framework === framework && style.name !== 'class');
}

/** Words a variable cannot be named. */
const RESERVED_WORDS = new Set([
  'export',
  'import',
  'default',
  'delete',
  'new',
  'class',
  'function',
  'return',
]);

function variableName(name: string): string {
  return RESERVED_WORDS.has(name) ? `${name}Record` : name;
}
