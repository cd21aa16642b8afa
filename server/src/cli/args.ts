/** A mistake in how the CLI was called: reported with the command's usage, exit code 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** A string option that may be given several times collects every value. */
  multiple?: boolean;
  /** One-letter alias, without the dash. */
  short?: string;
  /** For a string option: the only values it takes. */
  choices?: readonly string[];
}

interface ParsedArgs {
  /** Each given option's value: `true` for a boolean, a string, or a list for a multiple one. */
  values: Record<string, string | string[] | true>;
  positionals: string[];
}

/**
 * Parses a command's arguments: `--name value`, `--name=value`, `-x`, and `--` ending the options.
 * Written out rather than taken from node:util's parseArgs so every mistake gets a short message
 * that names the option, which is what a user reading a failed CI log needs.
 */
export function parseArguments(argv: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const values: ParsedArgs['values'] = {};
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals > 0 && arg.startsWith('--') ? arg.slice(0, equals) : arg;
    const name = optionName(written, specs);
    if (name === undefined) throw new UsageError(`unknown option '${written}'`);
    const spec = specs[name];
    if (spec.type === 'boolean') {
      if (written !== arg) throw new UsageError(`option '${written}' takes no value`);
      values[name] = true;
      continue;
    }
    let value: string;
    if (written !== arg) {
      value = arg.slice(equals + 1);
    } else {
      if (index + 1 >= argv.length) throw new UsageError(`option '${written}' needs a value`);
      value = argv[++index];
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`option '${written}' takes ${listChoices(spec.choices)}, not '${value}'`);
    }
    if (spec.multiple) {
      const previous = values[name];
      values[name] = Array.isArray(previous) ? [...previous, value] : [value];
    } else if (values[name] !== undefined) {
      throw new UsageError(`option '${written}' is given more than once`);
    } else {
      values[name] = value;
    }
  }
  return { values, positionals };
}

/** `text, json or sarif`. */
function listChoices(choices: readonly string[]): string {
  return choices.length < 2
    ? choices.join('')
    : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}

function optionName(written: string, specs: Record<string, OptionSpec>): string | undefined {
  if (written.startsWith('--')) {
    const name = written.slice(2);
    return Object.hasOwn(specs, name) ? name : undefined;
  }
  const letter = written.slice(1);
  return Object.keys(specs).find((name) => specs[name].short === letter);
}

/** The value of a single string option, if given. */
export function stringValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Every value of a repeatable string option. */
export function listValue(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : [];
}

/** Whether a boolean option was given. */
export function flagValue(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
