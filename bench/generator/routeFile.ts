import { camelName, className, CODES, pascalName, RESOURCES, routeSegment } from './catalog';
import { handler, stylesOf, type HandlerPlan, type Planted } from './handlers';
import type { Random } from './random';
import { FRAMEWORK_IMPORTS, type ErrorStyle, type Framework } from './styles';

/** What a route file is written from. */
export interface RouteFilePlan {
  framework: Framework;
  /** The package's own style, and how often another of its framework's styles shows up. */
  primary: ErrorStyle;
  resource: number;
  classes: ReadonlySet<string>;
  /** Handlers to write at least. */
  handlers: number;
  /** Lines of handlers to write at least: the big document asks for thousands. */
  minLines?: number;
}

/** A route module of a framework: its imports, its handlers, and what it planted. */
export function routeFile(plan: RouteFilePlan, random: Random): { text: string; planted: Planted } {
  const planted: Planted = { unknownCodes: 0, statusMismatches: 0 };
  const others = stylesOf(plan.framework).filter((style) => style !== plan.primary);
  const styles =
    others.length > 0
      ? [plan.primary, plan.primary, plan.primary, plan.primary, random.pick(others)]
      : [plan.primary];
  const handlerPlan: HandlerPlan = {
    framework: plan.framework,
    styles,
    resource: plan.resource,
    classes: plan.classes,
    planted,
  };
  const handlers: string[] = [];
  for (let i = 0; i < plan.handlers || handlers.length < (plan.minLines ?? 0); i++) {
    handlers.push(...(i > 0 ? [''] : []), ...handler(handlerPlan, random));
  }
  const body = handlers.join('\n');
  const lines = [...imports(plan, styles, body), '', ...wrap(plan, handlers), ''];
  return { text: lines.join('\n'), planted };
}

function imports(plan: RouteFilePlan, styles: readonly ErrorStyle[], body: string): string[] {
  const resource = RESOURCES[plan.resource];
  const r = camelName(resource);
  const lines = [...FRAMEWORK_IMPORTS[plan.framework]];
  if (styles.some((style) => style.name === 'http-errors'))
    lines.push(`import createError from 'http-errors';`);
  const classes = [...plan.classes].filter((name) => body.includes(`new ${name}(`)).sort();
  if (classes.length > 0) lines.push(`import { ${classes.join(', ')} } from '../errors';`);
  lines.push(
    `import { ${r}Service } from '../services/${r}Service';`,
    `import { is${pascalName(resource)}Input, to${pascalName(resource)}View, type ${pascalName(resource)}Input } from '../types/${r}';`,
    `import { logger } from '../utils/logger';`,
    `import { auditLog, cache, events, rateLimiter, telemetry } from '../utils/runtime';`,
    `import { ALLOWED_FIELDS, MAX_TAGS } from '../utils/limits';`,
  );
  if (plan.framework === 'next') lines.push(`import { currentUser } from '../auth/session';`);
  if (plan.framework === 'nest') lines.push(`import { AuthService } from '../auth/auth.service';`);
  if (plan.framework === 'graphql') lines.push(`import type { ResolverContext } from '../graphql/context';`);
  // Codes of other resources appear in the checks: their services are imported as well.
  for (const spec of CODES) {
    const other = camelName(RESOURCES[spec.resource]);
    if (
      spec.resource !== plan.resource &&
      body.includes(`${other}Service.`) &&
      !lines.some((l) => l.includes(`/${other}Service'`))
    )
      lines.push(`import { ${other}Service } from '../services/${other}Service';`);
  }
  return lines;
}

function wrap(plan: RouteFilePlan, handlers: string[]): string[] {
  const resource = RESOURCES[plan.resource];
  const pascal = pascalName(resource);
  const nested = handlers.map((line) => (line ? `  ${line}` : line));
  switch (plan.framework) {
    case 'express':
      return ['const router = Router();', '', ...handlers, '', 'export default router;'];
    case 'koa':
      return ['const router = new Router();', '', ...handlers, '', 'export default router;'];
    case 'hono':
      return ['const app = new Hono();', '', ...handlers, '', 'export default app;'];
    case 'fastify':
      return [`export async function ${camelName(resource)}Routes(app: FastifyInstance) {`, ...nested, '}'];
    case 'next':
      return handlers;
    case 'nest':
      return [
        `@Controller('${routeSegment(resource)}')`,
        `export class ${pascal}Controller {`,
        '  constructor(private readonly auth: AuthService) {}',
        '',
        ...nested,
        '}',
      ];
    case 'graphql':
      return [`export const ${camelName(resource)}Resolvers = {`, ...nested, '};'];
    case 'hapi':
      return [`export function register${pascal}Routes(server: Server) {`, ...nested, '}'];
  }
}

/** The classes a package's errors module defines: a few problems of each of its resources. */
export function packageClasses(resources: readonly number[]): string[] {
  const problems = new Set(['NOT_FOUND', 'FORBIDDEN', 'ALREADY_EXISTS', 'LOCKED']);
  return CODES.filter((spec) => resources.includes(spec.resource) && problems.has(spec.problem.suffix)).map(
    (spec) => className(spec.code),
  );
}
