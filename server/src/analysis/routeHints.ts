import { CALL_MARKERS } from './routeCalls';

/**
 * Words without which a file can neither declare a route, mount a router, nor send a status in a
 * handler: when a catalog holds an OpenAPI document, a file with none of them is not parsed for
 * routes. The route table's own markers (`.get`, `.use`, `.register`, router factories) come
 * first. Like the code prefilter, it does not tell comments from code: a word in a comment costs
 * a parse, never a missed route.
 */
const ROUTE_HINTS: readonly string[] = [
  ...CALL_MARKERS,
  // Nest controllers and their global prefix
  '@Controller',
  'setGlobalPrefix',
  // Next.js route handlers (`export async function GET`, `export const POST = ...`)
  ...['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'].flatMap((method) => [
    `function ${method}`,
    `const ${method}`,
    `as ${method}`,
  ]),
  // statuses a handler sends, in its own file or in one a route names (a controller); an error
  // class another file defines is found by the class names the prefilter already looks for
  '.status',
  '.sendStatus',
  '.code(',
  'Exception(',
];

/** Whether a file may declare routes or send statuses from a route's handler. */
export function mayHandleRoutes(text: string): boolean {
  return ROUTE_HINTS.some((hint) => text.includes(hint));
}
