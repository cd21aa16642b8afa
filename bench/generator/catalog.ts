/** The resources an API of the synthetic workspace serves, as catalog code prefixes. */
export const RESOURCES = [
  'ORDER',
  'PAYMENT',
  'INVOICE',
  'CUSTOMER',
  'PRODUCT',
  'CART',
  'SHIPMENT',
  'REFUND',
  'COUPON',
  'SUBSCRIPTION',
  'PLAN',
  'ACCOUNT',
  'USER',
  'TEAM',
  'PROJECT',
  'WEBHOOK',
  'API_KEY',
  'SESSION',
  'FILE',
  'REPORT',
  'WAREHOUSE',
  'SUPPLIER',
  'REVIEW',
  'CATEGORY',
  'TAX_RATE',
  'CURRENCY',
  'ADDRESS',
  'NOTIFICATION',
  'EXPORT',
  'AUDIT_LOG',
] as const;

/** What goes wrong with a resource, its HTTP status and how the catalog describes it. */
export interface Problem {
  suffix: string;
  status: number;
  title: string;
  describe(resource: string): string;
}

export const PROBLEMS: readonly Problem[] = [
  { suffix: 'NOT_FOUND', status: 404, title: 'not found', describe: (r) => `No ${r} has the requested id.` },
  { suffix: 'FORBIDDEN', status: 403, title: 'forbidden', describe: (r) => `You may not change this ${r}.` },
  {
    suffix: 'ALREADY_EXISTS',
    status: 409,
    title: 'already exists',
    describe: (r) => `Another ${r} already uses this name.`,
  },
  { suffix: 'INVALID', status: 422, title: 'invalid', describe: (r) => `The ${r} failed validation.` },
  {
    suffix: 'LIMIT_EXCEEDED',
    status: 429,
    title: 'limit exceeded',
    describe: (r) => `Too many ${r} requests; retry later.`,
  },
  {
    suffix: 'UNAVAILABLE',
    status: 503,
    title: 'unavailable',
    describe: (r) => `The ${r} service is temporarily unavailable.`,
  },
  { suffix: 'EXPIRED', status: 410, title: 'expired', describe: (r) => `The ${r} has expired.` },
  {
    suffix: 'LOCKED',
    status: 423,
    title: 'locked',
    describe: (r) => `The ${r} is locked by another change.`,
  },
  {
    suffix: 'UNAUTHORIZED',
    status: 401,
    title: 'unauthorized',
    describe: (r) => `Sign in to access this ${r}.`,
  },
  { suffix: 'MALFORMED', status: 400, title: 'malformed', describe: (r) => `The ${r} payload is malformed.` },
];

/** One code of the catalog. */
export interface CodeSpec {
  code: string;
  status: number;
  /** Index into RESOURCES. */
  resource: number;
  problem: Problem;
  title: string;
  description: string;
}

/** The 300 codes: every problem of every resource. */
export const CODES: readonly CodeSpec[] = RESOURCES.flatMap((resource, index) =>
  PROBLEMS.map((problem) => {
    const words = resource.toLowerCase().split('_').join(' ');
    return {
      code: `${resource}_${problem.suffix}`,
      status: problem.status,
      resource: index,
      problem,
      title: `${words.charAt(0).toUpperCase()}${words.slice(1)} ${problem.title}`,
      description: problem.describe(words),
    };
  }),
);

/** The canonical JSON catalog of the workspace. */
export function catalogJson(): string {
  const errors: Record<string, { status: number; title: string; description: string }> = {};
  for (const spec of CODES) {
    errors[spec.code] = { status: spec.status, title: spec.title, description: spec.description };
  }
  return JSON.stringify({ envelope: 'nested', errors }, null, 2) + '\n';
}

/** `API_KEY` -> `apiKey`. */
export function camelName(resource: string): string {
  const pascal = pascalName(resource);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** `API_KEY` -> `ApiKey`. */
export function pascalName(resource: string): string {
  return resource
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** `API_KEY` -> `api-keys`: the route segment. */
export function routeSegment(resource: string): string {
  return `${resource.toLowerCase().split('_').join('-')}s`;
}

/** The class `createError` defines for a code: `ORDER_NOT_FOUND` -> `OrderNotFoundError`. */
export function className(code: string): string {
  return `${pascalName(code)}Error`;
}
