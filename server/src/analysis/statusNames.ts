import statuses from 'statuses';

/**
 * Names under which status constants are written (`StatusCodes.NOT_FOUND`, `HttpStatus.NOT_FOUND`).
 * The standard names derive from the `statuses` package's reason phrases, upper snake case
 * (`Not Found` -> `NOT_FOUND`, `I'm a Teapot` -> `IM_A_TEAPOT`). The libraries that export such
 * constants kept older or shortened names for some; those are listed as aliases. A name in
 * neither list resolves to nothing: a status is never guessed.
 */
const LIBRARY_ALIASES: Readonly<Record<string, number>> = {
  // http-status-codes
  MOVED_TEMPORARILY: 302,
  REQUEST_TOO_LONG: 413,
  REQUEST_URI_TOO_LONG: 414,
  REQUESTED_RANGE_NOT_SATISFIABLE: 416,
  INSUFFICIENT_SPACE_ON_RESOURCE: 419,
  METHOD_FAILURE: 420,
  UNPROCESSABLE_ENTITY: 422,
  // NestJS HttpStatus
  AMBIGUOUS: 300,
  EARLYHINTS: 103,
  I_AM_A_TEAPOT: 418,
  MISDIRECTED: 421,
  URI_TOO_LONG: 414,
  PAYLOAD_TOO_LARGE: 413,
  // axios HttpStatusCode (PascalCase members: NotFound) are derived below.
};

function upperSnake(phrase: string): string {
  const words: string[] = [];
  let word = '';
  for (const char of phrase) {
    if (char === "'") continue;
    const letterOrDigit =
      (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9');
    if (letterOrDigit) {
      word += char.toUpperCase();
    } else if (word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words.join('_');
}

function pascal(snake: string): string {
  return snake
    .split('_')
    .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
    .join('');
}

function buildNames(): ReadonlyMap<string, number> {
  const names = new Map<string, number>();
  for (const code of statuses.codes) {
    const phrase = statuses.message[code];
    if (!phrase) continue;
    const snake = upperSnake(phrase);
    names.set(snake, code);
    names.set(pascal(snake), code);
  }
  for (const [name, code] of Object.entries(LIBRARY_ALIASES)) {
    names.set(name, code);
    names.set(pascal(name), code);
  }
  return names;
}

const STATUS_NAMES = buildNames();

/** The status a constant name stands for (`NOT_FOUND`, `NotFound`), or undefined. */
export function statusOfName(name: string): number | undefined {
  return STATUS_NAMES.get(name);
}

/** Whether `value` is a status the HTTP registry knows (so `code(7)` on anything is not a status). */
export function isKnownStatus(value: number): boolean {
  return Number.isInteger(value) && statuses.message[value] !== undefined;
}

/** The reason phrase of a status (`404` -> `Not Found`), for checking a problem body's title. */
export function reasonPhrase(status: number): string | undefined {
  return statuses.message[status];
}

/**
 * The constant name of a status as the status libraries write it: `FORBIDDEN` for 403, or
 * `Forbidden` in PascalCase (axios `HttpStatusCode`). Undefined for a status without a phrase.
 */
export function statusConstantName(status: number, casing: 'snake' | 'pascal' = 'snake'): string | undefined {
  const phrase = statuses.message[status];
  if (!phrase) return undefined;
  const snake = upperSnake(phrase);
  return casing === 'snake' ? snake : pascal(snake);
}
