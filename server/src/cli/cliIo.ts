/** Where the CLI writes and what it knows of its process; tests pass their own. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * The program file the CLI runs from, to start analysis workers on (`--concurrency`); without
   * it, as when a test calls the CLI in its own process, every file is analysed on this thread.
   */
  program?: string;
}

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Exit codes: 0 clean or warnings only, 1 a finding at error severity, 2 usage or configuration error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * The run cannot go on because of its inputs (a catalog that does not parse, a --catalog that
 * matches nothing, a path that does not exist): exit code 2, like a usage error, but the message
 * is not followed by the usage.
 */
export class ConfigurationError extends Error {}

/** True when colour may be used on a stream: a terminal, unless NO_COLOR is set to anything. */
export function colorAllowed(stream: OutputStream, env: CliIo['env'], noColorFlag: boolean): boolean {
  const noColor = env.NO_COLOR;
  return !noColorFlag && (noColor === undefined || noColor === '') && stream.isTTY === true;
}
