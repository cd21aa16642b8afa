/**
 * Runs a feature that parses the document again or walks its tree recursively. Absurdly deep
 * nesting (twenty thousand parentheses) exhausts the stack there; the feature then has nothing to
 * offer, and says so with its fallback instead of throwing. (The analyser guards its own parse.)
 */
export function unlessTooDeep<T>(fallback: T, feature: () => T): T {
  try {
    return feature();
  } catch (error) {
    if (error instanceof RangeError) return fallback;
    throw error;
  }
}
