import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Where handlers log what went wrong: the connection's console, never stdout. */
interface Logger {
  error(message: string): void;
}

/**
 * Requests taken whose work has not started yet: the background index steps aside while there
 * are any, so a request does not wait behind a slice of it at each turn of the event loop. A
 * request that then waits on something (the index itself) no longer counts.
 */
let waiting = 0;

/** How many requests wait for their work to start. */
export function requestsWaiting(): number {
  return waiting;
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
  waiting++;
  return new Promise((resolve) => {
    // Yield first, so a cancellation already on its way can arrive before the work starts.
    setImmediate(async () => {
      waiting--;
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
