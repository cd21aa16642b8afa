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
  // Nest controllers and their global prefix; Next.js route handlers and API routes; handlers
  // another file exports
  '@Controller',
  'setGlobalPrefix',
  'export',
  // statuses a handler sends
  '.status',
  '.sendStatus',
  '.code(',
  'Exception(',
  'Error(',
];

/** Whether a file may declare routes or send statuses from a route's handler. */
export function mayHandleRoutes(text: string): boolean {
  return ROUTE_HINTS.some((hint) => text.includes(hint));
}
