import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Where handlers log what went wrong: the connection's console, never stdout. */
export interface Logger {
  error(message: string): void;
}

/**
 * Runs a request handler so that a failure can never take the server down: a thrown error is
 * logged and the fallback answered, and a request cancelled before it starts is answered as such.
 */
export function runSafe<T>(
  logger: Logger,
  work: () => T | Promise<T>,
  fallback: T,
  what: string,
  token?: CancellationToken,
): Promise<T | ResponseError<never>> {
  return new Promise((resolve) => {
    // Yield first, so a cancellation already on its way can arrive before the work starts.
    setImmediate(async () => {
      if (token?.isCancellationRequested) {
        resolve(cancelled());
        return;
      }
      try {
        const result = await work();
        resolve(token?.isCancellationRequested ? cancelled() : result);
      } catch (error) {
        logger.error(`${what} failed: ${describe(error)}`);
        resolve(fallback);
      }
    });
  });
}

function cancelled(): ResponseError<never> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
